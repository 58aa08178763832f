import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { readCountedPage } from '../../helpers/lists';
import { slaFilterFields, slaQuery } from './helpers';

/** RESULTS_PER_PAGE of AppliedSlasController. */
const PER_PAGE = 25;

export const getAll = defineOperation({
	resource: 'appliedSla',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many breached SLAs',
	description: enterpriseOnly('The SLAs conversations missed (or are missing), each with its conversation and breach events, 25 per page on the server'),
	fields: [...returnAllOrLimit(), field.collection('filters', 'Filters', slaFilterFields())],
	check: (p, t) => void slaQuery(p.filters, t.fail),
	list: {
		request: (p) => ({ method: 'GET', path: '/applied_slas', qs: slaQuery(p.filters, () => undefined as never) }),
		paging: paging.pageNumber(PER_PAGE),
		read: readCountedPage,
		key: (record) => (record.applied_sla as { id?: number } | undefined)?.id,
	},
});
