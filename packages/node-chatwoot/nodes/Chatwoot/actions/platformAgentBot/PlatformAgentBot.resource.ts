import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteAgentBot } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const platformAgentBot: ResourceSpec = {
	value: 'platformAgentBot',
	name: 'Platform Agent Bot',
	description: 'Agent bots of the installation (Platform App token)',
	family: 'platform',
	operations: [create, deleteAgentBot, get, getAll, update],
	defaultOperation: getAll,
};
