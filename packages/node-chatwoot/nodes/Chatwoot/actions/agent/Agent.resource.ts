import type { ResourceSpec } from '@leadchat/core';
import { bulkCreate } from './bulkCreate.operation';
import { create } from './create.operation';
import { deleteAgent } from './delete.operation';
import { getAll } from './getAll.operation';
import { getAssignable } from './getAssignable.operation';
import { update } from './update.operation';

export const agent: ResourceSpec = {
	value: 'agent',
	name: 'Agent',
	operations: [create, bulkCreate, deleteAgent, getAll, getAssignable, update],
	defaultOperation: getAll,
};
