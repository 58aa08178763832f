import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { FROM } from './fields';

export const compose = defineOperation({
	resource: 'message',
	operation: 'compose',
	name: 'Set Typing',
	action: 'Show or hide the typing indicator',
	description: 'Show that someone is typing in the conversation (e.g. while an AI reply is prepared), or stop showing it',
	fields: [
		sessionField(),
		field.options(
			'typing',
			'Typing',
			[
				{ name: 'Start', value: 'start' },
				{ name: 'Stop', value: 'stop' },
			],
			{ required: true, default: 'start' },
		),
		field.options('from', 'From', FROM, { required: true, default: 'operator', description: 'Who is typing' }),
		field.collection(
			'options',
			'Options',
			[
				field.string('excerpt', 'Excerpt', { description: 'A preview of what is being typed' }),
				field.boolean('stealth', 'Stealth', { description: 'Whether the visitor does not see it' }),
				field.boolean('automated', 'Automated', { description: 'Whether a bot or an automation is typing' }),
			],
			{ placeholder: 'Add Option' },
		),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/conversation/${p.sessionId}/compose`,
		body: compact({ type: p.typing, from: p.from, excerpt: p.options.excerpt, stealth: p.options.stealth, automated: p.options.automated }),
	}),
	output: (_body, p) => ({ success: true, session_id: p.sessionId, typing: p.typing, from: p.from }),
});
