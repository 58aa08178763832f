import type { IDataObject } from 'n8n-workflow';
import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { checkContent, contentFields, contentOf, FROM, MESSAGE_TYPES } from './fields';

export const send = defineOperation({
	resource: 'message',
	operation: 'send',
	name: 'Send',
	action: 'Send a message in a conversation',
	description: 'Send a text, a private note, a file, a picker, a card carousel or any other Crisp message, as an operator or as the visitor',
	fields: [
		sessionField(),
		field.options('type', 'Type', MESSAGE_TYPES, { required: true, default: 'text' }),
		field.options('from', 'From', FROM, { required: true, default: 'operator', description: 'Who the message is from' }),
		...contentFields,
		field.collection(
			'options',
			'Options',
			[
				field.string('origin', 'Origin', { default: 'chat', placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel the message goes through (default chat)' }),
				field.string('nickname', 'Sender Name', { description: 'The name shown for the sender (e.g. your bot)' }),
				field.url('avatar', 'Sender Avatar URL'),
				field.number('fingerprint', 'Fingerprint', { integer: true, description: 'Your own ID for the message, a whole number (Crisp makes one otherwise); it must be new in the conversation' }),
				field.multiOptions('mentions', 'Mentions', [], { loadOptionsMethod: 'getOperators', description: 'Operators to notify (for private notes)' }),
				field.boolean('stealth', 'Stealth', { description: 'Whether to send without notifying the visitor or updating the conversation' }),
				field.boolean('automated', 'Automated', { description: 'Whether the message is from a bot or an automation (Crisp marks it so)' }),
			],
			{ placeholder: 'Add Option' },
		),
	],
	check: (p, tools) => checkContent(p, tools.fail),
	async execute(p, tools) {
		const o = p.options;
		const user = compact({ nickname: o.nickname, avatar: o.avatar });
		const message: IDataObject = {
			type: p.type,
			from: p.from,
			origin: o.origin ?? 'chat',
			content: contentOf(p),
			...compact({ fingerprint: o.fingerprint, user: Object.keys(user).length ? user : undefined, mentions: o.mentions?.length ? o.mentions : undefined, stealth: o.stealth, automated: o.automated }),
		};
		const sent = await tools.request<IDataObject>({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/message`, body: message });
		return { session_id: p.sessionId, ...message, ...sent };
	},
});
