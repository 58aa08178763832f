import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { fingerprintsField, FROM, notAFingerprint } from './fields';

export const markDelivered = defineOperation({
	resource: 'message',
	operation: 'markDelivered',
	name: 'Mark Delivered',
	action: 'Mark messages as delivered',
	description: "Mark messages as delivered (e.g. when your own channel delivered them)",
	fields: [
		sessionField(),
		fingerprintsField,
		field.options('from', 'By', FROM, { required: true, default: 'operator', description: "Whose side the messages were delivered to" }),
		field.string('origin', 'Origin', { default: 'chat', placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel (default chat)' }),
	],
	check: (p, tools) => {
		const bad = notAFingerprint(p.fingerprints);
		if (bad !== undefined) tools.fail('Fingerprints', `has "${bad}", which is not a message fingerprint (a whole number)`);
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/conversation/${p.sessionId}/delivered`,
		body: { from: p.from, origin: p.origin ?? 'chat', fingerprints: p.fingerprints.map(Number) },
	}),
	output: (_body, p) => ({ success: true, session_id: p.sessionId, from: p.from, fingerprints: p.fingerprints.map(Number) }),
});
