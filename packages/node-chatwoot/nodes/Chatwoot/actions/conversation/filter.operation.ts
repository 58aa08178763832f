import { defineOperation, paging, refuse, returnAllOrLimit } from '@leadchat/core';
import { filterFields, filterPayload } from '../../descriptions';
import { PAGE_SIZE, readConversationFilterPage } from '../../helpers/lists';

export const filter = defineOperation({
	resource: 'conversation',
	operation: 'filter',
	name: 'Filter',
	action: 'Filter conversations',
	description: 'Conversations matching conditions on their attributes (standard or custom)',
	fields: [
		...filterFields(
			'A conversation attribute: status, assignee_id, inbox_id, team_id, display_id, campaign_id, labels, priority, browser_language, country_code, referer, created_at, last_activity_at, or a custom attribute key',
			'[{"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"]}]',
		),
		...returnAllOrLimit(),
	],
	list: {
		request: (p) => ({ method: 'POST', path: '/conversations/filter', body: { payload: filterPayload(p, refuse) } }),
		paging: paging.pageNumber(PAGE_SIZE.conversations),
		read: readConversationFilterPage,
	},
});
