import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentBotField, inboxField, requiredWhenShown } from '../../descriptions';

export const setAgentBot = defineOperation({
	resource: 'inbox',
	operation: 'setAgentBot',
	name: 'Set Agent Bot',
	action: 'Set the agent bot of an inbox',
	description: 'Connect an agent bot to an inbox, or disconnect the current one',
	fields: [
		inboxField(),
		field.boolean('removeBot', 'Remove Agent Bot', { description: 'Whether to disconnect the current bot instead of connecting one' }),
		requiredWhenShown(agentBotField('agentBotId', 'Agent Bot', false), { removeBot: [false] }),
	],
	check: (p, t) => {
		if (!p.removeBot && p.agentBotId === undefined) t.fail('Agent Bot', 'is required (or turn on "Remove Agent Bot")');
	},
	request: (p) => ({
		method: 'POST',
		path: apiPath`/inboxes/${p.inboxId}/set_agent_bot`,
		body: { agent_bot: p.removeBot || p.agentBotId === undefined ? null : Number(p.agentBotId) },
	}),
});
