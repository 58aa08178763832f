import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import {
	apiRequest,
	byCursor,
	collect,
	wantedCount,
	byPageNumber,
	normalizeBaseUrl,
	type ApiRequest,
	type ApiResponse,
	type PageResult,
	type PlatformSpec,
	type RequestContext,
} from '@leadchat/core';

export const CHATWOOT_CLOUD_URL = 'https://app.chatwoot.com';

/**
 * Chatwoot's API families, each under its own prefix:
 * - account: /api/v1/accounts/{accountId} (default), accountV2: /api/v2/accounts/{accountId} (reports)
 * - root: /api/v1 (profile), platform: /platform/api/v1 (Platform App token), public: /public/api/v1
 *   (client API: identified by the inbox identifier), none: no prefix (pages served at the root of
 *   the install, e.g. /survey/responses/{uuid}).
 */
export type ChatwootFamily = 'account' | 'accountV2' | 'root' | 'platform' | 'public' | 'none';

type ParamReader = {
	getNodeParameter(name: string, itemIndex?: number, fallback?: unknown): unknown;
};

/** The account chosen on the node, else the credential's default. */
export async function resolveAccountId(ctx: RequestContext, itemIndex: number | undefined): Promise<string> {
	let chosen: unknown;
	try {
		const reader = ctx as unknown as ParamReader;
		chosen = itemIndex === undefined ? reader.getNodeParameter('accountId', undefined as never, '') : reader.getNodeParameter('accountId', itemIndex, '');
	} catch {
		chosen = '';
	}
	if (chosen === '' || chosen === undefined || chosen === null) {
		const credentials = await ctx.getCredentials('chatwootApi', itemIndex);
		chosen = credentials.accountId;
	}
	const text = String(chosen ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(ctx.getNode(), `${itemIndex !== undefined ? `Item ${itemIndex + 1}: ` : ''}"Account ID" must be a numeric ID, got "${text}"`, { itemIndex });
	}
	return text;
}

export const chatwoot: PlatformSpec<ChatwootFamily> = {
	name: 'Chatwoot',
	credentialType: 'chatwootApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CHATWOOT_CLOUD_URL),
	arrayFormat: 'brackets',
	// Both credential types (user and platform) keep their token in `accessToken`.
	secretFields: ['accessToken'],
	// rack-attack throttles per minute and sends no Retry-After: a 429 is retried for a whole minute.
	retry: { rateLimitWindowMs: 60_000 },
	families: {
		account: {
			async prefix(req) {
				return `/api/v1/accounts/${await resolveAccountId(this, req.itemIndex)}`;
			},
		},
		accountV2: {
			async prefix(req) {
				return `/api/v2/accounts/${await resolveAccountId(this, req.itemIndex)}`;
			},
		},
		root: { prefix: '/api/v1' },
		platform: { prefix: '/platform/api/v1', credentialType: 'chatwootPlatformApi' },
		public: { prefix: '/public/api/v1' },
		none: { prefix: '' },
	},
	defaultFamily: 'account',
};

/** The one way node code reaches Chatwoot: core adds the family's prefix and picks its credential. */
export async function chatwootRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, chatwoot, req) as Promise<ApiResponse<T>>;
}

/** Page sizes the server uses (it takes no per-page parameter). */
export const PAGE_SIZE = { contacts: 15, conversations: 25, messagesBefore: 20, attachments: 100, auditLogs: 15 } as const;

/**
 * `?page=N` lists: contacts (15, meta.count = total), search (has_more), conversations (25), …
 * Each record comes once (by id). When the total drops between two pages (records deleted while the
 * list is read), the pages that shifted are read again; if the list keeps changing past that, the
 * walk fails with a clear message rather than return a list with holes.
 */
export function pagedList(
	this: RequestContext,
	req: Omit<ApiRequest, 'itemIndex'>,
	itemIndex: number,
	pageSize: number,
	read: (body: any) => PageResult<IDataObject>,
	wanted = Infinity,
): AsyncGenerator<IDataObject> {
	return byPageNumber<IDataObject>(
		{
			pageSize,
			uniqueBy: (record) => String(record.id),
			fetch: async (page) => {
				const { body } = await chatwootRequest.call(this, { ...req, itemIndex, qs: { ...req.qs, page } });
				return read(body);
			},
			onUnsettled: ({ totalBefore, totalNow }) => {
				throw new NodeOperationError(
					this.getNode(),
					`Item ${itemIndex + 1}: the list ${req.path} kept shrinking while it was read (${totalBefore} → ${totalNow} records), so records could be missing`,
					{ itemIndex, description: 'Run the node again when fewer records are being deleted, or narrow the list with filters.' },
				);
			},
		},
		wanted,
	);
}

/** Return All / Limit over a `?page=N` list: no page past the limit is asked for, and each record (by id) comes once. */
export function collectPages(
	this: RequestContext,
	req: Omit<ApiRequest, 'itemIndex'>,
	itemIndex: number,
	pageSize: number,
	read: (body: any) => PageResult<IDataObject>,
	p: { returnAll: boolean; limit?: number },
): Promise<IDataObject[]> {
	const pages = pagedList.call(this, req, itemIndex, pageSize, read, wantedCount(p.returnAll, p.limit));
	return collect(pages, { returnAll: p.returnAll, limit: p.limit, uniqueBy: (record) => String(record.id) });
}

/**
 * Messages of a conversation, newest first: the server gives the latest 20 (oldest first), then 20
 * older than `before=<id>`. Walking backwards by id has no gaps or repeats even while new messages
 * arrive.
 */
export function messagesNewestFirst(this: RequestContext, path: string, itemIndex: number, wanted = Infinity): AsyncGenerator<IDataObject> {
	return byCursor<IDataObject, number>(
		{
			first: undefined,
			fetch: async (before) => {
				const { body } = await chatwootRequest.call(this, { method: 'GET', path, itemIndex, qs: before !== undefined ? { before } : undefined });
				const payload = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
				const items = [...payload].sort((a, b) => Number(b.id) - Number(a.id));
				const oldest = items.length ? Number(items[items.length - 1].id) : undefined;
				return { items, next: payload.length < PAGE_SIZE.messagesBefore ? undefined : oldest };
			},
		},
		wanted,
	);
}
