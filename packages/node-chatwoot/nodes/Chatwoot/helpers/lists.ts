import type { IDataObject } from 'n8n-workflow';
import { ApplicationError } from 'n8n-workflow';
import { paging, readItems, type ListSpec, type OperationSpec, type PageResult, type Paging } from '@leadchat/core';

/**
 * How Chatwoot serves its lists: the page size of each `?page=N` list (the server takes no
 * per-page parameter), and readers for the envelopes its pages come in. List operations declare
 * their list with these; the router walks it.
 */
export const PAGE_SIZE = {
	/** Contacts, online contacts, contact filter and contact search (RESULTS_PER_PAGE). */
	contacts: 15,
	/** Conversations, conversation filter and search (CONVERSATION_RESULTS_PER_PAGE, default 25). */
	conversations: 25,
	/** Messages: the latest, or older than `before=<id>` (the Client API's list, and the first page of a Limit). */
	messagesBefore: 20,
	/** Messages with `after=<id>` and `before=<id>`: the oldest 1000 in between. */
	messagesBetween: 1000,
	attachments: 100,
	/** Fallback only: the walk follows the pages' `per_page` and `total_entries`. */
	auditLogs: 15,
	notifications: 15,
	csat: 25,
	/** Every type of the account search (SearchService). */
	search: 15,
	/** Fallback only: the walk follows `meta.total_pages`. */
	reportingEvents: 25,
	/** A portal's articles: Kaminari's default page (the controller sets none; inferred, as in the fake). */
	articles: 25,
	/** Companies and company search (Enterprise; inferred, as in the fake). */
	companies: 25,
	/** A company's contacts and the contacts search for it (RESULTS_PER_PAGE). */
	companyContacts: 15,
} as const;

/** A JSON object in a body, else an empty one. */
const objectIn = (value: unknown): IDataObject => (value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});
const arrayIn = (value: unknown): IDataObject[] => (Array.isArray(value) ? (value as IDataObject[]) : []);
const numberIn = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** `{meta:{count}, payload}`: count is the total (contacts, contacts/active, contacts/filter). */
export const readCountedPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	return { items: arrayIn(o.payload), total: numberIn(objectIn(o.meta).count) };
};

/** `{meta:{count, has_more}, payload}` of contacts/search: count is only this page's rows. */
export const readHasMorePage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	const hasMore = objectIn(o.meta).has_more;
	return { items: arrayIn(o.payload), hasMore: typeof hasMore === 'boolean' ? hasMore : undefined };
};

/** `{data:{meta:{…_count}, payload}}` of conversations: the count that matches the assignee filter. */
export const readConversationPage =
	(assigneeType: string | undefined) =>
	(body: unknown): PageResult<IDataObject> => {
		const o = objectIn(body);
		const data = objectIn(o.data ?? o);
		const key = { me: 'mine_count', unassigned: 'unassigned_count', assigned: 'assigned_count' }[assigneeType ?? 'all'] ?? 'all_count';
		return { items: arrayIn(data.payload), total: numberIn(objectIn(data.meta)[key]) };
	};

/** `{meta:{mine_count, unassigned_count, all_count}, payload}` of POST /conversations/filter. */
export const readConversationFilterPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	const data = objectIn(o.data);
	return { items: arrayIn(o.payload ?? data.payload), total: numberIn(objectIn(o.meta ?? data.meta).all_count) };
};

/** `{meta:{total_count}, payload}` of a conversation's or a contact's attachments, and of companies and their contacts. */
export const readAttachmentPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	return { items: arrayIn(o.payload), total: numberIn(objectIn(o.meta).total_count) };
};

/** `{meta:{articles_count}, payload}` of a portal's articles: articles_count is the total that match. */
export const readArticlePage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	return { items: arrayIn(o.payload), total: numberIn(objectIn(o.meta).articles_count) };
};

/** `{data:{meta:{count, unread_count}, payload}}` of notifications: count is the total. */
export const readNotificationPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	const data = objectIn(o.data ?? o);
	return { items: arrayIn(data.payload), total: numberIn(objectIn(data.meta).count) };
};

/** `{per_page, total_entries, current_page, audit_logs}` of audit logs: more while page × per_page < total. */
export const readAuditLogPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	const [perPage, total, page] = [numberIn(o.per_page), numberIn(o.total_entries), numberIn(o.current_page)];
	return { items: arrayIn(o.audit_logs), hasMore: perPage !== undefined && total !== undefined && page !== undefined ? page * perPage < total : undefined };
};

/** `{meta:{count, current_page, total_pages}, payload}` of reporting events: more while current_page < total_pages. */
export const readTotalPagesPage = (body: unknown): PageResult<IDataObject> => {
	const o = objectIn(body);
	const meta = objectIn(o.meta);
	const [page, pages] = [numberIn(meta.current_page), numberIn(meta.total_pages)];
	return { items: arrayIn(o.payload), hasMore: page !== undefined && pages !== undefined ? page < pages : undefined, total: numberIn(meta.count) };
};

/** `{payload:{<type>:[…]}}` of one type of the account search (`GET /search/{type}`). */
export const readSearchPage =
	(type: string) =>
	(body: unknown): PageResult<IDataObject> => ({ items: arrayIn(objectIn(objectIn(body).payload)[type]) });

/** The webhooks of the account: `{payload:{webhooks:[…]}}` as the server sends them, or a bare array as the spec says. */
export const readWebhooks = (body: unknown): PageResult<IDataObject> => ({
	items: Array.isArray(body) ? arrayIn(body) : arrayIn(objectIn(objectIn(body).payload).webhooks),
});

/**
 * Messages of a conversation (account and Client API alike): no cursor gives the latest 20, then
 * `before=<id>` the 20 older than that id, until a short page. Read with `readNewestFirst`, the
 * cursor is the oldest id read so far: walking backwards by id has no gaps or repeats even while
 * new messages arrive.
 */
export const messagesBefore: Paging = paging.cursorParam('before', (_body, page) =>
	page.items.length < PAGE_SIZE.messagesBefore ? undefined : Number(page.items[page.items.length - 1].id),
);

/** A `before` bound above every message id (Ruby's `to_i` reads it whole, SQL compares it as a bigint). */
const ABOVE_ALL_IDS = Number.MAX_SAFE_INTEGER;
/** At most this many messages are aimed at in one `after`+`before` window, so a window rarely comes back full. */
const WINDOW_AIM = 800;

const messageId = (m: IDataObject) => Number(m.id);

/**
 * The fewest requests Chatwoot's message finder allows (`app/finders/message_finder.rb`): the latest
 * 20 with no params, 20 with `before`, but the oldest 1000 with `after` (inclusive) + `before`. Ids
 * are the account's (not the conversation's), so a conversation's ids have gaps.
 *
 * - Return All: windows of 1000 from the oldest, `after=<next id>&before=<above all ids>`, until a
 *   window comes back short (1,001 messages: 2 requests). A message created during the read has a
 *   higher id than every window read so far, so it comes in the last window or not at all: no gap,
 *   no repeat.
 * - Limit (the latest N): the latest 20 first (a Limit up to 20 ends there). Below them, windows
 *   `[after, before)` reach back from the oldest message in hand, each as wide in ids as the
 *   density seen so far says holds about what is still wanted (at least √(wanted × 1000), at most
 *   800 messages), so most Limits take 2 requests. A window that comes back full (the density
 *   rose) is kept, and the next window aims inside the gap above it; one that brings far fewer
 *   than aimed at (the conversation's start is near) makes the next reach id 0. Every window is below the
 *   first page, so messages created during the read are not part of it.
 *
 * Yields newest first.
 */
export const messagesWindows: Paging = paging.walk(async function* (fetch, request, wanted) {
	const window = async (qs: IDataObject) => readNewestFirst(await fetch({ ...request, qs: { ...request.qs, ...qs } })).items;
	if (wanted === Infinity) {
		const windows: IDataObject[][] = [];
		for (let after = 0; ; ) {
			const rows = await window({ after, before: ABOVE_ALL_IDS });
			windows.push(rows);
			if (rows.length < PAGE_SIZE.messagesBetween) break;
			after = messageId(rows[0]) + 1;
		}
		for (const rows of windows.reverse()) yield* rows;
		return;
	}
	const latest = await window({});
	const known = new Map<number, IDataObject>(latest.map((m) => [messageId(m), m]));
	if (latest.length >= PAGE_SIZE.messagesBefore && wanted > latest.length) {
		// Known: every message with an id in [lo, hi]; full windows below lo, each with a gap above it.
		const hi = messageId(latest[0]);
		let lo = messageId(latest[latest.length - 1]);
		let density = latest.length / (hi - lo + 1);
		let toStart = false;
		const held: Array<{ from: number; to: number; rows: IDataObject[] }> = [];
		while (known.size < wanted && lo > 0) {
			const need = wanted - known.size;
			const aim = Math.min(WINDOW_AIM, Math.max(need, Math.sqrt(need * PAGE_SIZE.messagesBetween)));
			const below = held[held.length - 1];
			const from = Math.max(below ? below.to + 1 : 0, toStart ? 0 : lo - Math.ceil(aim / density));
			const rows = await window({ after: from, before: lo });
			const to = rows.length ? messageId(rows[0]) : from;
			if (rows.length >= PAGE_SIZE.messagesBetween && to < lo - 1) {
				held.push({ from, to, rows });
				toStart = false;
				// The density next to the gap: that of the window's newest 100.
				const near = Math.min(rows.length, 100);
				density = near / (to - messageId(rows[near - 1]) + 1);
				continue;
			}
			for (const m of rows) known.set(messageId(m), m);
			density = known.size / (hi - from + 1);
			// Far fewer than aimed at: the conversation probably starts near, so the next window reaches id 0.
			toStart = rows.length < aim / 2;
			lo = from;
			if (below && from === below.to + 1) {
				for (const m of below.rows) known.set(messageId(m), m);
				lo = below.from;
				held.pop();
			}
		}
	}
	yield* [...known.values()].sort((a, b) => messageId(b) - messageId(a)).slice(0, wanted);
});

/** A page of messages (`{payload}` or a bare array, oldest first as the server sends it), newest first. */
export const readNewestFirst = (body: unknown): PageResult<IDataObject> => ({ items: [...readItems(body).items].sort((a, b) => Number(b.id) - Number(a.id)) });

/** The list an operation declares, for a dropdown or an operation that reads the same list (same requests). */
export function declaredList<P>(op: OperationSpec<P>): ListSpec<P> {
	if (!op.list) throw new ApplicationError(`The operation ${op.resource} → ${op.operation} declares no list`);
	return op.list;
}

/** Unwraps `{payload: …}` where the server wraps (contacts, labels, inboxes), else the body itself. */
export const payloadOf = (body: unknown): IDataObject => (body && typeof body === 'object' && !Array.isArray(body) && 'payload' in body ? (body as IDataObject).payload : body) as IDataObject;
