import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { chatbotSiteField } from '../../descriptions';
import { servedWhole } from '../../helpers/lists';

export const getTriggers = defineOperation({
	resource: 'chatbot',
	operation: 'getTriggers',
	name: 'Get Triggers',
	action: 'Get the triggers of a chatbot',
	description: 'The keyword triggers (matches and responses) of a site’s chatbot',
	fields: [chatbotSiteField, ...returnAllOrLimit(1000, 50)],
	list: { ...servedWhole, request: (p) => ({ method: 'GET', path: apiPath`/sites/${p.siteId}/chatbot/triggers` }) },
});
