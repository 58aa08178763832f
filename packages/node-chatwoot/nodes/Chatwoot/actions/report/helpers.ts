import { field } from '@leadchat/core';
import { agentOptionField, inboxOptionField, numericIds, requiredWhenShown, teamOptionField } from '../../descriptions';

export const REPORT_TYPES = [
	{ name: 'Account', value: 'account' },
	{ name: 'Agent', value: 'agent' },
	{ name: 'Inbox', value: 'inbox' },
	{ name: 'Label', value: 'label' },
	{ name: 'Team', value: 'team' },
];

export const METRICS = [
	{ name: 'Average First Response Time', value: 'avg_first_response_time' },
	{ name: 'Average Resolution Time', value: 'avg_resolution_time' },
	{ name: 'Conversations Count', value: 'conversations_count' },
	{ name: 'Incoming Messages Count', value: 'incoming_messages_count' },
	{ name: 'Outgoing Messages Count', value: 'outgoing_messages_count' },
	{ name: 'Resolutions Count', value: 'resolutions_count' },
];

export const sinceUntilFields = () => [
	field.unixTime('since', 'Since', { description: 'Start of the period: a date and time, or Unix seconds' }),
	field.unixTime('until', 'Until', { description: 'End of the period: a date and time, or Unix seconds' }),
] as const;

/** The object a report is about, chosen from the dropdown that matches "Type". */
export const reportObjectFields = () => [
	requiredWhenShown(agentOptionField('agentId', 'Agent Name or ID'), { type: ['agent'] }),
	requiredWhenShown(inboxOptionField('inboxId', 'Inbox Name or ID'), { type: ['inbox'] }),
	requiredWhenShown(teamOptionField('teamId', 'Team Name or ID'), { type: ['team'] }),
	requiredWhenShown(
		field.options('labelId', 'Label Name or ID', [], {
			loadOptionsMethod: 'getLabelIds',
			description: 'Label of the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{ type: ['label'] },
	),
] as const;

/** "Type" and the object dropdowns above. */
interface ReportObject {
	type: string;
	agentId?: string;
	inboxId?: string;
	teamId?: string;
	labelId?: string;
}

/** The object chosen for "Type", as [value, display name]; none for the account. */
function reportObject(p: ReportObject): [string | undefined, string] | undefined {
	switch (p.type) {
		case 'agent':
			return [p.agentId, 'Agent Name or ID'];
		case 'inbox':
			return [p.inboxId, 'Inbox Name or ID'];
		case 'team':
			return [p.teamId, 'Team Name or ID'];
		case 'label':
			return [p.labelId, 'Label Name or ID'];
		default:
			return undefined;
	}
}

/** Refuses a report about an object that is missing or not numeric. */
export function checkReportObject(p: ReportObject, fail: (field: string, problem: string) => never): void {
	const object = reportObject(p);
	if (!object) return;
	const [value, label] = object;
	if (value === undefined) fail(label, 'is required');
	if (!/^\d+$/.test(value)) fail(label, 'must be a numeric ID');
}

/** The `id` query parameter for the chosen type (none for the account). */
export const reportObjectId = (p: ReportObject): string | undefined => reportObject(p)?.[0];

export const businessHoursField = () =>
	field.boolean('businessHours', 'Business Hours Only', { description: 'Whether times are counted within the inbox working hours only' });

/** Filters of the live reports: teams, agents, inboxes, and a creation window. */
export const liveReportFilters = () =>
	[
		field.multiOptions('teamIds', 'Team Names or IDs', [], {
			loadOptionsMethod: 'getTeams',
			description: 'Only conversations of these teams. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		field.multiOptions('userIds', 'Agent Names or IDs', [], {
			loadOptionsMethod: 'getAgents',
			description: 'Only conversations assigned to these agents. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		field.multiOptions('inboxIds', 'Inbox Names or IDs', [], {
			loadOptionsMethod: 'getInboxes',
			description: 'Only conversations of these inboxes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		field.unixTime('since', 'Created Since', { description: 'Only conversations created from then (used with Created Until): a date and time, or Unix seconds' }),
		field.unixTime('until', 'Created Until', { description: 'Only conversations created until then (used with Created Since): a date and time, or Unix seconds' }),
	] as const;

interface LiveFilters {
	teamIds?: string[];
	userIds?: string[];
	inboxIds?: string[];
	since?: string;
	until?: string;
}

/** The query of the live reports; refuses ids that are not numeric and half a window (Chatwoot ignores it). */
export function liveReportQuery(f: LiveFilters, fail: (field: string, problem: string) => never) {
	const ids = (values: string[] | undefined, label: string) => (values?.length ? numericIds(values, `Filters → ${label}`, fail) : undefined);
	if ((f.since === undefined) !== (f.until === undefined)) fail(f.since === undefined ? 'Filters → Created Since' : 'Filters → Created Until', 'is required with the other end of the window');
	return {
		team_ids: ids(f.teamIds, 'Team Names or IDs'),
		user_ids: ids(f.userIds, 'Agent Names or IDs'),
		inbox_ids: ids(f.inboxIds, 'Inbox Names or IDs'),
		since: f.since,
		until: f.until,
	};
}
