import { collect, defineOperation, returnAllOrLimit, wantedCount } from '@leadchat/core';
import { filterFields, filterPayload, type FilterCondition } from '../../descriptions';
import { readConversationFilterPage } from '../../helpers/lists';
import { PAGE_SIZE, pagedList } from '../../transport';

type Params = { filterMode?: string; conditions?: FilterCondition[]; filterJson?: unknown; returnAll: boolean; limit?: number };

export const filter = defineOperation<Params>({
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
	async execute(p, tools, i) {
		const payload = filterPayload(p, tools.fail);
		const wanted = wantedCount(p.returnAll, p.limit);
		return collect(
			pagedList.call(this, { method: 'POST', path: '/conversations/filter', body: { payload } }, i, PAGE_SIZE.conversations, readConversationFilterPage, wanted),
			{ returnAll: p.returnAll, limit: p.limit, uniqueBy: (c) => String(c.id) },
		);
	},
});
