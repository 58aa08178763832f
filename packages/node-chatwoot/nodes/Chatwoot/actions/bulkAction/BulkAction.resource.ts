import type { ResourceSpec } from '@leadchat/core';
import { updateConversations } from './updateConversations.operation';

export const bulkAction: ResourceSpec = {
	value: 'bulkAction',
	name: 'Conversation Batch',
	description: 'Many conversations at once (Chatwoot\'s bulk actions)',
	operations: [updateConversations],
	defaultOperation: updateConversations,
};
