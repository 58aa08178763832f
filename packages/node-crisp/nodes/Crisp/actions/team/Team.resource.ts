import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteTeam } from './delete.operation';
import { exists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** Teams of operators (used to route conversations and in inboxes). */
export const team: ResourceSpec = {
	value: 'team',
	name: 'Team',
	description: 'Teams of operators',
	operations: [create, deleteTeam, exists, get, getAll, update],
	defaultOperation: getAll,
};
