import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';

export const account: ResourceSpec = {
	value: 'account',
	name: 'Account',
	description: 'The company account of the API key',
	operations: [get, update],
	defaultOperation: get,
};
