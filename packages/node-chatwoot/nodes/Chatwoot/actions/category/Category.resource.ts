import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCategory } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const category: ResourceSpec = {
	value: 'category',
	name: 'Help Center Category',
	operations: [create, deleteCategory, get, getAll, update],
	defaultOperation: getAll,
};
