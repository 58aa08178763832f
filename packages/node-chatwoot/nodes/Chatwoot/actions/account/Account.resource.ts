import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';

export const account: ResourceSpec = {
	value: 'account',
	name: 'Account',
	operations: [get, update],
	defaultOperation: get,
};
