import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const integration: ResourceSpec = {
	value: 'integration',
	name: 'Integration App',
	operations: [get, getAll],
	defaultOperation: getAll,
};
