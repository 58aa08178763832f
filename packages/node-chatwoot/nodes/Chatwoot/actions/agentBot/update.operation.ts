import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentBotField, requireAnyField } from '../../descriptions';
import { botBody, botFields, type BotFields } from './shared';

export const update = defineOperation<{ agentBotId: string; updateFields: BotFields }>({
	resource: 'agentBot',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	fields: [agentBotField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...botFields()])],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({ method: 'PATCH', path: apiPath`/agent_bots/${p.agentBotId}`, body: botBody(p.updateFields) }),
});
