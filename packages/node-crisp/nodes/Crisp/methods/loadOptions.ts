import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { collectList, platformFetch } from '@leadchat/core';
import { helpdeskLocalesList, inboxesList, operatorsList, teamsList } from '../lists';
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

/** Helpdesk locales: "English (en)" → en. */
export async function getHelpdeskLocales(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const locales = await collectList(platformFetch(this, crisp), helpdeskLocalesList, {}, { returnAll: true });
	return locales.map((l) => ({ name: `${text(l.name) || text(l.locale)} (${text(l.locale)})`, value: text(l.locale) }));
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
