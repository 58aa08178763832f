import { defineOperation, field } from '@leadchat/core';
import { botBody, botFields } from './helpers';

export const create = defineOperation({
	resource: 'agentBot',
	operation: 'create',
	name: 'Create',
	action: 'Create an agent bot',
	description: 'Create a webhook agent bot in the account',
	fields: [field.string('name', 'Name', { required: true }), field.collection('additionalFields', 'Additional Fields', botFields())],
	request: (p) => ({ method: 'POST', path: '/agent_bots', body: botBody({ ...p.additionalFields, name: p.name }) }),
});
