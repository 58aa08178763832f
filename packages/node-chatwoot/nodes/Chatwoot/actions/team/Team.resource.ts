import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteTeam } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const team: ResourceSpec = {
	value: 'team',
	name: 'Team',
	operations: [create, deleteTeam, get, getAll, update],
	defaultOperation: getAll,
};
