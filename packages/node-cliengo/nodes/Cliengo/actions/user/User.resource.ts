import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const user: ResourceSpec = {
	value: 'user',
	name: 'User',
	description: 'Operators of the account, to whom leads are assigned',
	operations: [getAll, get, create, update],
	defaultOperation: getAll,
};
