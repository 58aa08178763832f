import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const contact: ResourceSpec = {
	value: 'contact',
	name: 'Contact',
	operations: [get, getAll],
	defaultOperation: 'getAll',
};
