import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getRelations = defineOperation({
	resource: 'conversation',
	operation: 'getRelations',
	name: 'Get Relations',
	action: 'Get the related conversations',
	description: 'The parent and child conversations of a conversation (e.g. when one was split or continued in another)',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/relations` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
