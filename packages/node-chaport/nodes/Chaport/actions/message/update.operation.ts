import { apiPath, defineOperation, field } from '@leadchat/core';
import { chatField, eventField, visitorField } from '../../descriptions';

/** `PUT …/events/{eventId}` [I: Membrane's "Update Message" names no route or body]: the event's own shape, `{params: {text}}`, or `{text}`. */
const SHAPES = [
	{ name: 'Params (Default)', value: 'params', description: '{params: {text}}, as a message event holds its text' },
	{ name: 'Text', value: 'text', description: '{text}' },
];

export const update = defineOperation({
	resource: 'message',
	operation: 'update',
	name: 'Update',
	action: 'Update a message',
	description: "Change the text of a message event of a chat",
	fields: [
		visitorField(),
		chatField(),
		eventField(),
		field.string('text', 'Text', { required: true, rows: 3 }),
		field.collection('options', 'Options', [field.options('bodyShape', 'Body Shape', SHAPES, { default: 'params', description: 'How the new text is sent; the route and body are inferred' })]),
	],
	request: (p) => ({
		method: 'PUT',
		path: apiPath`/visitors/${p.visitorId}/chats/${p.chatId}/events/${p.eventId}`,
		body: p.options.bodyShape === 'text' ? { text: p.text } : { params: { text: p.text } },
	}),
});
