import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCustomFilter } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const customFilter: ResourceSpec = {
	value: 'customFilter',
	name: 'Custom Filter',
	operations: [create, deleteCustomFilter, get, getAll, update],
	defaultOperation: getAll,
};
