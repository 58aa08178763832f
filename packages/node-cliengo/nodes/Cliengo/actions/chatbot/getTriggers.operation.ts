import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { chatbotSiteField } from '../../descriptions';
import { wholeList } from '../../transport';

export const getTriggers = defineOperation<{ siteId: string; returnAll: boolean; limit?: number }>({
	resource: 'chatbot',
	operation: 'getTriggers',
	name: 'Get Triggers',
	action: 'Get the triggers of a chatbot',
	description: 'The keyword triggers (matches and responses) of a site’s chatbot',
	fields: [chatbotSiteField, ...returnAllOrLimit(1000, 50)],
	execute(p, _tools, itemIndex) {
		return wholeList.call(this, apiPath`/sites/${p.siteId}/chatbot/triggers`, p.returnAll, p.limit, itemIndex);
	},
});
