import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { assigneeField, statusField, websiteIdField } from '../../descriptions';
import { contactWalk } from '../../helpers/contactWindows';
import { contactList } from '../../helpers/lists';

export const getAll = defineOperation({
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
			field.day('since', 'Created Since', { description: 'Leads created on or after this day (Cliengo filters by whole days)' }),
			field.day('until', 'Created Before', { description: 'Leads created before this day (the day itself is excluded)' }),
			field.day('lastUpdated', 'Updated Since', { description: 'Leads updated on or after this day' }),
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
	check(p, tools) {
		const { since, until } = p.filters;
		if (since && until && until <= since) tools.fail('Filters → Created Before', 'must be a later day than Created Since');
	},
	list: {
		request: (p) => contactList.request(p.filters),
		paging: (p) => contactWalk({ onOverfullDay: p.options.onOverfullDay === 'partial' ? 'partial' : 'error' }),
	},
});
