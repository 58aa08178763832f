import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { collectList, platformFetch } from '@leadchat/core';
import { conversationSegmentsList, helpdeskLocaleOption, helpdeskLocalesList, inboxesList, operatorsList, peopleSegmentsList, teamsList } from '../lists';
import { crisp } from '../transport';

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Operators of the website: "First Last <email>" → user_id. */
export async function getOperators(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const operators = await collectList(platformFetch(this, crisp), operatorsList, {}, { returnAll: true });
	return operators
		.map((o) => (o.details ?? o) as IDataObject)
		.map((d) => ({
			name: `${[text(d.first_name), text(d.last_name)].filter(Boolean).join(' ') || text(d.user_id)}${d.email ? ` <${text(d.email)}>` : ''}`,
			value: text(d.user_id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Segments in use on the website (from conversations and people), most used first; up to 200. */
export async function getSegments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const fetch = platformFetch(this, crisp);
	const [conversations, people] = await Promise.all([
		collectList(fetch, conversationSegmentsList, {}, { returnAll: false, limit: 100 }),
		collectList(fetch, peopleSegmentsList, {}, { returnAll: false, limit: 100 }),
	]);
	const counts = new Map<string, number>();
	for (const s of [...conversations, ...people]) {
		const name = text(s.segment);
		if (name) counts.set(name, (counts.get(name) ?? 0) + (typeof s.count === 'number' ? s.count : 1));
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => ({ name, value: name }));
}

/** Helpdesk locales: "English (en)" → en. */
export async function getHelpdeskLocales(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const locales = await collectList(platformFetch(this, crisp), helpdeskLocalesList, {}, { returnAll: true });
	return locales.map(helpdeskLocaleOption);
}

/** Inboxes of the website: "🛒 Sales" → inbox_id. */
export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const inboxes = await collectList(platformFetch(this, crisp), inboxesList, {}, { returnAll: true });
	return inboxes.map((i) => ({ name: [text(i.emoji), text(i.name) || text(i.inbox_id)].filter(Boolean).join(' '), value: text(i.inbox_id) }));
}

/** Teams of the website: "🛠️ Billing" → team_id. */
export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const teams = await collectList(platformFetch(this, crisp), teamsList, {}, { returnAll: true });
	return teams.map((t) => ({ name: [text(t.emoji), text(t.name) || text(t.team_id)].filter(Boolean).join(' '), value: text(t.team_id) }));
}
