import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const requestTranscript = defineOperation({
	resource: 'conversation',
	operation: 'requestTranscript',
	name: 'Send Transcript',
	action: 'Email the transcript of a conversation',
	description: 'Email the whole conversation to the visitor, or to an operator or address of your choice',
	fields: [
		sessionField(),
		field.options(
			'to',
			'Send To',
			[
				{ name: 'Visitor', value: 'user', description: "The visitor's email address (from the conversation's metas)" },
				{ name: 'Operator', value: 'operator', description: 'The team, or the address given in Email' },
			],
			{ required: true, default: 'user' },
		),
		field.email('email', 'Email', { description: 'Send to this address instead of the default one' }),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/transcript`, body: compact({ to: p.to, email: p.email }) }),
	output: (_body, p) => done(p.sessionId, compact({ to: p.to, email: p.email })),
});
