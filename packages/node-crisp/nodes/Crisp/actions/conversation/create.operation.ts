import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { EMPTY_BODY, FROM, metaFields, metasBody } from './fields';

/** A step after the conversation exists failed: say so, so a rerun does not create it twice. */
function afterCreate(error: unknown, sessionId: string, step: string): never {
	if (error instanceof NodeApiError) {
		error.description = `The conversation ${sessionId} was created, but ${step} failed${error.description ? `: ${error.description}` : ''}. Use that conversation rather than creating another one.`;
	}
	throw error;
}

export const create = defineOperation({
	resource: 'conversation',
	operation: 'create',
	name: 'Create',
	action: 'Create a conversation',
	description: "Start a new conversation, and optionally set the visitor's details and send a first message (e.g. from a form)",
	fields: [
		field.collection('metas', 'Metas', metaFields, { placeholder: 'Add Meta' }),
		field.collection(
			'firstMessage',
			'First Message',
			[
				field.string('text', 'Text', { rows: 4, description: 'The first message of the conversation' }),
				field.options('from', 'From', FROM, { default: 'user', description: 'Who the first message is from (a form submission is from the visitor)' }),
				field.options(
					'type',
					'Type',
					[
						{ name: 'Text', value: 'text' },
						{ name: 'Private Note', value: 'note', description: 'Seen by the team only' },
					],
					{ default: 'text' },
				),
				field.string('origin', 'Origin', { default: 'chat', placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel of the message (default chat)' }),
			],
			{ placeholder: 'Add Option' },
		),
	],
	check: (p, tools) => {
		const m = p.firstMessage;
		if (m.text === undefined && (m.from !== undefined || m.type !== undefined || m.origin !== undefined)) tools.fail('First Message → Text', 'is required to send a first message');
	},
	async execute(p, tools) {
		const created = await tools.request<IDataObject>({ method: 'POST', path: '/conversation', ...EMPTY_BODY });
		const sessionId = String(created.session_id);
		const out: IDataObject = { session_id: sessionId };
		const metas = metasBody(p.metas);
		if (Object.keys(metas).length) {
			await tools.request({ method: 'PATCH', path: apiPath`/conversation/${sessionId}/meta`, body: metas }).catch((e: unknown) => afterCreate(e, sessionId, 'setting its metas'));
			out.meta = metas;
		}
		const m = p.firstMessage;
		if (m.text !== undefined) {
			const message = { type: m.type ?? 'text', from: m.from ?? 'user', origin: m.origin ?? 'chat', content: m.text };
			const sent = await tools
				.request<IDataObject>({ method: 'POST', path: apiPath`/conversation/${sessionId}/message`, body: message })
				.catch((e: unknown) => afterCreate(e, sessionId, 'sending its first message'));
			out.message = compact({ ...message, fingerprint: sent?.fingerprint });
		}
		return out;
	},
});
