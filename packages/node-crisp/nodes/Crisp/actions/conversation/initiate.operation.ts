import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, EMPTY_BODY } from './fields';

export const initiate = defineOperation({
	resource: 'conversation',
	operation: 'initiate',
	name: 'Initiate',
	action: 'Initiate a conversation',
	description: "Start the conversation of an existing visitor session, so it shows in the team's inbox",
	fields: [sessionField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/initiate`, ...EMPTY_BODY }),
	output: (_body, p) => done(p.sessionId),
});
