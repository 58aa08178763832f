import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteMacro } from './delete.operation';
import { execute } from './execute.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const macro: ResourceSpec = {
	value: 'macro',
	name: 'Macro',
	operations: [create, deleteMacro, execute, get, getAll, update],
	defaultOperation: getAll,
};
