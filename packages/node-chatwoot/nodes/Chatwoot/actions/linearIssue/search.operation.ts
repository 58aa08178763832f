import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';

export const search = defineOperation({
	resource: 'linearIssue',
	operation: 'search',
	name: 'Search',
	action: 'Search Linear issues',
	description: 'Find issues of the connected Linear workspace by text (one answer, as Linear sends it)',
	fields: [field.string('query', 'Search Text', { required: true, placeholder: 'e.g. login fails' }), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: '/integrations/linear/search_issue', qs: { q: p.query } }), paging: paging.whole() },
});
