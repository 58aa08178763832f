import { defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

const OPERATIONS = [
	{ name: 'Casual Tone', value: 'casual' },
	{ name: 'Confident Tone', value: 'confident' },
	{ name: 'Fix Spelling and Grammar', value: 'fix_spelling_grammar' },
	{ name: 'Friendly Tone', value: 'friendly' },
	{ name: 'Improve (Uses the Conversation)', value: 'improve' },
	{ name: 'Professional Tone', value: 'professional' },
	{ name: 'Straightforward Tone', value: 'straightforward' },
];

export const rewrite = defineOperation({
	resource: 'captainTask',
	operation: 'rewrite',
	name: 'Rewrite',
	action: 'Rewrite a text with Captain',
	description: 'Rewrite a draft in another tone, fix its spelling, or improve it from the conversation',
	fields: [
		field.string('content', 'Text', { required: true, rows: 4 }),
		field.options('tone', 'Rewrite', OPERATIONS, { required: true, default: 'professional' }),
		field.collection('options', 'Options', [conversationField('conversationId', 'Conversation', false)]),
	],
	check: (p, t) => {
		if (p.tone === 'improve' && p.options.conversationId === undefined) t.fail('Options → Conversation', 'is required to improve a text');
	},
	request: (p) => ({
		method: 'POST',
		path: '/captain/tasks/rewrite',
		body: {
			content: p.content,
			operation: p.tone,
			conversation_display_id: p.options.conversationId === undefined ? undefined : Number(p.options.conversationId),
		},
	}),
});
