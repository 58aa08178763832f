import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { readArrayPage } from '../../helpers/lists';
import { collectPages } from '../../transport';
import { csatFilterFields, csatQuery, type CsatFilters } from './csatFields';

/** CSAT survey responses per page on the server. */
const CSAT_PAGE_SIZE = 25;

export const getAll = defineOperation<{ returnAll: boolean; limit?: number; filters: CsatFilters }>({
	resource: 'csat',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many CSAT survey responses',
	description: 'Customer satisfaction ratings and feedback, newest first (25 per page on the server)',
	fields: [...returnAllOrLimit(), field.collection('filters', 'Filters', csatFilterFields())],
	async execute(p, tools, i) {
		const qs = csatQuery(p.filters, tools.fail);
		return collectPages.call(this, { method: 'GET', path: '/csat_survey_responses', qs }, i, CSAT_PAGE_SIZE, readArrayPage, p);
	},
});
