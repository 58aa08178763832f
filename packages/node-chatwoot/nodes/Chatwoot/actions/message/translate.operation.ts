import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { messageIdField } from './helpers';

export const translate = defineOperation({
	resource: 'message',
	operation: 'translate',
	name: 'Translate',
	action: 'Translate a message',
	description: "Translate a message with the account's Google Translate integration",
	fields: [
		conversationField(),
		messageIdField(),
		field.string('targetLanguage', 'Target Language', { required: true, placeholder: 'e.g. en', description: 'Language code to translate into (e.g. en, es, pt-BR)' }),
	],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/conversations/${p.conversationId}/messages/${p.messageId}/translate`,
		body: { target_language: p.targetLanguage },
	}),
});
