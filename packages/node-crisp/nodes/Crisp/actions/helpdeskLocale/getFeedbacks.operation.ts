import { apiPath, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { pageInPath } from '../../lists';
import { contentTypeField, dateRangeFields, dateRangeQuery } from '../helpdesk/fields';

export const getFeedbacks = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'getFeedbacks',
	name: 'Get Feedbacks',
	action: 'Get the feedbacks of a helpdesk locale',
	description: "Readers' ratings and comments on the pages of a locale and content type, with the article and the visitor",
	fields: [localeField(), contentTypeField(), ...returnAllOrLimit(), field.collection('filters', 'Filters', [...dateRangeFields()])],
	list: {
		...pageInPath,
		request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/feedback/list/${p.locale}/${p.contentType}`, qs: dateRangeQuery(p.filters) }),
		key: false,
	},
});
