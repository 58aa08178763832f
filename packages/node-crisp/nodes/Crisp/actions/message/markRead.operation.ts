import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { fingerprintsField, FROM, notAFingerprint } from './fields';

export const markRead = defineOperation({
	resource: 'message',
	operation: 'markRead',
	name: 'Mark Read',
	action: 'Mark messages as read',
	description: "Mark messages as read, by the team (the visitor's messages) or by the visitor (the team's)",
	fields: [
		sessionField(),
		fingerprintsField,
		field.options('from', 'By', FROM, { required: true, default: 'operator', description: "Who read the messages: the team reads the visitor's messages, the visitor reads the team's" }),
		field.string('origin', 'Origin', { default: 'chat', placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel (default chat)' }),
	],
	check: (p, tools) => {
		const bad = notAFingerprint(p.fingerprints);
		if (bad !== undefined) tools.fail('Fingerprints', `has "${bad}", which is not a message fingerprint (a whole number)`);
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/conversation/${p.sessionId}/read`,
		body: { from: p.from, origin: p.origin ?? 'chat', fingerprints: p.fingerprints.map(Number) },
	}),
	output: (_body, p) => ({ success: true, session_id: p.sessionId, from: p.from, fingerprints: p.fingerprints.map(Number) }),
});
