import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const toggleTypingStatus = defineOperation({
	resource: 'conversation',
	operation: 'toggleTypingStatus',
	name: 'Set Typing Status',
	action: 'Show or hide the typing indicator in a conversation',
	fields: [
		conversationField(),
		field.options(
			'typingStatus',
			'Typing Status',
			[
				{ name: 'On', value: 'on' },
				{ name: 'Off', value: 'off' },
			],
			{ required: true, default: 'on' },
		),
		field.boolean('isPrivate', 'Private Note', { description: 'Whether the typing is for a private note (shown to agents only)' }),
	],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/conversations/${p.conversationId}/toggle_typing_status`,
		body: { typing_status: p.typingStatus, ...(p.isPrivate !== undefined ? { is_private: p.isPrivate } : {}) },
	}),
	output: (_body, p) => ({ success: true, id: Number(p.conversationId), typingStatus: p.typingStatus }),
});
