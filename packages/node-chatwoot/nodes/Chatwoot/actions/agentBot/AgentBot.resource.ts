import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteAgentBot } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const agentBot: ResourceSpec = {
	value: 'agentBot',
	name: 'Agent Bot',
	operations: [create, deleteAgentBot, get, getAll, update],
	defaultOperation: getAll,
};
