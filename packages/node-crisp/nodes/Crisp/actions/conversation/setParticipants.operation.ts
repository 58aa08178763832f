import { apiPath, defineOperation, field, isEmail } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

const participantsOf = (emails: string[]) => emails.map((target) => ({ type: 'email', target }));

export const setParticipants = defineOperation({
	resource: 'conversation',
	operation: 'setParticipants',
	name: 'Set Participants',
	action: 'Set the participants of a conversation',
	description: 'Replace the extra participants of a conversation: email addresses that get its messages in copy',
	fields: [
		sessionField(),
		field.stringList('emails', 'Participant Emails', {
			placeholder: 'e.g. jane@example.com, sales@example.com',
			description: 'Email addresses, separated by commas; they replace the current participants (leave empty to remove them all)',
		}),
	],
	check: (p, tools) => {
		const bad = (p.emails ?? []).find((e) => !isEmail(e));
		if (bad !== undefined) tools.fail('Participant Emails', `has "${bad}", which is not an email address`);
	},
	request: (p) => ({ method: 'PUT', path: apiPath`/conversation/${p.sessionId}/participants`, body: { participants: participantsOf(p.emails ?? []) } }),
	output: (_body, p) => done(p.sessionId, { participants: participantsOf(p.emails ?? []) }),
});
