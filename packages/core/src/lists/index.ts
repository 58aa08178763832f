/**
 * Lists as data: an operation (or a dropdown) declares how its API lists records — the request,
 * the paging style, how a page is read, the unique key — and core does the walking, Return All /
 * Limit, de-duplication and the checks for lists that change while they are read. A list operation
 * file then holds no loop.
 */
import type { IDataObject } from 'n8n-workflow';
import { ApplicationError } from 'n8n-workflow';
import { apiRequest, headerValue, type ApiRequest, type CredentialReads, type PlatformSpec, type RequestContext } from '../http/request';
import { DEFAULT_CONCURRENCY, byCursor, byOffset, byPageNumber, collect, firstSight, wantedCount, type PageResult } from '../pagination';

export type ListRequest = Omit<ApiRequest, 'itemIndex'>;

/** Sends one request of the list and resolves to the response body. */
export type ListFetch = (req: ListRequest) => Promise<unknown>;

/**
 * A list's requests sent through a platform's request path from any n8n context (a dropdown, a
 * trigger's poll), for `collectList`, `listRecords` and `listPage` outside the router: one walk,
 * whose requests share one credential read.
 */
export function platformFetch(ctx: RequestContext, platform: PlatformSpec): ListFetch {
	const credentialReads: CredentialReads = new Map();
	return async (req) => (await apiRequest.call(ctx, platform, { ...req, credentialReads })).body;
}

/**
 * platformFetch that also tells when the server read the list: its first answer's HTTP `Date` (the
 * server's clock, which dates the records too) minus one second, for the whole seconds of the header
 * and the time between the read and the answer. Undefined when the first answer had no valid `Date`.
 * A polling trigger keeps it (in `nextTop`): every record listed after that read is dated at or after
 * it, less the API's listing delay, whatever the records the read returned.
 */
export function clockedFetch(ctx: RequestContext, platform: PlatformSpec): { fetch: ListFetch; readAt: () => number | undefined } {
	let answered = false;
	let readAt: number | undefined;
	const credentialReads: CredentialReads = new Map();
	return {
		fetch: async (req) => {
			const response = await apiRequest.call(ctx, platform, { ...req, credentialReads });
			if (!answered) {
				answered = true;
				const ms = Date.parse(headerValue(response.headers, 'date') ?? '');
				readAt = Number.isNaN(ms) ? undefined : ms - 1000;
			}
			return response.body;
		},
		readAt: () => readAt,
	};
}

/**
 * A list's requests that tell when one was throttled (a 429, a `Retry-After`: see
 * `ApiRequest.onThrottle`), for a walk that fetches pages `concurrency` at a time and must then go
 * one at a time: pass `fetch` to the pages' requests and `throttled` to byOffset / byPageNumber. A
 * walk of one page at a time (`concurrency` 1) keeps its fetch as it is.
 */
export function pacedFetch(fetch: ListFetch, concurrency: number): { fetch: ListFetch; throttled: () => boolean } {
	if (concurrency <= 1) return { fetch, throttled: () => false };
	let throttled = false;
	return {
		fetch: (req) =>
			fetch({
				...req,
				onThrottle: () => {
					throttled = true;
					req.onThrottle?.();
				},
			}),
		throttled: () => throttled,
	};
}

/**
 * A problem of the list itself that the user can act on (more records than the API lets anyone
 * page through, a list that kept changing while it was read). The router turns it into a
 * NodeOperationError for the item, with the description as the hint.
 */
export class ListProblem extends ApplicationError {
	constructor(
		message: string,
		readonly hint?: string,
	) {
		super(message);
		this.name = 'ListProblem';
	}
}

/** The paging styles an API can have. Build them with `paging.*`. */
export type Paging =
	| { style: 'whole' }
	| { style: 'pageNumber'; pageSize: number; param: string; inPath: boolean; firstPage: number; concurrency?: number }
	| {
			style: 'offset';
			pageSize: number;
			offsetParam: string;
			limitParam: string;
			maxOffset?: number;
			beyondCap: 'fail' | 'stop';
			/** Who refuses offsets past the cap, as the error names it (default "The API"). */
			platform?: string;
			concurrency?: number;
	  }
	| {
			style: 'cursor';
			/** The cursor of the page after this one, or undefined at the end. */
			next(body: unknown, page: PageResult<IDataObject>): string | number | undefined;
			/** The request for the page at `cursor`. */
			apply(req: ListRequest, cursor: string | number): ListRequest;
	  }
	| {
			/** A platform's own walk (e.g. date windows past an offset cap); it must stop at `wanted`. */
			style: 'walk';
			walk(fetch: ListFetch, req: ListRequest, wanted: number): AsyncGenerator<IDataObject>;
	  };

export const paging = {
	/** The server sends the whole list at once: Limit keeps the first N. */
	whole: (): Paging => ({ style: 'whole' }),
	/**
	 * `?page=N` (or `param`), or the page number as the last path segment (`inPath`). A page size of
	 * 0 means the server's size is unknown: only an empty page ends the list. When a page tells the
	 * total, Return All and Limit request the pages after it `concurrency` at a time (default 4; 1
	 * for one at a time), and one at a time once the server throttles one.
	 */
	pageNumber: (pageSize: number, opts: { param?: string; inPath?: boolean; firstPage?: number; concurrency?: number } = {}): Paging => ({
		style: 'pageNumber',
		pageSize,
		param: opts.param ?? 'page',
		inPath: opts.inPath ?? false,
		firstPage: opts.firstPage ?? 1,
		concurrency: opts.concurrency,
	}),
	/**
	 * `?offset=&limit=`. With `maxOffset`, records past the cap either fail the walk with a clear
	 * message (`beyondCap: 'fail'`, the default) or are silently out of reach (`'stop'`, only for
	 * lists known to end before the cap). `platform` names the API in that message ("Cliengo lists at
	 * most 1050 records of /sites …"). `concurrency` as in `pageNumber`, when a page tells the total.
	 */
	offset: (
		pageSize: number,
		opts: { offsetParam?: string; limitParam?: string; maxOffset?: number; beyondCap?: 'fail' | 'stop'; platform?: string; concurrency?: number } = {},
	): Paging => ({
		style: 'offset',
		pageSize,
		offsetParam: opts.offsetParam ?? 'offset',
		limitParam: opts.limitParam ?? 'limit',
		maxOffset: opts.maxOffset,
		beyondCap: opts.beyondCap ?? 'fail',
		platform: opts.platform,
		concurrency: opts.concurrency,
	}),
	/** A cursor read from each page (an id, a timestamp, a token) and sent with the next request. */
	cursor: (next: Extract<Paging, { style: 'cursor' }>['next'], apply: Extract<Paging, { style: 'cursor' }>['apply']): Paging => ({ style: 'cursor', next, apply }),
	/** A query-parameter cursor: `?{param}={cursor}`. */
	cursorParam: (param: string, next: Extract<Paging, { style: 'cursor' }>['next']): Paging => ({
		style: 'cursor',
		next,
		apply: (req, cursor) => ({ ...req, qs: { ...req.qs, [param]: cursor } }),
	}),
	/**
	 * Each page names the link to the next one (`links.next`): its query (e.g. `?page=2`) is sent
	 * with the list's own path, so the link can never lead the request to another host or route.
	 */
	nextLink: (next: (body: unknown) => string | undefined | null): Paging => ({
		style: 'cursor',
		next: (body) => next(body) ?? undefined,
		apply: (req, link) => {
			const qs: IDataObject = { ...req.qs };
			new URL(String(link), 'http://link.invalid').searchParams.forEach((value, key) => (qs[key] = value));
			return { ...req, qs };
		},
	}),
	walk: (walk: Extract<Paging, { style: 'walk' }>['walk']): Paging => ({ style: 'walk', walk }),
};

/**
 * Paging chosen from the parameters. Declared as a method so that, like `request`, it does not make
 * an operation with its own parameters unassignable to the `OperationSpec` of a resource.
 */
type PagingOf<P> = { of(params: P): Paging }['of'];

/** How a list of an API is read. */
export interface ListSpec<P = IDataObject> {
	request(params: P): ListRequest;
	/** How the list pages; a function when that depends on the parameters (e.g. an option of a platform's walk). */
	paging: Paging | PagingOf<P>;
	/**
	 * Reads a page's records (and total / has-more when the API tells them). Default: `readItems`.
	 * Gets the parameters too, for a total that depends on a filter (e.g. the count of one assignee type).
	 */
	read?(body: unknown, params: P): PageResult<IDataObject>;
	/** The unique key of a record (default: its `id`). `false`: records have no key (never de-duplicated). */
	key?: string | false | ((record: IDataObject) => string | number | undefined);
	/** Reorders or reshapes the collected records (e.g. oldest first). */
	finish?(records: IDataObject[], params: P): IDataObject[];
}

/** The records of a body: a bare array, or the first array under payload / data / results / items. */
export function readItems(body: unknown): PageResult<IDataObject> {
	if (Array.isArray(body)) return { items: body as IDataObject[] };
	const o = (body ?? {}) as IDataObject;
	for (const key of ['payload', 'data', 'results', 'items']) {
		const v = o[key];
		if (Array.isArray(v)) return { items: v as IDataObject[] };
		if (v && typeof v === 'object' && Array.isArray((v as IDataObject).payload)) return { items: (v as IDataObject).payload as IDataObject[] };
	}
	return { items: [] };
}

function keyOf<P>(spec: ListSpec<P>): ((record: IDataObject) => string | number) | undefined {
	if (spec.key === false) return undefined;
	const key = spec.key ?? 'id';
	const read = typeof key === 'function' ? key : (record: IDataObject) => record?.[key] as string | number | undefined;
	// A record without a key is never taken for another one.
	let unkeyed = 0;
	return (record) => {
		const value = read(record);
		return value === undefined || value === null ? `\u0000unkeyed:${unkeyed++}` : typeof value === 'number' ? String(value) : value;
	};
}

/**
 * The `onUnsettled` of a walk over `path` (byPageNumber, byOffset), also for a platform's own walk:
 * the list kept shrinking past the re-reads, so records could be missing — fail with a ListProblem.
 */
export const unsettledList = (path: string) => (info: { totalBefore: number; totalNow: number }) => {
	throw new ListProblem(
		`The list ${path} kept shrinking while it was read (${info.totalBefore} → ${info.totalNow} records), so records could be missing`,
		'Run the node again when fewer records are being deleted, or narrow the list with filters.',
	);
};

function readerOf<P>(spec: ListSpec<P>, params: P): (body: unknown) => PageResult<IDataObject> {
	const { read } = spec;
	return read ? (body) => read.call(spec, body, params) : readItems;
}

function pagingOf<P>(spec: ListSpec<P>, params: P): Paging {
	return typeof spec.paging === 'function' ? spec.paging(params) : spec.paging;
}

/** How a walk of `listRecords` requests its pages. */
export interface WalkOptions {
	/**
	 * Page requests in flight at once, for page-numbered and offset lists whose pages tell the total
	 * (1, the default here: one at a time). Only for a caller that reads the records up to `wanted`:
	 * pages requested ahead are wasted when the caller stops early (a trigger that stops at the first
	 * record it has seen). `true`: the paging's own (default 4).
	 */
	concurrency?: number | true;
}

/** Walks a list, yielding each record once, and asks for nothing past `wanted` records. */
export function listRecords<P>(fetch: ListFetch, spec: ListSpec<P>, params: P, wanted = Infinity, walk: WalkOptions = {}): AsyncGenerator<IDataObject> {
	const base = spec.request(params);
	const read = readerOf(spec, params);
	const uniqueBy = keyOf(spec);
	const p = pagingOf(spec, params);
	const concurrency =
		walk.concurrency !== true ? (walk.concurrency ?? 1) : p.style === 'pageNumber' || p.style === 'offset' ? (p.concurrency ?? DEFAULT_CONCURRENCY) : 1;
	const paced = pacedFetch(fetch, concurrency);
	fetch = paced.fetch;
	switch (p.style) {
		case 'whole':
			return (async function* () {
				const { items } = read(await fetch(base));
				const isNew = firstSight(uniqueBy);
				let n = 0;
				for (const item of items) {
					if (n >= wanted) return;
					if (!isNew(item)) continue;
					n++;
					yield item;
				}
			})();
		case 'pageNumber':
			return byPageNumber<IDataObject>(
				{
					pageSize: p.pageSize,
					firstPage: p.firstPage,
					concurrency,
					throttled: paced.throttled,
					uniqueBy,
					onUnsettled: unsettledList(base.path),
					fetch: async (page) =>
						read(await fetch(p.inPath ? { ...base, path: `${base.path.replace(/\/+$/, '')}/${page}` } : { ...base, qs: { ...base.qs, [p.param]: page } })),
				},
				wanted,
			);
		case 'offset':
			return byOffset<IDataObject>(
				{
					pageSize: p.pageSize,
					maxOffset: p.maxOffset,
					concurrency,
					throttled: paced.throttled,
					uniqueBy,
					onUnsettled: unsettledList(base.path),
					onCap:
						p.beyondCap === 'fail'
							? ({ total }) => {
									throw new ListProblem(
										`${p.platform ?? 'The API'} lists at most ${(p.maxOffset ?? 0) + p.pageSize} records of ${base.path} (it refuses offsets above ${p.maxOffset}), and ${total ?? 'more'} exist`,
										`Turn off "Return All" and set a Limit of at most ${(p.maxOffset ?? 0) + p.pageSize}, or narrow the list with filters.`,
									);
								}
							: undefined,
					fetch: async (offset, limit) => read(await fetch({ ...base, qs: { ...base.qs, [p.offsetParam]: offset, [p.limitParam]: limit } })),
				},
				wanted,
			);
		case 'cursor':
			return (async function* () {
				const isNew = firstSight(uniqueBy);
				let n = 0;
				const pages = byCursor<IDataObject, string | number>(
					{
						first: undefined,
						fetch: async (cursor) => {
							const body = await fetch(cursor === undefined ? base : p.apply(base, cursor));
							const page = read(body);
							return { items: page.items, next: page.items.length ? p.next(body, page) : undefined };
						},
					},
					wanted,
				);
				for await (const item of pages) {
					if (!isNew(item)) continue;
					n++;
					yield item;
					if (n >= wanted) return;
				}
			})();
		case 'walk':
			return p.walk(fetch, base, wanted);
	}
}

/**
 * Return All / Limit over a declared list: exactly `limit` records (or all), each once. Pages after
 * one that tells the total are requested concurrently (the paging's `concurrency`, default 4), never
 * one past those the Limit needs.
 */
export async function collectList<P>(fetch: ListFetch, spec: ListSpec<P>, params: P, choice: { returnAll?: boolean; limit?: number }): Promise<IDataObject[]> {
	const returnAll = choice.returnAll === true;
	const records = await collect(listRecords(fetch, spec, params, wantedCount(returnAll, choice.limit), { concurrency: true }), { returnAll, limit: choice.limit });
	return spec.finish ? spec.finish(records, params) : records;
}

/**
 * One page of a declared list for a searchable dropdown (n8n's listSearch), and the token of the
 * next page: the page number, the offset or the cursor, by the list's paging style.
 */
export async function listPage<P>(fetch: ListFetch, spec: ListSpec<P>, params: P, token?: string): Promise<{ records: IDataObject[]; next?: string }> {
	const base = spec.request(params);
	const read = readerOf(spec, params);
	const p = pagingOf(spec, params);
	switch (p.style) {
		case 'pageNumber': {
			const page = token ? Number(token) : p.firstPage;
			const body = await fetch(p.inPath ? { ...base, path: `${base.path.replace(/\/+$/, '')}/${page}` } : { ...base, qs: { ...base.qs, [p.param]: page } });
			const result = read(body);
			const size = result.pageSize ?? p.pageSize;
			const more =
				result.hasMore ??
				(result.total !== undefined && size > 0 ? (page - p.firstPage + 1) * size < result.total : size > 0 ? result.items.length >= size : result.items.length > 0);
			return { records: result.items, next: more && result.items.length ? String(page + 1) : undefined };
		}
		case 'offset': {
			const offset = token ? Number(token) : 0;
			const result = read(await fetch({ ...base, qs: { ...base.qs, [p.offsetParam]: offset, [p.limitParam]: p.pageSize } }));
			const next = offset + result.items.length;
			const more = result.items.length === p.pageSize && (result.total === undefined || next < result.total) && (p.maxOffset === undefined || next <= p.maxOffset);
			return { records: result.items, next: more ? String(next) : undefined };
		}
		case 'cursor': {
			const body = await fetch(token ? p.apply(base, token) : base);
			const result = read(body);
			const next = result.items.length ? p.next(body, result) : undefined;
			return { records: result.items, next: next === undefined ? undefined : String(next) };
		}
		case 'whole':
			return { records: read(await fetch(base)).items };
		case 'walk': {
			const records: IDataObject[] = [];
			for await (const record of p.walk(fetch, base, 100)) records.push(record);
			return { records };
		}
	}
}
