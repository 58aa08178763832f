import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, IDENTITIES } from './fields';

export const redeemIdentityVerification = defineOperation({
	resource: 'conversation',
	operation: 'redeemIdentityVerification',
	name: 'Redeem Identity Verification Link',
	action: 'Redeem an identity verification link',
	description: 'Verify an identity with the token of a verification link (when your own page receives the link)',
	fields: [
		sessionField(),
		field.options('identity', 'Identity', IDENTITIES, { required: true, default: 'email' }),
		field.string('token', 'Token', { required: true, description: 'The token the verification link carried' }),
		field.string('recipient', 'Recipient', { placeholder: 'e.g. jane@example.com', description: 'The email address or phone number the link was sent to' }),
	],
	request: (p) => ({
		method: 'PUT',
		path: apiPath`/conversation/${p.sessionId}/verify/identity/link`,
		body: compact({ identity: p.identity, token: p.token, recipient: p.recipient }),
	}),
	output: (_body, p) => done(p.sessionId, compact({ identity: p.identity, recipient: p.recipient, verified: true })),
});
