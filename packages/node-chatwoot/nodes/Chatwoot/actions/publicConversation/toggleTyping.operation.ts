import { defineOperation, field } from '@leadchat/core';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const toggleTyping = defineOperation({
	resource: 'publicConversation',
	operation: 'toggleTyping',
	name: 'Set Typing Status',
	action: 'Set the typing status of a public conversation',
	description: 'Show or hide "typing…" to the agents, as the contact',
	fields: [
		contactIdentifierField(),
		publicConversationIdField(),
		field.options(
			'typingStatus',
			'Typing Status',
			[
				{ name: 'On', value: 'on', description: 'The contact is typing' },
				{ name: 'Off', value: 'off', description: 'The contact stopped typing' },
			],
			{ required: true, default: 'on' },
		),
	],
	// The spec asks for typing_status in the query and in the body; Rails reads either.
	request: (p) => ({
		method: 'POST',
		path: `${conversationPath(p)}/toggle_typing`,
		family: 'public',
		qs: { typing_status: p.typingStatus },
		body: { typing_status: p.typingStatus },
	}),
	output: (_body, p) => ({ success: true, typing_status: p.typingStatus }),
});
