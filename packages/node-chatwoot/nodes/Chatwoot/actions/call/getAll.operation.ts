import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { agentOptionField, inboxOptionField, unixTimeField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { readTotalPagesPage } from '../../helpers/lists';

/** RESULTS_PER_PAGE of CallFinder. */
const PER_PAGE = 25;
const STATUSES = ['ringing', 'in-progress', 'completed', 'no-answer', 'failed', 'rejected'].map((s) => ({
	name: s.charAt(0).toUpperCase() + s.slice(1).replace('-', ' '),
	value: s,
}));

export const getAll = defineOperation({
	resource: 'call',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many voice calls',
	description: enterpriseOnly('Voice calls of the account (Twilio, WhatsApp), newest first, 25 per page on the server; agents see only the calls they took'),
	fields: [
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			field.options('status', 'Status', STATUSES),
			field.options('direction', 'Direction', [
				{ name: 'Inbound', value: 'inbound' },
				{ name: 'Outbound', value: 'outbound' },
			]),
			inboxOptionField('inboxId', 'Inbox Name or ID'),
			agentOptionField('agentId', 'Agent Name or ID'),
			unixTimeField('since', 'Since', { description: 'Only calls from then (used with Until): a date and time, or Unix seconds' }),
			unixTimeField('until', 'Until', { description: 'Only calls until then (used with Since): a date and time, or Unix seconds' }),
		]),
	],
	check: (p, t) => {
		if (p.filters.inboxId !== undefined && !/^\d+$/.test(p.filters.inboxId)) t.fail('Filters → Inbox Name or ID', 'must be a numeric ID');
		if (p.filters.agentId !== undefined && !/^\d+$/.test(p.filters.agentId)) t.fail('Filters → Agent Name or ID', 'must be a numeric ID');
		if ((p.filters.since === undefined) !== (p.filters.until === undefined)) t.fail(p.filters.since === undefined ? 'Filters → Since' : 'Filters → Until', 'is required with the other end of the range');
	},
	list: {
		request: ({ filters: f }) => ({
			method: 'GET',
			path: '/calls',
			qs: { status: f.status, direction: f.direction, inbox_id: f.inboxId, agent_id: f.agentId, since: f.since, until: f.until },
		}),
		paging: paging.pageNumber(PER_PAGE),
		read: readTotalPagesPage,
	},
});
