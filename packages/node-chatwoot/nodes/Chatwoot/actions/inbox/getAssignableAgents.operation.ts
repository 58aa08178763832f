import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const getAssignableAgents = defineOperation({
	resource: 'inbox',
	operation: 'getAssignableAgents',
	name: 'Get Assignable Agents',
	action: 'Get the agents assignable in an inbox',
	description: 'List the agents that can be assigned conversations of an inbox',
	fields: [inboxField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxId}/assignable_agents` }), paging: paging.whole() },
});
