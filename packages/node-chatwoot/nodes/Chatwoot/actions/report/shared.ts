import { field, type Field } from '@leadchat/core';
import { agentOptionField, inboxOptionField, teamOptionField, unixTimeField } from '../../descriptions';

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

export const sinceUntilFields = (): Field[] => [
	unixTimeField('since', 'Since', { description: 'Start of the period: a date and time, or Unix seconds' }),
	unixTimeField('until', 'Until', { description: 'End of the period: a date and time, or Unix seconds' }),
];

/** The object a report is about, chosen from the dropdown that matches "Type". */
export const reportObjectFields = (): Field[] => {
	const shown = (type: string, f: Field<string | undefined>): Field => ({ ...f, property: { ...f.property, required: true, displayOptions: { show: { type: [type] } } } }) as Field;
	return [
		shown('agent', agentOptionField('agentId', 'Agent Name or ID')),
		shown('inbox', inboxOptionField('inboxId', 'Inbox Name or ID')),
		shown('team', teamOptionField('teamId', 'Team Name or ID')),
		shown(
			'label',
			field.options('labelId', 'Label Name or ID', [], {
				loadOptionsMethod: 'getLabelIds',
				description: 'Label of the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}),
		),
	];
};

export interface ReportObject {
	type: string;
	agentId?: string;
	inboxId?: string;
	teamId?: string;
	labelId?: string;
}

const OBJECT_FIELD: Record<string, [keyof ReportObject, string]> = {
	agent: ['agentId', 'Agent Name or ID'],
	inbox: ['inboxId', 'Inbox Name or ID'],
	team: ['teamId', 'Team Name or ID'],
	label: ['labelId', 'Label Name or ID'],
};

/** The `id` query parameter for the chosen type (none for the account); fails when it is missing or not numeric. */
export function reportObjectId(p: ReportObject, fail: (field: string, problem: string) => never): string | undefined {
	const entry = OBJECT_FIELD[p.type];
	if (!entry) return undefined;
	const [key, label] = entry;
	const value = p[key];
	if (value === undefined) fail(label, 'is required');
	if (!/^\d+$/.test(value)) fail(label, 'must be a numeric ID');
	return value;
}

export const businessHoursField = () =>
	field.boolean('businessHours', 'Business Hours Only', { description: 'Whether times are counted within the inbox working hours only' });
