import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

/** The binary property of the input item, or a refusal naming the field. */
function binaryOf(ctx: IExecuteFunctions, itemIndex: number, property: string, fail: (field: string, problem: string) => never): IBinaryData {
	try {
		return ctx.helpers.assertBinaryData(itemIndex, property);
	} catch {
		return fail('Options → Attachments (Binary Properties)', `names "${property}", but the input item has no binary property of that name`);
	}
}

export const create = defineOperation({
	resource: 'message',
	operation: 'create',
	name: 'Create',
	action: 'Send a message in a conversation',
	description: 'Send a reply or a private note, with files from the input item if wanted',
	fields: [
		conversationField(),
		field.string('content', 'Content', { rows: 4, description: 'Text of the message. Can stay empty when files are attached.' }),
		field.options(
			'messageType',
			'Message Type',
			[
				{ name: 'Outgoing', value: 'outgoing', description: 'From the agent to the contact' },
				{ name: 'Incoming', value: 'incoming', description: 'As if the contact wrote it (API inboxes)' },
			],
			{ required: true, default: 'outgoing' },
		),
		field.boolean('private', 'Private Note', { description: 'Whether the message is a private note, seen by agents only' }),
		field.collection('options', 'Options', [
			field.stringList('binaryProperties', 'Attachments (Binary Properties)', {
				placeholder: 'e.g. data, invoice',
				description: 'Names of binary properties of the input item to attach as files, separated by commas',
			}),
			field.options(
				'contentType',
				'Content Type',
				[
					{ name: 'Text', value: 'text' },
					{ name: 'Input Email', value: 'input_email', description: 'Asks the contact for an email address' },
					{ name: 'Cards', value: 'cards' },
					{ name: 'Input Select', value: 'input_select', description: 'Options the contact picks from' },
					{ name: 'Form', value: 'form' },
					{ name: 'Article', value: 'article' },
				],
				{ default: 'text' },
			),
			field.json('contentAttributes', 'Content Attributes (JSON)', {
				description: 'What the content type needs, e.g. {"items": [{"title": "Yes", "value": "yes"}]} for Input Select',
			}),
			field.json('templateParams', 'Template Params (JSON)', {
				description: 'WhatsApp template: {"name", "category", "language", "processed_params"}',
			}),
			field.number('campaignId', 'Campaign ID', { integer: true, min: 1, description: 'The campaign the message belongs to' }),
			field.string('echoId', 'Echo ID', { description: 'Your own ID for the message, sent back as echo_id (to match it in webhooks)' }),
		]),
	],
	async execute(p, tools, i) {
		const o = p.options;
		const files = o.binaryProperties ?? [];
		if (p.content === undefined && files.length === 0) tools.fail('Content', 'is required unless files are attached');
		const fields: IDataObject = {};
		if (p.content !== undefined) fields.content = p.content;
		fields.message_type = p.messageType;
		if (p.private !== undefined) fields.private = p.private;
		if (o.contentType !== undefined) fields.content_type = o.contentType;
		if (o.contentAttributes !== undefined) fields.content_attributes = o.contentAttributes;
		if (o.templateParams !== undefined) fields.template_params = o.templateParams;
		if (o.campaignId !== undefined) fields.campaign_id = o.campaignId;
		if (o.echoId !== undefined) fields.echo_id = o.echoId;
		const path = apiPath`/conversations/${p.conversationId}/messages`;
		if (files.length === 0) return tools.request({ method: 'POST', path, body: fields });

		// Files: multipart/form-data with `attachments[]` parts and the other fields as text;
		// content_attributes travels as JSON text, which the server's MessageBuilder parses back.
		// Template params would stay text there, so they cannot go with files.
		if (o.templateParams !== undefined) {
			tools.fail('Options → Template Params (JSON)', 'cannot be sent with attachments (put the media link in the template instead)');
		}
		const form = new FormData();
		for (const [key, value] of Object.entries(fields)) {
			form.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
		}
		for (const property of files) {
			const binary = binaryOf(this, i, property, tools.fail);
			const buffer = await this.helpers.getBinaryDataBuffer(i, property);
			const type = binary.mimeType || 'application/octet-stream';
			form.append('attachments[]', new Blob([new Uint8Array(buffer)], { type }), binary.fileName ?? property);
		}
		return tools.request({ method: 'POST', path, body: form });
	},
});
