import { defineOperation, field } from '@leadchat/core';
import { listFilterFields, listFilterQuery, STATUS_FILTERS, type ListFilters } from './conversationFields';

export const getCounts = defineOperation<{ status?: string; filters: ListFilters }>({
	resource: 'conversation',
	operation: 'getCounts',
	name: 'Get Counts',
	action: 'Count conversations',
	description: 'How many conversations are mine, assigned, unassigned and in total, for a status and filters',
	fields: [field.options('status', 'Status', STATUS_FILTERS, { default: 'open' }), field.collection('filters', 'Filters', listFilterFields())],
	async execute(p, tools) {
		const qs = { status: p.status ?? 'open', ...listFilterQuery(p.filters, tools.fail, 'Filters') };
		const body = (await tools.request<any>({ method: 'GET', path: '/conversations/meta', qs })) ?? {};
		return body.meta ?? body.data?.meta ?? body;
	},
});
