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
