import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField, PRIORITIES } from '../../descriptions';

export const togglePriority = defineOperation({
	resource: 'conversation',
	operation: 'togglePriority',
	name: 'Set Priority',
	action: 'Set the priority of a conversation',
	fields: [conversationField(), field.options('priority', 'Priority', PRIORITIES, { required: true, default: 'high' })],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/toggle_priority`, body: { priority: p.priority } }),
	output: (_body, p) => ({ success: true, id: Number(p.conversationId), priority: p.priority }),
});
