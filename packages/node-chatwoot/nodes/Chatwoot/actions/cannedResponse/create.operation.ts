import { defineOperation, field } from '@leadchat/core';

export const create = defineOperation({
	resource: 'cannedResponse',
	operation: 'create',
	name: 'Create',
	action: 'Create a canned response',
	fields: [
		field.string('shortCode', 'Short Code', { required: true, placeholder: 'e.g. greeting', description: 'Typed after "/" in the reply box to insert the response' }),
		field.string('content', 'Content', { required: true, rows: 4 }),
	],
	request: (p) => ({ method: 'POST', path: '/canned_responses', body: { short_code: p.shortCode, content: p.content } }),
});
