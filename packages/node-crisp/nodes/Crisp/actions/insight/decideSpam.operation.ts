import { apiPath, defineOperation, field } from '@leadchat/core';
import { spamField } from './fields';

/** `{action}` [C-client submitSpamConversationDecision]: "reject" is Crisp's example; "accept" is inferred [I]. */
export const decideSpam = defineOperation({
	resource: 'conversationInsight',
	operation: 'decideSpam',
	name: 'Submit Spam Decision',
	action: 'Decide on a spam conversation',
	description: 'Reject a conversation held as spam, or accept it',
	fields: [
		spamField(),
		field.options(
			'decision',
			'Decision',
			[
				{ name: 'Reject', value: 'reject', description: 'It is spam' },
				{ name: 'Accept', value: 'accept', description: 'It is not spam' },
			],
			{ required: true, default: 'reject' },
		),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/spam/${p.spamId}/decision`, body: { action: p.decision } }),
	output: (_body, p) => ({ success: true, spam_id: p.spamId, action: p.decision }),
});
