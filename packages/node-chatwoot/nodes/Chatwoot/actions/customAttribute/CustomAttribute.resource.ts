import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCustomAttribute } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const customAttribute: ResourceSpec = {
	value: 'customAttribute',
	name: 'Custom Attribute',
	operations: [create, deleteCustomAttribute, get, getAll, update],
	defaultOperation: getAll,
};
