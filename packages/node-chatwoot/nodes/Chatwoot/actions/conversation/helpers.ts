import type { IDataObject } from 'n8n-workflow';
import { field } from '@leadchat/core';
import { describedAs, inboxOptionField, labelsField, teamOptionField } from '../../descriptions';

export const STATUS_FILTERS = [
	{ name: 'All', value: 'all' },
	{ name: 'Open', value: 'open' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Resolved', value: 'resolved' },
	{ name: 'Snoozed', value: 'snoozed' },
];

export const ASSIGNEE_TYPES = [
	{ name: 'All', value: 'all', description: 'Assigned or not' },
	{ name: 'Assigned', value: 'assigned', description: 'Assigned to any agent' },
	{ name: 'Mine', value: 'me', description: 'Assigned to the user of the credential' },
	{ name: 'Unassigned', value: 'unassigned' },
];

export const SORTS = [
	{ name: 'Last Activity (Newest First)', value: 'last_activity_at_desc' },
	{ name: 'Last Activity (Oldest First)', value: 'last_activity_at_asc' },
	{ name: 'Created (Newest First)', value: 'created_at_desc' },
	{ name: 'Created (Oldest First)', value: 'created_at_asc' },
	{ name: 'Priority (Highest First)', value: 'priority_desc' },
	{ name: 'Priority (Lowest First)', value: 'priority_asc' },
	{ name: 'Waiting Since (Longest First)', value: 'waiting_since_asc' },
	{ name: 'Waiting Since (Shortest First)', value: 'waiting_since_desc' },
];

interface ListFilters {
	inboxId?: string;
	teamId?: string;
	labels?: string[];
	query?: string;
}

/** Filters shared by Get Many and Get Counts (the server reads the same ones for both). */
export const listFilterFields = () => [
	describedAs(inboxOptionField('inboxId', 'Inbox Name or ID'), 'Only conversations of this inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
	describedAs(teamOptionField('teamId', 'Team Name or ID'), 'Only conversations of this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
	describedAs(labelsField('labels', 'Labels', false), 'Only conversations with at least one of these labels. Choose from the list, or specify names using an expression.'),
	field.string('query', 'Search Text', { description: 'Only conversations whose messages contain this text' }),
] as const;

export function listFilterQuery(f: ListFilters, fail: (field: string, problem: string) => never, prefix: string): IDataObject {
	const qs: IDataObject = {};
	if (f.inboxId !== undefined) {
		if (!/^\d+$/.test(f.inboxId)) fail(`${prefix} → Inbox Name or ID`, 'must be a numeric ID (digits only)');
		qs.inbox_id = Number(f.inboxId);
	}
	if (f.teamId !== undefined) {
		if (!/^\d+$/.test(f.teamId)) fail(`${prefix} → Team Name or ID`, 'must be a numeric ID (digits only)');
		qs.team_id = Number(f.teamId);
	}
	if (f.labels?.length) qs.labels = f.labels;
	if (f.query !== undefined) qs.q = f.query;
	return qs;
}

/** A dropdown id typed by hand or chosen: digits only. */
export function numericId(value: string | undefined, fieldName: string, fail: (field: string, problem: string) => never): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) fail(fieldName, 'must be a numeric ID (digits only)');
	return Number(value);
}
