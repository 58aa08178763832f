import { apiPath, defineOperation, field } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField, dateRangeFields, dateRangeQuery } from '../helpdesk/fields';

export const getFeedbackRatings = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'getFeedbackRatings',
	name: 'Get Feedback Ratings',
	action: 'Get the feedback ratings of a helpdesk locale',
	description: 'How many readers found the pages of a locale and content type helpful or not',
	fields: [localeField(), contentTypeField(), field.collection('filters', 'Filters', [...dateRangeFields()])],
	request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/feedback/ratings/${p.locale}/${p.contentType}`, qs: dateRangeQuery(p.filters) }),
});
