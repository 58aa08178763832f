import { defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const link = defineOperation({
	resource: 'linearIssue',
	operation: 'link',
	name: 'Link',
	action: 'Link a Linear issue to a conversation',
	description: "Attach the conversation's link to an existing Linear issue; Chatwoot posts an activity message in the conversation",
	fields: [
		conversationField(),
		field.string('issueId', 'Issue ID', { required: true, placeholder: 'e.g. ENG-123', description: 'The Linear issue (its ID or identifier)' }),
		field.string('title', 'Link Title', { description: 'The title the link gets in Linear' }),
	],
	request: (p) => ({ method: 'POST', path: '/integrations/linear/link_issue', body: { conversation_id: Number(p.conversationId), issue_id: p.issueId, title: p.title } }),
});
