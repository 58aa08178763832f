import { collect, defineOperation, field, returnAllOrLimit, wantedCount } from '@leadchat/core';
import { readConversationPage } from '../../helpers/lists';
import { PAGE_SIZE, pagedList } from '../../transport';

export const search = defineOperation<{ query: string; returnAll: boolean; limit?: number }>({
	resource: 'conversation',
	operation: 'search',
	name: 'Search',
	action: 'Search conversations',
	description: 'Conversations whose messages, contact or number match the text (any status)',
	fields: [field.string('query', 'Search Text', { required: true, placeholder: 'e.g. refund' }), ...returnAllOrLimit()],
	async execute(p, _tools, i) {
		const wanted = wantedCount(p.returnAll, p.limit);
		return collect(
			pagedList.call(this, { method: 'GET', path: '/conversations/search', qs: { q: p.query } }, i, PAGE_SIZE.conversations, readConversationPage('all'), wanted),
			{ returnAll: p.returnAll, limit: p.limit, uniqueBy: (c) => String(c.id) },
		);
	},
});
