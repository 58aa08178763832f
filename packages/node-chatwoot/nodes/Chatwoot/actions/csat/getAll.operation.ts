import { defineOperation, field, paging, refuse, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE } from '../../helpers/lists';
import { csatFilterFields, csatQuery } from './helpers';

export const getAll = defineOperation({
	resource: 'csat',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many CSAT survey responses',
	description: 'Customer satisfaction ratings and feedback, newest first (25 per page on the server)',
	fields: [...returnAllOrLimit(), field.collection('filters', 'Filters', csatFilterFields())],
	// A bare JSON array per page: the end is a short or empty page.
	list: { request: (p) => ({ method: 'GET', path: '/csat_survey_responses', qs: csatQuery(p.filters, refuse) }), paging: paging.pageNumber(PAGE_SIZE.csat) },
});
