import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getParticipants = defineOperation({
	resource: 'conversation',
	operation: 'getParticipants',
	name: 'Get Participants',
	action: 'Get the participants of a conversation',
	description: 'The extra participants of a conversation (e.g. email addresses in copy)',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/participants` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
