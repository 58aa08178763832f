import type { ResourceSpec } from '@leadchat/core';
import { updateConversations } from './updateConversations.operation';

export const bulkAction: ResourceSpec = {
	value: 'bulkAction',
	name: 'Bulk Action',
	operations: [updateConversations],
	defaultOperation: updateConversations,
};
