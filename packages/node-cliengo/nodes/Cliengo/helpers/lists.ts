/**
 * Cliengo's lists as data, for core's router (Return All / Limit), the dropdowns and the trigger:
 * - sites, users, conversations and chatbots page by `offset`/`limit`; Cliengo refuses offsets above
 *   1000, so Return All on a longer list fails with a clear error instead of returning a short one;
 * - contacts page the same way, and Get Many walks date windows past the cap (`contactWalk`);
 * - notes, messages, history and chatbot triggers are served whole (a bare array).
 */
import { compact, paging, type ListSpec } from '@leadchat/core';
import { listItems } from '../transport';

/** Largest page asked of Cliengo (its maximum is undocumented; 50 is known to work). */
export const PAGE_SIZE = 50;
/** Cliengo refuses offsets above this ("Offset cannot be greater than 1000"). */
export const MAX_OFFSET = 1000;

/** `?offset=&limit=` up to Cliengo's offset cap. */
export const byCliengoOffset = paging.offset(PAGE_SIZE, { maxOffset: MAX_OFFSET, platform: 'Cliengo' });

const offsetList = (path: string): ListSpec<unknown> => ({ request: () => ({ method: 'GET', path }), paging: byCliengoOffset, read: listItems });

export const siteList = offsetList('/sites');
export const userList = offsetList('/users');
export const conversationList = offsetList('/conversations');
export const chatbotList = offsetList('/sites/chatbots');

/** The filters of `GET /contacts`; the days are `YYYY-MM-DD` (since inclusive, until exclusive). */
export interface ContactFilters {
	query?: string;
	websiteId?: string;
	assignedTo?: string;
	status?: string;
	since?: string;
	until?: string;
	lastUpdated?: string;
}

/** Contacts newest first, with only the filters that are set. */
export const contactList: ListSpec<ContactFilters> = {
	request: (f) => ({
		method: 'GET',
		path: '/contacts',
		qs: compact({ query: f.query, websiteId: f.websiteId, assignedTo: f.assignedTo, status: f.status, lastUpdated: f.lastUpdated, since: f.since, until: f.until }, 'empty'),
	}),
	paging: byCliengoOffset,
	read: listItems,
};

/** The paging of a sub-list Cliengo serves whole (a bare array): Limit keeps the first N. */
export const servedWhole = { paging: paging.whole(), read: listItems };
