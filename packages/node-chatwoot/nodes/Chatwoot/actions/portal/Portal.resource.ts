import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deletePortal } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const portal: ResourceSpec = {
	value: 'portal',
	name: 'Help Center Portal',
	operations: [create, deletePortal, get, getAll, update],
	defaultOperation: getAll,
};
