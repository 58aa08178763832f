import { defineOperation, field } from '@leadchat/core';
import { isDataObject } from '../../descriptions';
import { listFilterFields, listFilterQuery, STATUS_FILTERS } from './helpers';

export const getCounts = defineOperation({
	resource: 'conversation',
	operation: 'getCounts',
	name: 'Get Counts',
	action: 'Count conversations',
	description: 'How many conversations are mine, assigned, unassigned and in total, for a status and filters',
	fields: [field.options('status', 'Status', STATUS_FILTERS, { required: true, default: 'open' }), field.collection('filters', 'Filters', listFilterFields())],
	async execute(p, tools) {
		const qs = { status: p.status, ...listFilterQuery(p.filters, tools.fail, 'Filters') };
		const body: unknown = await tools.request({ method: 'GET', path: '/conversations/meta', qs });
		if (!isDataObject(body)) return {};
		if (isDataObject(body.meta)) return body.meta;
		return isDataObject(body.data) && isDataObject(body.data.meta) ? body.data.meta : body;
	},
});
