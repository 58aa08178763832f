import { defineOperation, field, returnAllOrLimit, type ParamsOf } from '@leadchat/core';
import { peopleWith } from '../../lists';

const SORT_FIELDS = [
	{ name: 'Created At', value: 'created_at' },
	{ name: 'Email', value: 'email' },
	{ name: 'Last Active', value: 'active' },
	{ name: 'Name', value: 'nickname' },
	{ name: 'Score', value: 'score' },
	{ name: 'Updated At', value: 'updated_at' },
];

const fields = [
	...returnAllOrLimit(),
	field.string('searchText', 'Search Text', { description: "Crisp's text search over names, emails and phones" }),
	field.collection('options', 'Options', [
		field.json('filter', 'Filter (JSON)', {
			array: true,
			description: 'Crisp filters: a JSON array of {model, criterion, operator, query}, e.g. [{"model": "people", "criterion": "segments", "operator": "eq", "query": ["vip"]}]',
		}),
		field.options('searchOperator', 'Filter Operator', [
			{ name: 'And (All Filters Match)', value: 'and' },
			{ name: 'Or (Any Filter Matches)', value: 'or' },
		]),
		field.options('sortField', 'Sort By', SORT_FIELDS),
		field.options('sortOrder', 'Sort Order', [
			{ name: 'Descending', value: 'descending' },
			{ name: 'Ascending', value: 'ascending' },
		]),
		field.dateTime('dateStart', 'Created After', { description: 'Profiles created at or after this time (filter_date_start)' }),
		field.dateTime('dateEnd', 'Created Before', { description: 'Profiles created at or before this time (filter_date_end)' }),
	]),
] as const;

const iso = (date: string | undefined) => (date === undefined ? undefined : new Date(date).toISOString());

export const getAll = defineOperation({
	resource: 'person',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many people',
	description: 'List people profiles, optionally found by text or by a filter, 50 per page',
	fields,
	list: peopleWith(({ searchText, options: o }: ParamsOf<typeof fields>) => ({
		search_text: searchText,
		search_filter: o.filter === undefined ? undefined : JSON.stringify(o.filter),
		search_operator: o.searchOperator,
		sort_field: o.sortField,
		sort_order: o.sortOrder,
		filter_date_start: iso(o.dateStart),
		filter_date_end: iso(o.dateEnd),
	})),
});
