import { field } from '@leadchat/core';
import { agentOptionField, inboxOptionField, teamOptionField, unixTimeField } from '../../descriptions';

/** The filters `GET /applied_slas` and `/applied_slas/metrics` read (Enterprise AppliedSlasController). */
export const slaFilterFields = () =>
	[
		unixTimeField('since', 'Since', { description: 'Only SLAs applied from then (used with Until): a date and time, or Unix seconds' }),
		unixTimeField('until', 'Until', { description: 'Only SLAs applied until then (used with Since): a date and time, or Unix seconds' }),
		inboxOptionField('inboxId', 'Inbox Name or ID'),
		teamOptionField('teamId', 'Team Name or ID'),
		agentOptionField('assignedAgentId', 'Assigned Agent Name or ID'),
		field.id('slaPolicyId', 'SLA Policy ID', { required: false, numeric: true }),
		field.string('label', 'Label', { description: 'Only conversations whose labels contain this text' }),
	] as const;

interface SlaFilters {
	since?: string;
	until?: string;
	inboxId?: string;
	teamId?: string;
	assignedAgentId?: string;
	slaPolicyId?: string;
	label?: string;
}

/** The query of the filters; refuses ids that are not numeric and half a date range (Chatwoot would ignore it). */
export function slaQuery(f: SlaFilters, fail: (field: string, problem: string) => never) {
	for (const [value, label] of [
		[f.inboxId, 'Inbox Name or ID'],
		[f.teamId, 'Team Name or ID'],
		[f.assignedAgentId, 'Assigned Agent Name or ID'],
	] as const) {
		if (value !== undefined && !/^\d+$/.test(value)) fail(`Filters → ${label}`, 'must be a numeric ID');
	}
	if ((f.since === undefined) !== (f.until === undefined)) fail(f.since === undefined ? 'Filters → Since' : 'Filters → Until', 'is required with the other end of the range');
	return {
		since: f.since,
		until: f.until,
		inbox_id: f.inboxId,
		team_id: f.teamId,
		assigned_agent_id: f.assignedAgentId,
		sla_policy_id: f.slaPolicyId,
		label_list: f.label,
	};
}
