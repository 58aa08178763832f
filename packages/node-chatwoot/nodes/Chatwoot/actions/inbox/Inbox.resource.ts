import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteInbox } from './delete.operation';
import { get } from './get.operation';
import { getAgentBot } from './getAgentBot.operation';
import { getAll } from './getAll.operation';
import { getAssignableAgents } from './getAssignableAgents.operation';
import { setAgentBot } from './setAgentBot.operation';
import { update } from './update.operation';
import { getCampaigns } from './getCampaigns.operation';
import { getHealth } from './getHealth.operation';
import { syncTemplates } from './syncTemplates.operation';

export const inbox: ResourceSpec = {
	value: 'inbox',
	name: 'Inbox',
	operations: [create, deleteInbox, get, getAgentBot, getAll, getAssignableAgents, getCampaigns, getHealth, setAgentBot, syncTemplates, update],
	defaultOperation: getAll,
};
