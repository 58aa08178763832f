import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, IDENTITIES } from './fields';

export const requestIdentityVerification = defineOperation({
	resource: 'conversation',
	operation: 'requestIdentityVerification',
	name: 'Request Identity Verification',
	action: 'Send an identity verification link',
	description: "Send the visitor a link that verifies their email address or phone number; opening it marks the conversation verified",
	fields: [
		sessionField(),
		field.options('identity', 'Identity', IDENTITIES, { required: true, default: 'email' }),
		field.string('recipient', 'Recipient', {
			placeholder: 'e.g. jane@example.com',
			description: "The email address or phone number to send the link to (default: the conversation's own)",
		}),
	],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/conversation/${p.sessionId}/verify/identity`,
		body: compact({ identity: p.identity, recipient: p.recipient }),
	}),
	output: (_body, p) => done(p.sessionId, compact({ identity: p.identity, recipient: p.recipient })),
});
