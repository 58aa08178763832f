import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { requiredWhen } from '../conversation/fields';
import { fingerprintField } from './fields';

export const update = defineOperation({
	resource: 'message',
	operation: 'update',
	name: 'Update',
	action: 'Edit a message',
	description: 'Change the content of a message (text for text messages and notes, a JSON object for the other types)',
	fields: [
		sessionField(),
		fingerprintField(),
		field.options(
			'format',
			'Content Format',
			[
				{ name: 'Text', value: 'text', description: 'For text messages and private notes' },
				{ name: 'JSON Object', value: 'json', description: 'For files, pickers, fields, carousels, events…' },
			],
			{ required: true, default: 'text' },
		),
		requiredWhen(field.string('text', 'Text', { rows: 4 }), { format: ['text'] }),
		requiredWhen(field.json('content', 'Content (JSON)', { description: 'The new content, e.g. {"id": "rating-1", "text": "How was it?", "choices": […]} for a picker' }), { format: ['json'] }),
	],
	check: (p, tools) => {
		if (p.format === 'text' && p.text === undefined) tools.fail('Text', 'is required');
		if (p.format === 'json' && p.content === undefined) tools.fail('Content (JSON)', 'is required');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/message/${p.fingerprint}`, body: { content: p.format === 'text' ? p.text : p.content } }),
	output: (_body, p) => ({ success: true, session_id: p.sessionId, fingerprint: Number(p.fingerprint), content: p.format === 'text' ? p.text : p.content }),
});
