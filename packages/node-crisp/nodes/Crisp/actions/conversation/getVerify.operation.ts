import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getVerify = defineOperation({
	resource: 'conversation',
	operation: 'getVerify',
	name: 'Get Verification Status',
	action: 'Get whether a conversation is verified',
	description: "Whether the visitor's identity is verified, and how (the verifications)",
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/verify` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
