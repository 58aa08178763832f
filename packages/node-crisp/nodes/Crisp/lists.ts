/**
 * Crisp's lists, declared once and used by the operations, the dropdowns and the polling trigger.
 * Paging is a page number in the path, 1-based, ending on an empty `data: []` (no list answer
 * carries a total). Conversations and people profiles take `per_page` 20–50: we ask for 50. The
 * other lists use the server's own page size, which Crisp does not document (size 0 = unknown).
 */
import type { IDataObject } from 'n8n-workflow';
import { apiPath, listRecords, paging, type ListSpec, type Paging } from '@leadchat/core';

/** The largest page Crisp serves for conversations and people profiles. */
export const PER_PAGE = 50;

/** Page numbers in the path, with the server's own page size (unknown: only an empty page ends the list). */
const PAGE_IN_PATH = paging.pageNumber(0, { inPath: true });

/** `data` is the list itself (the transport already unwrapped the envelope). */
const asList = (body: unknown) => ({ items: (Array.isArray(body) ? body : []) as IDataObject[] });

/** Websites the plugin token reaches (plugin tier only). */
export const websitesList: ListSpec<{ configuredOnly?: boolean }> = {
	request: (p) => ({ method: 'GET', path: '/plugin/connect/websites/all', family: 'root', qs: { filter_configured: p.configuredOnly ? 1 : undefined } }),
	paging: PAGE_IN_PATH,
	read: asList,
	key: 'website_id',
};

/**
 * Conversations of the website with the query (search, filters, order) the parameters give,
 * newest activity first unless an order is given. Operations pass a function of their own
 * parameters, so their list is typed by their fields.
 */
export function conversationsWith<P>(qs: (p: P) => IDataObject | undefined): ListSpec<P> {
	return perPageList('/conversations', 'session_id', qs);
}

/** A list that takes `per_page` (conversations, people profiles), read PER_PAGE records a page. */
function perPageList<P>(path: string, key: string, qs: (p: P) => IDataObject | undefined): ListSpec<P> {
	return {
		request: (p) => ({ method: 'GET', path, qs: { per_page: PER_PAGE, ...qs(p) } }),
		paging: paging.pageNumber(PER_PAGE, { inPath: true }),
		read: asList,
		key,
	};
}

/** Conversations of the website, with a ready query. */
export const conversationsList = conversationsWith((p: { qs?: IDataObject }) => p.qs);

/** A conversation's visitor email, compared without case. */
const emailOf = (c: IDataObject) => {
	const email = (c.meta as IDataObject | undefined)?.email;
	return typeof email === 'string' ? email.trim().toLowerCase() : '';
};

/**
 * The conversations of one email address: Crisp's text search for the address (it matches the
 * visitor's email, and also any message that mentions it), walked page by page like the
 * conversation list, keeping only conversations whose visitor email is that address.
 */
export const conversationsByEmailList: ListSpec<{ email: string; includeEmpty?: boolean }> = {
	...conversationsWith((p: { email: string; includeEmpty?: boolean }) => ({ search_type: 'text', search_query: p.email, include_empty: p.includeEmpty ? 1 : undefined })),
	paging: (p) =>
		paging.walk(async function* (fetch, req, wanted) {
			const email = p.email.trim().toLowerCase();
			let found = 0;
			for await (const c of listRecords(fetch, { ...conversationsList, request: () => req }, {})) {
				if (emailOf(c) !== email) continue;
				yield c;
				if (++found >= wanted) return;
			}
		}),
};

/**
 * People profiles of the website with the query (search text, filter, sort) the parameters give,
 * newest first unless a sort is given. Operations pass a function of their own parameters, so
 * their list is typed by their fields.
 */
export function peopleWith<P>(qs: (p: P) => IDataObject | undefined): ListSpec<P> {
	return perPageList('/people/profiles', 'people_id', qs);
}

/** People profiles of the website, with a ready query. */
export const peopleList = peopleWith((p: { qs?: IDataObject }) => p.qs);

/** Operators of the website (not paginated). */
export const operatorsList: ListSpec<Record<string, never>> = {
	request: () => ({ method: 'GET', path: '/operators/list' }),
	paging: paging.whole(),
	read: asList,
	key: (o) => ((o.details as IDataObject | undefined)?.user_id as string | undefined) ?? (o.user_id as string | undefined),
};

/** Inboxes of the website. */
export const inboxesList = pagedList<Record<string, never>>(() => '/inboxes/list', undefined, 'inbox_id');

/** Crisp's message timestamps are milliseconds; a text or number that is not one is left out. */
const timestampOf = (m: IDataObject) => (typeof m.timestamp === 'number' && Number.isFinite(m.timestamp) ? m.timestamp : undefined);

/** Where a walk over a conversation's messages starts and ends (timestamps in ms), and its order. */
export interface MessageWalk {
	sessionId: string;
	/** Only messages older than this. */
	before?: number;
	/** Only messages newer than this: the walk ends at the first one at or before it. */
	after?: number;
	/** Give the messages found oldest first (the walk still reads newest first). */
	oldestFirst?: boolean;
}

/**
 * Messages of a conversation, newest first, over Crisp's timestamp cursor: each answer is a batch
 * (of a size Crisp does not document) of the newest messages older than `timestamp_before`, oldest
 * first. The next batch is asked for before the oldest timestamp + 1 ms, so messages sharing the
 * oldest millisecond with the batch boundary are read again rather than skipped (each is returned
 * once, by fingerprint); the walk ends on a batch with nothing older. Operations pass a function of
 * their own parameters, so their list is typed by their fields.
 */
export function messagesWith<P>(walk: (p: P) => MessageWalk): ListSpec<P> {
	return {
		request: (p) => {
			const w = walk(p);
			return { method: 'GET', path: apiPath`/conversation/${w.sessionId}/messages`, qs: { timestamp_before: w.before } };
		},
		paging: paging.cursorParam('timestamp_before', (body, page) => {
			const batch = asList(body).items;
			// Some messages were at or before `after`: nothing older is wanted.
			if (page.items.length < batch.length) return undefined;
			const times = batch.map(timestampOf).filter((t): t is number => t !== undefined);
			return times.length ? Math.min(...times) + 1 : undefined;
		}),
		read: (body, p) => {
			const { after } = walk(p);
			return { items: asList(body).items.filter((m) => after === undefined || (timestampOf(m) ?? Infinity) > after).reverse() };
		},
		key: 'fingerprint',
		finish: (records, p) => (walk(p).oldestFirst ? [...records].reverse() : records),
	};
}

/** Messages of a conversation, newest first (see `messagesWith`). */
export const messagesList = messagesWith((p: MessageWalk) => p);

/** The English name of a language code ("es" → "Spanish"); '' for a code Intl does not know. */
function languageName(code: string): string {
	try {
		const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
		return name ?? '';
	} catch {
		return '';
	}
}

/**
 * A helpdesk locale as the Locale lists show it: "Spanish (es)" → es. Crisp's locale carries no
 * name (its own name, if one comes, wins); the language's English name comes from Intl.
 */
export function helpdeskLocaleOption(l: IDataObject): { name: string; value: string } {
	const code = typeof l.locale === 'string' ? l.locale : l.locale === undefined || l.locale === null ? '' : String(l.locale);
	const name = (typeof l.name === 'string' && l.name) || languageName(code) || code;
	return { name: `${name} (${code})`, value: code };
}

/** Helpdesk locales of the website. */
export const helpdeskLocalesList = pagedList<Record<string, never>>(() => '/helpdesk/locales', undefined, 'locale');

/** Campaigns of the website, most recently updated first. */
export const campaignsList = pagedList<Record<string, never>>(() => '/campaigns/list', undefined, 'campaign_id');

/** Campaign templates of the website (without their content). */
export const campaignTemplatesList = pagedList<Record<string, never>>(() => '/campaigns/templates', undefined, 'template_id');

/** A page-numbered list of one conversation (`/conversation/{session_id}/pages`, `…/events`, `…/files`). */
export const conversationSubList = (sub: 'pages' | 'events' | 'files'): ListSpec<{ sessionId: string }> =>
	pagedList((p: { sessionId: string }) => `${apiPath`/conversation/${p.sessionId}`}/${sub}`);

/** A GET list of the website, read as `how` says: its path, query and record key are the parameters'. */
function plainList<P>(how: Paging, path: (p: P) => string, qs?: (p: P) => IDataObject, key?: ListSpec<P>['key']): ListSpec<P> {
	return { request: (p) => ({ method: 'GET', path: path(p), qs: qs?.(p) }), paging: how, read: asList, key: key ?? false };
}

/** A page-numbered list of the website with the server's page size (path without the page number). */
export function pagedList<P>(path: (p: P) => string, qs?: (p: P) => IDataObject, key?: ListSpec<P>['key']): ListSpec<P> {
	return plainList(PAGE_IN_PATH, path, qs, key);
}

/** A list Crisp sends whole. */
export function wholeList<P>(path: (p: P) => string, qs?: (p: P) => IDataObject, key?: ListSpec<P>['key']): ListSpec<P> {
	return plainList(paging.whole(), path, qs, key);
}

/** Teams of the website. */
export const teamsList = pagedList<unknown>(() => '/teams/list', undefined, 'team_id');

/** Segments Crisp suggests from the website's conversations and people (`{segment, count}`, most used first). */
export const conversationSegmentsList = pagedList<unknown>(() => '/conversations/suggest/segments', undefined, 'segment');
export const peopleSegmentsList = pagedList<unknown>(() => '/people/suggest/segments', undefined, 'segment');

/**
 * The paging and reading of a page-numbered list with the server's page size, for a list declared in
 * its operation, whose parameters are then typed from the operation's fields (a call such as
 * `pagedList((p) => …)` is typed before the fields are, so its `p` would be unknown):
 * `list: { ...pageInPath, request: (p) => ({ method: 'GET', path: apiPath\`/campaign/${p.campaignId}/recipients\` }), key: 'people_id' }`.
 */
export const pageInPath = { paging: PAGE_IN_PATH, read: asList };
