import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { operatorField, visitorField } from '../../descriptions';

/**
 * The two bodies of `POST /messages` seen against the live API (`chatEvent` is required either way):
 * A [3P real code] `{visitorId, externalId?, chatEvent: {type: 'operator-message', params: {text, operatorId}}}`,
 * the default; B [3P a December-2025 bot] `{visitorId, chatId?, chatEvent: {type: 'message', text}}`,
 * which names no operator. Where `externalId` and `chatId` sit in the other shape is [I]: beside `visitorId`.
 */
const SHAPES = [
	{ name: 'Operator Message (Default)', value: 'operatorMessage', description: '{visitorId, chatEvent: {type: "operator-message", params: {text, operatorId}}}' },
	{ name: 'Plain Message', value: 'message', description: '{visitorId, chatEvent: {type: "message", text}}: no operator is sent' },
];

/**
 * The External ID sent when none is given: the same for the same execution, node, item, visitor and
 * text, so a send that n8n tries again (Retry On Fail, a retried request) is recognised by Chaport
 * instead of doubled, and another text or visitor is never taken for it.
 */
export function generatedExternalId(parts: { executionId: string; nodeId: string; itemIndex: number; visitorId: string; text: string }): string {
	const digest = createHash('sha256').update(JSON.stringify([parts.executionId, parts.nodeId, parts.itemIndex, parts.visitorId, parts.text])).digest('hex');
	return `n8n-${digest.slice(0, 32)}`;
}

export const send = defineOperation({
	resource: 'message',
	operation: 'send',
	name: 'Send',
	action: 'Send a message to a visitor',
	description: "Send a message as an operator to the visitor's open chat (a new chat starts when there is none), or to the chat given",
	fields: [
		visitorField(),
		operatorField('operatorId', 'Operator'),
		field.string('text', 'Text', { required: true, rows: 3 }),
		field.collection('options', 'Options', [
			field.string('externalId', 'External ID', {
				description:
					"An idempotency key: Chaport returns the existing message instead of sending another when the visitor's latest chat already has one with this ID. When empty, the node sends one made from the execution, the node, the item, the visitor and the text, so that a retried send is not doubled.",
			}),
			field.boolean('generateExternalId', 'Generate External ID', { default: true, description: 'Whether to send a generated External ID when none is given (turn off to send none)' }),
			field.id('chatId', 'Chat ID', { numeric: true, required: false, description: "A chat of the visitor (a number); empty for the visitor's open chat" }),
			field.options('bodyShape', 'Body Shape', SHAPES, {
				default: 'operatorMessage',
				description: 'How the message is described to Chaport. Its documentation could not be read: both shapes were seen in code calling the live API.',
			}),
		]),
	],
	async execute(p, tools, itemIndex) {
		const o = p.options;
		const externalId =
			o.externalId ??
			(o.generateExternalId === false
				? undefined
				: generatedExternalId({ executionId: this.getExecutionId(), nodeId: this.getNode().id, itemIndex, visitorId: p.visitorId, text: p.text }));
		const chatEvent: IDataObject = o.bodyShape === 'message' ? { type: 'message', text: p.text } : { type: 'operator-message', params: { text: p.text, operatorId: p.operatorId } };
		const body: IDataObject = { visitorId: p.visitorId };
		if (o.chatId !== undefined) body.chatId = Number(o.chatId);
		if (externalId !== undefined) body.externalId = externalId;
		body.chatEvent = chatEvent;
		return tools.request<IDataObject>({ method: 'POST', path: '/messages', body });
	},
});
