import { defineOperation, field } from '@leadchat/core';
import { agentBotBody, agentBotFields } from './helpers';

export const create = defineOperation({
	resource: 'platformAgentBot',
	operation: 'create',
	name: 'Create',
	action: 'Create an agent bot',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'Triage Bot' }), field.collection('additionalFields', 'Additional Fields', agentBotFields())],
	request: (p) => ({ method: 'POST', path: '/agent_bots', body: agentBotBody({ ...p.additionalFields, name: p.name }) }),
});
