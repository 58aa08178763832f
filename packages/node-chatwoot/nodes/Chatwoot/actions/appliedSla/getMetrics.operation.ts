import { defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { slaFilterFields, slaQuery } from './helpers';

export const getMetrics = defineOperation({
	resource: 'appliedSla',
	operation: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get the SLA metrics',
	description: enterpriseOnly('SLAs applied, SLAs missed and the hit rate (e.g. "92.5%") for the filters'),
	fields: [field.collection('filters', 'Filters', slaFilterFields())],
	check: (p, t) => void slaQuery(p.filters, t.fail),
	request: (p) => ({ method: 'GET', path: '/applied_slas/metrics', qs: slaQuery(p.filters, () => undefined as never) }),
});
