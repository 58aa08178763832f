import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { collectList, listPage, optionName, platformFetch } from '@leadchat/core';
import { campaignTemplatesList, campaignsList, conversationsList, helpdeskLocaleOption, helpdeskLocalesList, peopleList, websitesList } from '../lists';
import { CRISP_CREDENTIAL, crisp } from '../transport';
import { CAMPAIGN_TYPES, STATES, TEMPLATE_FORMATS } from '../options';

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const contains = (haystack: unknown[], filter?: string) => !filter || haystack.some((h) => text(h).toLowerCase().includes(filter.toLowerCase()));

/**
 * Websites the token reaches. Only plugin tokens can list websites; for a website token the list
 * holds the credential's default website.
 */
export async function searchWebsites(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials(CRISP_CREDENTIAL);
	if (credentials.tier !== 'plugin') {
		const id = text(credentials.websiteId);
		return { results: id ? [{ name: `Default website (${id})`, value: id }] : [] };
	}
	const page = await listPage(platformFetch(this, crisp), websitesList, {}, paginationToken);
	return {
		results: page.records
			.filter((w) => contains([w.name, w.domain, w.website_id], filter))
			.map((w) => ({ name: `${text(w.name) || text(w.website_id)}${w.domain ? ` (${text(w.domain)})` : ''}`, value: text(w.website_id), url: w.domain ? `https://${text(w.domain)}` : undefined })),
		paginationToken: page.next,
	};
}

/** Conversations, newest first; the filter is Crisp's own text search. */
export async function searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const qs: IDataObject = filter?.trim() ? { search_query: filter.trim(), search_type: 'text' } : {};
	const page = await listPage(platformFetch(this, crisp), conversationsList, { qs }, paginationToken);
	return {
		results: page.records.map((c) => {
			const meta = (c.meta ?? {}) as IDataObject;
			const who = text(meta.nickname) || text(meta.email) || 'visitor';
			return { name: `${who} · ${c.state ? optionName(STATES, c.state) : 'conversation'}${c.last_message ? ` · ${text(c.last_message).slice(0, 40)}` : ''}`, value: text(c.session_id) };
		}),
		paginationToken: page.next,
	};
}

/** People profiles; the filter is Crisp's text search (name, email…). */
export async function searchPeople(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const qs: IDataObject = filter?.trim() ? { search_text: filter.trim() } : {};
	const page = await listPage(platformFetch(this, crisp), peopleList, { qs }, paginationToken);
	return {
		results: page.records.map((p) => {
			const person = (p.person ?? {}) as IDataObject;
			return { name: `${text(person.nickname) || text(p.email) || text(p.people_id)}${p.email && person.nickname ? ` <${text(p.email)}>` : ''}`, value: text(p.people_id) };
		}),
		paginationToken: page.next,
	};
}

/** Campaigns, most recently updated first; the filter matches the name, subject or tag. */
export async function searchCampaigns(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listPage(platformFetch(this, crisp), campaignsList, {}, paginationToken);
	return {
		results: page.records
			.filter((c) => contains([c.name, c.subject, c.tag, c.campaign_id], filter))
			.map((c) => ({ name: `${text(c.name) || text(c.campaign_id)}${c.type ? ` (${optionName(CAMPAIGN_TYPES, c.type)})` : ''}`, value: text(c.campaign_id) })),
		paginationToken: page.next,
	};
}

/** Campaign templates; the filter matches the name. */
export async function searchCampaignTemplates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = await listPage(platformFetch(this, crisp), campaignTemplatesList, {}, paginationToken);
	return {
		results: page.records
			.filter((t) => contains([t.name, t.template_id], filter))
			.map((t) => ({ name: `${text(t.name) || text(t.template_id)}${t.format ? ` (${optionName(TEMPLATE_FORMATS, t.format)})` : ''}`, value: text(t.template_id) })),
		paginationToken: page.next,
	};
}

/** Helpdesk locales ("English (en)" → en), one short list; the filter matches the name or the code. */
export async function searchHelpdeskLocales(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const locales = await collectList(platformFetch(this, crisp), helpdeskLocalesList, {}, { returnAll: true });
	return {
		results: locales
			.map(helpdeskLocaleOption)
			.filter((o) => contains([o.name], filter)),
	};
}
