import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { checkFilters, filteredConversations, listFilterFields } from './fields';

export const getAll = defineOperation({
	resource: 'conversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations, newest activity first: search by text or segment, filter by state, assignee, inbox, dates and more',
	fields: [...returnAllOrLimit(), field.collection('filters', 'Filters', listFilterFields, { placeholder: 'Add Filter' })],
	check: (p, tools) => checkFilters(p.filters, tools.fail),
	list: filteredConversations,
});
