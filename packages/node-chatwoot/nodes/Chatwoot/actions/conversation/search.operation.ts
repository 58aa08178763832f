import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readConversationPage } from '../../helpers/lists';

export const search = defineOperation({
	resource: 'conversation',
	operation: 'search',
	name: 'Search',
	action: 'Search conversations',
	description: 'Conversations whose messages, contact or number match the text (any status)',
	fields: [field.string('query', 'Search Text', { required: true, placeholder: 'e.g. refund' }), ...returnAllOrLimit()],
	list: {
		request: (p) => ({ method: 'GET', path: '/conversations/search', qs: { q: p.query } }),
		paging: paging.pageNumber(PAGE_SIZE.conversations),
		read: readConversationPage('all'),
	},
});
