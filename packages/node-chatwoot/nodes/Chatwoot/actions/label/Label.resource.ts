import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteLabel } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const label: ResourceSpec = {
	value: 'label',
	name: 'Label',
	operations: [create, deleteLabel, get, getAll, update],
	defaultOperation: getAll,
};
