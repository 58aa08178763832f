import { apiPath, defineOperation, field } from '@leadchat/core';

export const decide = defineOperation({
	resource: 'conversationSpam',
	operation: 'decide',
	name: 'Decide',
	action: 'Decide on a spam conversation',
	description: 'Accept a conversation held back as spam (it goes to the inbox) or reject it',
	fields: [
		field.id('spamId', 'Spam ID', { description: 'The spam_id of a spam conversation (from Get Many)' }),
		field.options(
			'action',
			'Decision',
			[
				{ name: 'Accept (Not Spam)', value: 'accept', description: 'Deliver the conversation to the inbox' },
				{ name: 'Reject (Spam)', value: 'reject', description: 'Keep it out of the inbox' },
			],
			{ required: true, default: 'reject' },
		),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/spam/${p.spamId}/decision`, body: { action: p.action } }),
	output: (_body, p) => ({ success: true, spam_id: p.spamId, action: p.action }),
});
