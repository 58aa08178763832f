import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const setVerify = defineOperation({
	resource: 'conversation',
	operation: 'setVerify',
	name: 'Set Verification Status',
	action: 'Mark a conversation as verified or not',
	description: "Mark the visitor's identity as verified (e.g. after your own check) or not verified",
	fields: [
		sessionField(),
		field.options(
			'verified',
			'Status',
			[
				{ name: 'Verified', value: 'verified' },
				{ name: 'Not Verified', value: 'unverified' },
			],
			{ required: true, default: 'verified' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/verify`, body: { verified: p.verified === 'verified' } }),
	output: (_body, p) => done(p.sessionId, { verified: p.verified === 'verified' }),
});
