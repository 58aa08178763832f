import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { conversationsByEmailList } from '../../lists';

export const findByEmail = defineOperation({
	resource: 'conversation',
	operation: 'findByEmail',
	name: 'Find by Email',
	action: 'Find the conversations of an email address',
	description: "The conversations whose visitor has this email address (Crisp's text search, kept to exact matches), newest activity first",
	fields: [
		field.email('email', 'Email', { required: true, description: "The visitor's email address, as set in the conversation's metas" }),
		field.boolean('includeEmpty', 'Include Empty Conversations', { description: 'Whether to include conversations that have no message yet' }),
		...returnAllOrLimit(),
	],
	list: conversationsByEmailList,
});
