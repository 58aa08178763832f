import type { IDataObject } from 'n8n-workflow';
import type { PageResult } from '@leadchat/core';

/** `{meta:{count}, payload}`: count is the total (contacts, contacts/active, contacts/filter). */
export const readCountedPage = (body: any): PageResult<IDataObject> => ({
	items: (body?.payload ?? []) as IDataObject[],
	total: typeof body?.meta?.count === 'number' ? body.meta.count : undefined,
});

/** `{meta:{count, has_more}, payload}` of contacts/search: count is only this page's rows. */
export const readHasMorePage = (body: any): PageResult<IDataObject> => ({
	items: (body?.payload ?? []) as IDataObject[],
	hasMore: typeof body?.meta?.has_more === 'boolean' ? body.meta.has_more : undefined,
});

/** `{data:{meta:{…_count}, payload}}` of conversations: the count that matches the assignee filter. */
export const readConversationPage =
	(assigneeType: string | undefined) =>
	(body: any): PageResult<IDataObject> => {
		const data = body?.data ?? body ?? {};
		const meta = data.meta ?? {};
		const key = { me: 'mine_count', unassigned: 'unassigned_count', assigned: 'assigned_count' }[assigneeType ?? 'all'] ?? 'all_count';
		return { items: (data.payload ?? []) as IDataObject[], total: typeof meta[key] === 'number' ? meta[key] : undefined };
	};

/** Unwraps `{payload: …}` where the server wraps (contacts, labels, inboxes), else the body itself. */
export const payloadOf = (body: any): any => (body && typeof body === 'object' && !Array.isArray(body) && 'payload' in body ? body.payload : body);

// Admin group readers.

/** A list the server sends whole (agents, teams, labels, …): everything for Return All, else the first `limit`. */
export function sliceList(items: unknown, p: { returnAll: boolean; limit?: number }): IDataObject[] {
	const list = Array.isArray(items) ? (items as IDataObject[]) : [];
	return p.returnAll ? list : list.slice(0, Math.max(0, p.limit ?? 50));
}

/** `{per_page, total_entries, current_page, audit_logs}` of audit logs: more while page × per_page < total. */
export const readAuditLogPage = (body: any): PageResult<IDataObject> => {
	const items = (body?.audit_logs ?? []) as IDataObject[];
	const { per_page: perPage, total_entries: total, current_page: page } = body ?? {};
	const known = [perPage, total, page].every((n) => typeof n === 'number');
	return { items, hasMore: known ? page * perPage < total : undefined };
};

/** `{meta:{count, current_page, total_pages}, payload}` of reporting events: more while current_page < total_pages. */
export const readTotalPagesPage = (body: any): PageResult<IDataObject> => {
	const meta = body?.meta ?? {};
	const items = (body?.payload ?? []) as IDataObject[];
	const known = typeof meta.current_page === 'number' && typeof meta.total_pages === 'number';
	return { items, hasMore: known ? meta.current_page < meta.total_pages : undefined, total: typeof meta.count === 'number' ? meta.count : undefined };
};

// --- conversations group ("convo") readers ------------------------------------------------------

/** A list the server does not paginate: the whole list, or its first `limit` items. */
export const firstOf = <T>(items: T[] | undefined, returnAll: boolean, limit: number | undefined): T[] =>
	returnAll ? [...(items ?? [])] : (items ?? []).slice(0, Math.max(0, limit ?? 50));

/** `{meta:{mine_count, unassigned_count, all_count}, payload}` of POST /conversations/filter. */
export const readConversationFilterPage = (body: any): PageResult<IDataObject> => ({
	items: (body?.payload ?? body?.data?.payload ?? []) as IDataObject[],
	total: typeof (body?.meta ?? body?.data?.meta)?.all_count === 'number' ? (body?.meta ?? body?.data?.meta).all_count : undefined,
});

/** A bare JSON array per page (CSAT responses): the end is a short or empty page. */
export const readArrayPage = (body: any): PageResult<IDataObject> => ({
	items: (Array.isArray(body) ? body : (body?.payload ?? [])) as IDataObject[],
});

/** `{data:{meta:{count, unread_count}, payload}}` of notifications: count is the total. */
export const readNotificationPage = (body: any): PageResult<IDataObject> => {
	const data = body?.data ?? body ?? {};
	return { items: (data.payload ?? []) as IDataObject[], total: typeof data.meta?.count === 'number' ? data.meta.count : undefined };
};
