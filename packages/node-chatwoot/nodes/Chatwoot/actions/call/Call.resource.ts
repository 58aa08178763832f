import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';

export const call: ResourceSpec = {
	value: 'call',
	name: 'Call',
	operations: [getAll],
	defaultOperation: getAll,
};
