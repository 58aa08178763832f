import { apiPath, defineOperation, isDataObject } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const getAgentBot = defineOperation({
	resource: 'inbox',
	operation: 'getAgentBot',
	name: 'Get Agent Bot',
	action: 'Get the agent bot of an inbox',
	description: 'Get the agent bot connected to an inbox ({"agent_bot": null} when there is none)',
	fields: [inboxField()],
	request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxId}/agent_bot` }),
	output: (body) => {
		if (isDataObject(body) && 'agent_bot' in body) return isDataObject(body.agent_bot) ? body.agent_bot : { agent_bot: null };
		return isDataObject(body) && Object.keys(body).length ? body : { agent_bot: null };
	},
});
