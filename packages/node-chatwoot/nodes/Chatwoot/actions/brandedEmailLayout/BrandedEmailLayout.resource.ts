import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';

export const brandedEmailLayout: ResourceSpec = {
	value: 'brandedEmailLayout',
	name: 'Branded Email Layout',
	operations: [get, update],
	defaultOperation: get,
};
