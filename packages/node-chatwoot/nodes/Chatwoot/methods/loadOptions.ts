import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { apiPath, collectList, platformFetch } from '@leadchat/core';
import { getAll as articleList } from '../actions/article/getAll.operation';
import { declaredList } from '../helpers/lists';
import { chatwoot, chatwootRequest } from '../transport';
import { channelName } from './channels';
import { wholeList } from './lists';

// The node's dropdowns (the `loadOptionsMethod` of its options fields).

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/labels' });
	const labels = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
	return labels.map((l) => ({ name: String(l.title), value: String(l.title), description: (l.description as string) || undefined })).sort(byName);
}

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/agents' });
	return ((body ?? []) as IDataObject[]).map((a) => ({ name: String(a.available_name ?? a.name), value: String(a.id), description: String(a.email ?? '') })).sort(byName);
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/teams' });
	return ((body ?? []) as IDataObject[]).map((t) => ({ name: String(t.name), value: String(t.id) })).sort(byName);
}

export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/inboxes' });
	const inboxes = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
	return inboxes.map((i) => ({ name: String(i.name), value: String(i.id), description: channelName(i.channel_type) || undefined })).sort(byName);
}

// Dropdowns of the account administration resources whose values are ids (getLabels above gives
// label titles).

function portalSlugOf(ctx: ILoadOptionsFunctions): string | undefined {
	const slug = ctx.getCurrentNodeParameter('portalSlug', { extractValue: true }) as string | undefined;
	return slug && String(slug).trim() !== '' ? String(slug).trim() : undefined;
}

/** Labels by id (reports, campaign audiences). */
export async function getLabelIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const labels = await wholeList(this, '/labels');
	return labels.map((l) => ({ name: String(l.title), value: String(l.id), description: (l.description as string) || undefined })).sort(byName);
}

export async function getIntegrationApps(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const apps = await wholeList(this, '/integrations/apps');
	return apps.map((a) => ({ name: String(a.name ?? a.id), value: String(a.id), description: (a.description as string) || undefined })).sort(byName);
}

/** Portals by numeric id (an inbox's help center). */
export async function getPortalIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const portals = await wholeList(this, '/portals');
	return portals.map((p) => ({ name: String(p.name), value: String(p.id), description: String(p.slug ?? '') })).sort(byName);
}

/** Categories of the portal chosen in "Portal". */
export async function getCategoryIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const slug = portalSlugOf(this);
	if (!slug) return [];
	const categories = await wholeList(this, apiPath`/portals/${slug}/categories`);
	return categories.map((c) => ({ name: `${String(c.name)} (${String(c.locale)})`, value: String(c.id) })).sort(byName);
}

/** Articles of the portal chosen in "Portal": the first 100, read as Article → Get Many reads them. */
export async function getArticleIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const slug = portalSlugOf(this);
	if (!slug) return [];
	const params = { portalSlug: slug, returnAll: false, limit: 100, filters: {} };
	const articles = await collectList(platformFetch(this, chatwoot), declaredList(articleList), params, params);
	return articles.map((a) => ({ name: `${String(a.title)}${a.locale ? ` (${String(a.locale)})` : ''}`, value: String(a.id) })).sort(byName);
}
