import type { IDataObject } from 'n8n-workflow';
import { field } from '@leadchat/core';
import { describedAs, inboxOptionField, teamOptionField } from '../../descriptions';

interface CsatFilters {
	since?: string;
	until?: string;
	inboxId?: string;
	teamId?: string;
	agentIds?: string[];
	ratings?: string[];
}

export const csatFilterFields = () => [
	field.unixTime('since', 'Since', { description: 'Only responses from this time on' }),
	field.unixTime('until', 'Until', { description: 'Only responses up to this time' }),
	describedAs(inboxOptionField('inboxId', 'Inbox Name or ID'), 'Only responses of this inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
	describedAs(teamOptionField('teamId', 'Team Name or ID'), 'Only responses of this team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
	field.multiOptions('agentIds', 'Agent Names or IDs', [], { loadOptionsMethod: 'getAgents', description: 'Only responses of conversations handled by these agents. Choose from the list, or specify IDs using an expression.' }),
	field.multiOptions(
		'ratings',
		'Ratings',
		[1, 2, 3, 4, 5].map((r) => ({ name: String(r), value: String(r) })),
		{ description: 'Only responses with these ratings (1 = worst, 5 = best)' },
	),
] as const;

export function csatQuery(f: CsatFilters, fail: (field: string, problem: string) => never): IDataObject {
	const qs: IDataObject = {};
	// The server filters on a period only when it gets both ends: an open end is filled in.
	if (f.since !== undefined || f.until !== undefined) {
		qs.since = f.since ?? 0;
		qs.until = f.until ?? Math.floor(Date.now() / 1000);
		if (Number(qs.since) > Number(qs.until)) fail('Filters → Since', 'must be before "Until"');
	}
	const ids = (label: string, values: string[]) => {
		const bad = values.find((v) => !/^\d+$/.test(v));
		if (bad !== undefined) fail(`Filters → ${label}`, `must contain numeric IDs only; got "${bad}"`);
		return values.map(Number);
	};
	if (f.inboxId !== undefined) qs.inbox_id = ids('Inbox Name or ID', [f.inboxId])[0];
	if (f.teamId !== undefined) qs.team_id = ids('Team Name or ID', [f.teamId])[0];
	if (f.agentIds?.length) qs.user_ids = ids('Agent Names or IDs', f.agentIds);
	if (f.ratings?.length) qs.rating = f.ratings.map(Number);
	return qs;
}
