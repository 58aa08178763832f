import { field } from '@leadchat/core';

const FILTER_TYPES = [
	{ name: 'Contact', value: 'contact' },
	{ name: 'Conversation', value: 'conversation' },
	{ name: 'Report', value: 'report' },
];

export const filterTypeField = <R extends boolean>(required: R) =>
	field.options('filterType', 'Filter Type', FILTER_TYPES, { required, default: 'conversation', description: 'What the saved filter applies to' });

export const queryField = <R extends boolean>(required: R) =>
	field.json('query', 'Query (JSON)', {
		required,
		placeholder: '{"payload": [{"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": null}]}',
		description: 'The saved filter, as the filter endpoints read it: {"payload": [conditions]}',
	});

/**
 * The server reads `filter_type` (the spec documents `type`): both are sent so that the filter is
 * saved with the right type whichever name a server version reads.
 */
export const filterBody = (f: { name?: string; filterType?: string; query?: unknown }) => ({
	name: f.name,
	type: f.filterType,
	filter_type: f.filterType,
	query: f.query,
});
