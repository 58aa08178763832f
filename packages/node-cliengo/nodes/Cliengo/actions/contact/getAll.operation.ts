import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { assigneeField, compact, dayParam, statusField, websiteIdField } from '../../descriptions';
import { dayMs } from '../../helpers/dates';
import { walkContacts } from '../../helpers/contactWindows';
import { drain } from '../../transport';

interface Params {
	returnAll: boolean;
	limit?: number;
	filters: {
		query?: string;
		websiteId?: string;
		assignedTo?: string;
		status?: string;
		since?: string;
		until?: string;
		lastUpdated?: string;
	};
	options: { onOverfullDay?: 'error' | 'partial' };
}

export const getAll = defineOperation<Params>({
	resource: 'contact',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List leads, newest first; Return All walks date windows past Cliengo’s 1000-offset limit',
	fields: [
		...returnAllOrLimit(100000, 50),
		field.collection('filters', 'Filters', [
			field.string('query', 'Search', { description: 'Text to look for in the name, email, phone or message' }),
			websiteIdField('websiteId', 'Site', { description: 'Only leads of this website' }),
			assigneeField('assignedTo', 'Assigned To', { description: 'Only leads assigned to this user' }),
			statusField(),
			field.dateTime('since', 'Created Since', { description: 'Leads created on or after this day (Cliengo filters by whole days)' }),
			field.dateTime('until', 'Created Before', { description: 'Leads created before this day (the day itself is excluded)' }),
			field.dateTime('lastUpdated', 'Updated Since', { description: 'Leads updated on or after this day' }),
		], { placeholder: 'Add Filter' }),
		field.collection('options', 'Options', [
			field.options(
				'onOverfullDay',
				'Over-Full Days',
				[
					{ name: 'Fail', value: 'error', description: 'Stop with an error naming the day' },
					{ name: 'Keep the Newest 1050', value: 'partial', description: 'Return what Cliengo lets us page to for that day' },
				],
				{ description: 'What to do when one day holds more matching leads than Cliengo can page through (over 1000) and splitting it by site does not help' },
			),
		], { placeholder: 'Add Option' }),
	],
	async execute(p, tools, itemIndex) {
		const f = p.filters;
		const since = dayParam(tools, 'Filters → Created Since', f.since);
		const until = dayParam(tools, 'Filters → Created Before', f.until);
		if (since && until && dayMs(until) <= dayMs(since)) tools.fail('Filters → Created Before', 'must be a later day than Created Since');
		const filters = compact({
			query: f.query,
			websiteId: f.websiteId,
			assignedTo: f.assignedTo,
			status: f.status,
			lastUpdated: dayParam(tools, 'Filters → Updated Since', f.lastUpdated),
		});
		return drain(
			walkContacts.call(this, {
				filters: filters as Record<string, string>,
				since,
				until,
				wanted: p.returnAll ? Infinity : (p.limit ?? 50),
				onOverfullDay: p.options.onOverfullDay ?? 'error',
				itemIndex,
			}),
		);
	},
});
