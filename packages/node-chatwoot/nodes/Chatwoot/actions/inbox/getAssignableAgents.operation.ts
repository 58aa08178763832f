import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAssignableAgents = defineOperation<{ inboxId: string; returnAll: boolean; limit?: number }>({
	resource: 'inbox',
	operation: 'getAssignableAgents',
	name: 'Get Assignable Agents',
	action: 'Get the agents assignable in an inbox',
	description: 'List the agents that can be assigned conversations of an inbox',
	fields: [inboxField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxId}/assignable_agents` }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
