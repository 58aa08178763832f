import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { apiPath } from '@leadchat/core';
import { chatwootRequest } from '../transport';

// Dropdowns of the admin resources whose values are ids (the shared getLabels gives label titles).

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

async function listOf(ctx: ILoadOptionsFunctions, path: string, qs?: IDataObject): Promise<IDataObject[]> {
	const { body } = await chatwootRequest.call(ctx, { method: 'GET', path, qs });
	const b = body as any;
	return Array.isArray(b) ? b : Array.isArray(b?.payload) ? b.payload : [];
}

function portalSlugOf(ctx: ILoadOptionsFunctions): string | undefined {
	const slug = ctx.getCurrentNodeParameter('portalSlug', { extractValue: true }) as string | undefined;
	return slug && String(slug).trim() !== '' ? String(slug).trim() : undefined;
}

/** Labels by id (reports, campaign audiences). */
export async function getLabelIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const labels = await listOf(this, '/labels');
	return labels.map((l) => ({ name: String(l.title), value: String(l.id), description: (l.description as string) || undefined })).sort(byName);
}

export async function getIntegrationApps(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const apps = await listOf(this, '/integrations/apps');
	return apps.map((a) => ({ name: String(a.name ?? a.id), value: String(a.id), description: (a.description as string) || undefined })).sort(byName);
}

/** Portals by numeric id (an inbox's help center). */
export async function getPortalIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const portals = await listOf(this, '/portals');
	return portals.map((p) => ({ name: String(p.name), value: String(p.id), description: String(p.slug ?? '') })).sort(byName);
}

/** Categories of the portal chosen in "Portal". */
export async function getCategoryIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const slug = portalSlugOf(this);
	if (!slug) return [];
	const categories = await listOf(this, apiPath`/portals/${slug}/categories`);
	return categories.map((c) => ({ name: `${String(c.name)} (${String(c.locale)})`, value: String(c.id) })).sort(byName);
}

/** Articles of the portal chosen in "Portal" (the first pages: up to 100 articles). */
export async function getArticleIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const slug = portalSlugOf(this);
	if (!slug) return [];
	const out: INodePropertyOptions[] = [];
	const seen = new Set<string>();
	for (let page = 1; page <= 10 && out.length < 100; page++) {
		const articles = await listOf(this, apiPath`/portals/${slug}/articles`, { page });
		const fresh = articles.filter((a) => !seen.has(String(a.id)));
		if (fresh.length === 0) break;
		for (const a of fresh) {
			seen.add(String(a.id));
			out.push({ name: `${String(a.title)}${a.locale ? ` (${String(a.locale)})` : ''}`, value: String(a.id) });
		}
	}
	return out.slice(0, 100).sort(byName);
}
