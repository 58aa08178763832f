import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentBotField } from '../../descriptions';
import { botBody, botFields } from './helpers';

export const update = defineOperation({
	resource: 'agentBot',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	fields: [
		agentBotField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...botFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/agent_bots/${p.agentBotId}`, body: botBody(p.updateFields) }),
});
