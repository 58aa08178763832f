import { defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const unlink = defineOperation({
	resource: 'linearIssue',
	operation: 'unlink',
	name: 'Unlink',
	action: 'Unlink a Linear issue from a conversation',
	description: 'Remove the link between a conversation and a Linear issue (Get Linked lists the links and their IDs)',
	fields: [
		conversationField(),
		field.string('linkId', 'Link ID', { required: true, description: 'The ID of the link (the "id" of a linked issue)' }),
		field.string('issueId', 'Issue ID', { placeholder: 'e.g. ENG-123', description: 'The issue, named in the activity message Chatwoot posts' }),
	],
	request: (p) => ({ method: 'POST', path: '/integrations/linear/unlink_issue', body: { conversation_id: Number(p.conversationId), link_id: p.linkId, issue_id: p.issueId } }),
});
