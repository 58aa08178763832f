import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiPath, optionName } from '@leadchat/core';
import { getAll as articleList } from '../actions/article/getAll.operation';
import { getAll as companyList } from '../actions/company/getAll.operation';
import { search as companySearch } from '../actions/company/search.operation';
import { getAll as contactList } from '../actions/contact/getAll.operation';
import { search as contactSearch } from '../actions/contact/search.operation';
import { getAll as conversationList } from '../actions/conversation/getAll.operation';
import { getAll as csatList } from '../actions/csat/getAll.operation';
import { declaredList, readWebhooks } from '../helpers/lists';
import { chatwootRequest } from '../transport';
import { CONVERSATION_STATUSES } from '../descriptions/conversations';
import { channelName } from './channels';
import { filtered, searchPage, wholeList } from './lists';

// The node's list searches (the `searchListMethod` of its resource locators). Lists the server
// sends whole are filtered here; the filter matches the name shown or the id.

/**
 * The Account locator: the accounts the token belongs to (from its profile), the credential's
 * default marked; the filter matches the name or the id.
 */
export async function searchAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/profile', family: 'root' });
	const accounts = (((body ?? {}) as IDataObject).accounts ?? []) as IDataObject[];
	const fallback = String((await this.getCredentials('leadchatChatwootApi')).accountId ?? '');
	const items = accounts
		.map((a) => ({ name: `${String(a.name)} (${String(a.id)})${String(a.id) === fallback ? " · the credential's default" : ''}`, value: String(a.id) }))
		.sort((x, y) => x.name.localeCompare(y.name));
	return filtered(items, filter);
}

/** Contacts by name, email, phone or identifier (the server's search), or the newest ones. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const item = (c: IDataObject) => ({ name: String(c.name || c.email || c.phone_number || `#${c.id}`), value: String(c.id), url: undefined });
	const query = filter?.trim();
	const all = { returnAll: false, limit: undefined };
	return query
		? searchPage(this, declaredList(contactSearch), { ...all, query, options: {} }, paginationToken, item)
		: searchPage(this, declaredList(contactList), { ...all, options: { sort: 'last_activity_at', direction: 'desc' } }, paginationToken, item);
}

/** Conversations of every status, newest activity first; the filter is the server's conversation search text. */
export async function searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { status: 'all', assigneeType: 'all', returnAll: false, limit: undefined, filters: { query: filter?.trim() || undefined } };
	return searchPage(this, declaredList(conversationList), params, paginationToken, (c) => {
		const sender = ((c.meta as IDataObject | undefined)?.sender ?? {}) as IDataObject;
		return { name: `#${c.id} · ${String(sender.name ?? 'unknown contact')} (${optionName(CONVERSATION_STATUSES, c.status)})`, value: String(c.id) };
	});
}

/** Companies (Enterprise) by name or domain (the server's search), or all by name. */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const item = (c: IDataObject) => ({ name: c.domain ? `${String(c.name)} (${String(c.domain)})` : String(c.name), value: String(c.id) });
	const query = filter?.trim();
	const all = { returnAll: false, limit: undefined };
	return query ? searchPage(this, declaredList(companySearch), { ...all, query }, paginationToken, item) : searchPage(this, declaredList(companyList), all, paginationToken, item);
}

export async function searchInboxes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const inboxes = await wholeList(this, '/inboxes');
	return filtered(inboxes.map((i) => ({ name: channelName(i.channel_type) ? `${String(i.name)} (${channelName(i.channel_type)})` : String(i.name), value: String(i.id) })), filter);
}

export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const agents = await wholeList(this, '/agents');
	return filtered(agents.map((a) => ({ name: `${String(a.available_name ?? a.name)} <${String(a.email)}>`, value: String(a.id) })), filter);
}

export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const teams = await wholeList(this, '/teams');
	return filtered(teams.map((t) => ({ name: String(t.name), value: String(t.id) })), filter);
}

// The account administration objects (agent bots, labels, canned responses, attributes, filters,
// automation, macros, campaigns, webhooks, dashboard apps, integrations, the Help Center).

const short = (text: unknown, max = 40) => {
	const s = String(text ?? '').replace(/\s+/g, ' ').trim();
	return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** The portal slug chosen in the "Portal" parameter of the same operation. */
function portalSlugOf(ctx: ILoadOptionsFunctions): string {
	const slug = ctx.getCurrentNodeParameter('portalSlug', { extractValue: true }) as string | undefined;
	if (!slug || String(slug).trim() === '') throw new NodeOperationError(ctx.getNode(), 'Choose a portal first');
	return String(slug).trim();
}

export async function searchAgentBots(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const bots = await wholeList(this, '/agent_bots');
	return filtered(bots.map((b) => ({ name: String(b.name), value: String(b.id) })), filter);
}

export async function searchLabels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const labels = await wholeList(this, '/labels');
	return filtered(labels.map((l) => ({ name: String(l.title), value: String(l.id) })), filter);
}

export async function searchCannedResponses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const list = await wholeList(this, '/canned_responses');
	return filtered(list.map((c) => ({ name: `${String(c.short_code)} · ${short(c.content)}`, value: String(c.id) })), filter);
}

export async function searchCustomAttributes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const [conversation, contact] = await Promise.all(['0', '1'].map((model) => wholeList(this, '/custom_attribute_definitions', { attribute_model: model })));
	const items = [
		...contact.map((a) => ({ name: `${String(a.attribute_display_name)} (contact: ${String(a.attribute_key)})`, value: String(a.id) })),
		...conversation.map((a) => ({ name: `${String(a.attribute_display_name)} (conversation: ${String(a.attribute_key)})`, value: String(a.id) })),
	];
	return filtered(items, filter);
}

export async function searchCustomFilters(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const types = ['conversation', 'contact', 'report'];
	const lists = await Promise.all(types.map((type) => wholeList(this, '/custom_filters', { filter_type: type })));
	const items = lists.flatMap((list, i) => list.map((f) => ({ name: `${String(f.name)} (${types[i]})`, value: String(f.id) })));
	return filtered(items, filter);
}

export async function searchAutomationRules(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const rules = await wholeList(this, '/automation_rules');
	return filtered(rules.map((r) => ({ name: `${String(r.name)} (${String(r.event_name)})`, value: String(r.id) })), filter);
}

export async function searchMacros(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const macros = await wholeList(this, '/macros');
	return filtered(macros.map((m) => ({ name: `${String(m.name)} (${String(m.visibility ?? 'personal')})`, value: String(m.id) })), filter);
}

export async function searchCampaigns(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const campaigns = await wholeList(this, '/campaigns');
	return filtered(campaigns.map((c) => ({ name: String(c.title), value: String(c.id) })), filter);
}

export async function searchWebhooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const hooks = readWebhooks((await chatwootRequest.call(this, { method: 'GET', path: '/webhooks' })).body).items;
	return filtered(hooks.map((w) => ({ name: w.name ? `${String(w.name)} (${String(w.url)})` : String(w.url), value: String(w.id) })), filter);
}

export async function searchDashboardApps(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const apps = await wholeList(this, '/dashboard_apps');
	return filtered(apps.map((a) => ({ name: String(a.title), value: String(a.id) })), filter);
}

export async function searchIntegrationApps(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const apps = await wholeList(this, '/integrations/apps');
	return filtered(apps.map((a) => ({ name: String(a.name ?? a.id), value: String(a.id) })), filter);
}

/** Hooks are listed inside their apps; every hook of every app. */
export async function searchIntegrationHooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const apps = await wholeList(this, '/integrations/apps');
	const items = apps.flatMap((app) =>
		((app.hooks ?? []) as IDataObject[]).map((hook) => ({
			name: `${String(app.name ?? app.id)} #${String(hook.id)}${hook.inbox_id ? ` (inbox ${String(hook.inbox_id)})` : ''}`,
			value: String(hook.id),
		})),
	);
	return filtered(items, filter);
}

export async function searchPortals(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const portals = await wholeList(this, '/portals');
	return filtered(portals.map((p) => ({ name: `${String(p.name)} (${String(p.slug)})`, value: String(p.slug) })), filter);
}

export async function searchCategories(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const slug = portalSlugOf(this);
	const categories = await wholeList(this, apiPath`/portals/${slug}/categories`);
	return filtered(categories.map((c) => ({ name: `${String(c.name)} (${String(c.locale)})`, value: String(c.id) })), filter);
}

/** Articles page by page (the declared list of Article → Get Many); the filter is the server's article search. */
export async function searchArticles(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { portalSlug: portalSlugOf(this), returnAll: false, limit: undefined, filters: { query: filter?.trim() || undefined } };
	return searchPage(this, declaredList(articleList), params, paginationToken, (a) => ({ name: String(a.title), value: String(a.id) }));
}

/** CSAT survey responses page by page, newest first (the declared list of CSAT Survey Response → Get Many); the filter matches within each page (the server has no text filter). */
export async function searchCsatResponses(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { returnAll: false, limit: undefined, filters: {} };
	const page = await searchPage(this, declaredList(csatList), params, paginationToken, (r) => {
		const contact = (r.contact ?? {}) as IDataObject;
		return { name: `#${String(r.conversation_id)} · ${String(contact.name ?? 'unknown contact')} · rating ${String(r.rating)}`, value: String(r.id) };
	});
	const text = filter?.trim().toLowerCase();
	return text ? { ...page, results: page.results.filter((i) => i.name.toLowerCase().includes(text) || String(i.value) === text) } : page;
}
