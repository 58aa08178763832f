/**
 * Pagination as async generators: each strategy knows how one API family pages and when it is done,
 * and `collect` drains a generator for "Return All" or stops at "Limit" without asking for a page it
 * does not need.
 */

/**
 * A filter that lets each record through once, by its key (`seen` carries keys over from another
 * walk); with no key function every record passes.
 */
export function firstSight<T>(uniqueBy?: (item: T) => string | number, seen = new Set<string | number>()): (item: T) => boolean {
	if (!uniqueBy) return () => true;
	return (item) => {
		const key = uniqueBy(item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	};
}

/** What a walk does about a list that shrinks while it is read (see byPageNumber). */
interface ShrinkOptions<T, W> {
	uniqueBy?: (item: T) => string | number;
	maxRewinds?: number;
	onUnsettled?(info: W & { totalBefore: number; totalNow: number }): void;
}

/**
 * Watches the total a list reports, page after page. `check(total, where, started)` returns how many
 * places the records moved back when the total dropped since the last page (records deleted before
 * the walk's position) and the walk may read them again, or 0. Re-reading needs `uniqueBy` (so that
 * records already returned are skipped) and stops after `maxRewinds` (default 10); past that, or with
 * no `uniqueBy`, `onUnsettled` hears of it, told `where` the walk was. `started` is false on the
 * walk's first page, where nothing can have moved back yet.
 */
function shrinkWatch<T, W>(opts: ShrinkOptions<T, W>) {
	const maxRewinds = opts.maxRewinds ?? 10;
	let rewinds = 0;
	let lastTotal: number | undefined;
	return (total: number | undefined, where: W, started: boolean): number => {
		if (total === undefined) return 0;
		const before = lastTotal;
		lastTotal = total;
		if (before === undefined || total >= before || !started) return 0;
		if (opts.uniqueBy && rewinds < maxRewinds) {
			rewinds++;
			return before - total;
		}
		opts.onUnsettled?.({ ...where, totalBefore: before, totalNow: total });
		return 0;
	};
}

/**
 * Pages requested ahead of the walk, in order, at most `concurrency` requests in flight (requests
 * dropped by a rewind included, until they settle), and one at a time once `throttled()` says the
 * server throttled a request of the walk. A page is keyed by its position (page number or offset);
 * the walk takes the pages in order and every page it takes that was not requested ahead is
 * requested then. Pages dropped (a rewind, a short page, the end of the walk) are never awaited, and
 * their failures are caught so that none becomes an unhandled rejection.
 */
export interface AheadOptions {
	/** Most requests of one walk in flight at once (default 1: one page at a time). */
	concurrency?: number;
	/** True once a request of the walk was throttled: from then on one request at a time. */
	throttled?: () => boolean;
}

/** The default number of page requests in flight for a list that reports its total. */
export const DEFAULT_CONCURRENCY = 4;

export function pagesAhead<R>(load: (at: number, size: number) => Promise<R>, opts: AheadOptions) {
	let inFlight = 0;
	const waiting: Array<() => void> = [];
	let queue: Array<{ at: number; size: number; run: Promise<R> }> = [];
	const running = new Set<Promise<R>>();
	const bound = () => (opts.throttled?.() ? 1 : Math.max(1, Math.floor(opts.concurrency ?? 1)));
	const start = (at: number, size: number): Promise<R> => {
		inFlight++;
		const run = (async () => load(at, size))();
		running.add(run);
		// Also marks `run` as handled: a page dropped after it failed is no unhandled rejection.
		const settled = () => {
			inFlight--;
			running.delete(run);
			waiting.shift()?.();
		};
		run.then(settled, settled);
		return run;
	};
	return {
		/** The page at `at`: the one requested ahead if it is next in line, else requested now (all ahead dropped). */
		async take(at: number, size: number): Promise<{ page: R; size: number }> {
			const next = queue[0];
			if (next && next.at === at) {
				queue.shift();
				return { page: await next.run, size: next.size };
			}
			queue = [];
			while (inFlight >= bound()) await new Promise<void>((wake) => waiting.push(wake));
			return { page: await start(at, size), size };
		},
		/**
		 * Requests ahead, while a slot is free, the pages after those in line, the first at `next` (the
		 * walk's next position; pages in line from another position are dropped): `sizeAt(at)` is the
		 * size of the page at `at`, or undefined where no page is wanted; `step(at, size)` the position after it.
		 */
		fill(next: number, sizeAt: (at: number) => number | undefined, step: (at: number, size: number) => number): void {
			if (queue.length && queue[0].at !== next) queue = [];
			const last = queue[queue.length - 1];
			let at = last ? step(last.at, last.size) : next;
			while (bound() > 1 && inFlight < bound()) {
				const size = sizeAt(at);
				if (size === undefined) return;
				queue.push({ at, size, run: start(at, size) });
				at = step(at, size);
			}
		},
		/** Forgets every page requested ahead (they still settle, unawaited). */
		drop(): void {
			queue = [];
		},
		/**
		 * Forgets every page requested ahead and waits until each request of the walk has settled:
		 * a walk that ends (an error, a stop) leaves no request of its own running behind it.
		 */
		async settle(): Promise<void> {
			queue = [];
			while (running.size) await Promise.allSettled([...running]);
		},
	};
}

export interface PageResult<T> {
	items: T[];
	/** Total matching records, when the API tells it. */
	total?: number;
	/** Whether another page exists, when the API tells it. */
	hasMore?: boolean;
	/** The page size the API says it serves (e.g. `per_page`), when it tells it: the page-number walk counts with it. */
	pageSize?: number;
}

export interface PageNumberOptions<T> extends AheadOptions {
	/**
	 * Items per page as the API serves them; 0 when unknown (then only an empty page ends the list).
	 * A page that tells its own size (`PageResult.pageSize`) replaces it from then on.
	 */
	pageSize: number;
	/** First page number (1 for most APIs). */
	firstPage?: number;
	fetch(page: number, wanted: number): Promise<PageResult<T>>;
	/**
	 * The record's unique key. With it, a list that shrinks while it is read (records deleted on
	 * earlier pages shift later ones back) is detected from the total and the pages that shifted are
	 * read again; records already returned are skipped, so each comes once.
	 */
	uniqueBy?: (item: T) => string | number;
	/** How many times a walk may step back; after that, `onUnsettled` is called (default 10). */
	maxRewinds?: number;
	/**
	 * Called when the list kept changing past `maxRewinds`, or shrank with no `uniqueBy` to re-read
	 * it safely: records may be missing. It should throw or warn; the walk goes on if it returns.
	 */
	onUnsettled?(info: { page: number; totalBefore: number; totalNow: number }): void;
}

/**
 * Page-number pagination (`?page=N`, or a path segment such as `/conversations/{page}`).
 *
 * When the API reports a total, it is trusted over the page length: a short page while the total
 * says more remain does not end the walk, and a total that drops between two pages (records were
 * deleted before the current position, so the later ones moved back onto pages already read) makes
 * the walk step back by as many pages as the shift and read them again.
 */
export async function* byPageNumber<T>(opts: PageNumberOptions<T>, wanted = Infinity): AsyncGenerator<T> {
	const first = opts.firstPage ?? 1;
	const isNew = firstSight(opts.uniqueBy);
	const shrunk = shrinkWatch<T, { page: number }>(opts);
	const ahead = pagesAhead((page, want) => opts.fetch(page, want), opts);
	// The API's own page size, once a page tells it.
	let pageSize = opts.pageSize;
	let yielded = 0;
	try {
		for (let page = first; ; page++) {
			const { page: result } = await ahead.take(page, wanted - yielded);
			if (result.pageSize !== undefined && Number.isInteger(result.pageSize) && result.pageSize > 0) pageSize = result.pageSize;
			const fresh = result.items.filter(isNew);
			yielded += fresh.length;
			const total = result.total;
			const moved = shrunk(total, { page }, page > first);
			if (moved) ahead.drop();
			else if (total !== undefined && pageSize > 0 && result.items.length > 0 && result.hasMore !== false) {
				// The pages after this one that exist by the total and that the records still wanted need.
				const last = Math.min(first + Math.ceil(total / pageSize) - 1, page + Math.ceil((wanted - yielded) / pageSize));
				ahead.fill(
					page + 1,
					(p) => (p <= last ? wanted - yielded - (p - page - 1) * pageSize : undefined),
					(p) => p + 1,
				);
			}
			for (const item of fresh) yield item;
			if (moved) {
				// Records moved back by at most `moved` places: read again from as many pages back, this
				// page included (the loop's increment lands on `page - back`).
				page = Math.max(first, page - Math.ceil(moved / pageSize)) - 1;
				continue;
			}
			const readSoFar = (page - first + 1) * pageSize;
			if (result.items.length === 0) return;
			if (result.hasMore === false) return;
			if (result.hasMore === undefined) {
				if (total !== undefined) {
					if (readSoFar >= total) return;
				} else if (pageSize > 0 && result.items.length < pageSize) return;
			}
		}
	} finally {
		await ahead.settle();
	}
}

export interface OffsetOptions<T> extends AheadOptions {
	/** Largest page the API serves. */
	pageSize: number;
	/** Largest offset the API accepts; a request past it is not sent. */
	maxOffset?: number;
	fetch(offset: number, limit: number): Promise<PageResult<T>>;
	/**
	 * Called when records remain past `maxOffset` (the total says so, or the last page was full):
	 * it should throw a clear error; if it returns, the walk stops there. Without it the walk stops
	 * silently, which suits only a list that is known to be complete.
	 */
	onCap?(info: { offset: number; total?: number }): void;
	/** The record's unique key: as in byPageNumber, a list that shrinks while read is re-read from earlier offsets. */
	uniqueBy?: (item: T) => string | number;
	/**
	 * With `uniqueBy`: the keys already returned, shared between several walks of one list (e.g. the
	 * date windows of a platform's own walk). Records with these keys are skipped and not counted
	 * towards `wanted`; the keys of the records this walk returns are added.
	 */
	seen?: Set<string | number>;
	maxRewinds?: number;
	onUnsettled?(info: { offset: number; totalBefore: number; totalNow: number }): void;
}

/** Offset/limit pagination; asks for no more than it still needs. */
export async function* byOffset<T>(opts: OffsetOptions<T>, wanted = Infinity): AsyncGenerator<T> {
	const isNew = firstSight(opts.uniqueBy, opts.seen);
	const shrunk = shrinkWatch<T, { offset: number }>(opts);
	const ahead = pagesAhead((offset, limit) => opts.fetch(offset, limit), opts);
	const limitFor = (remaining: number) => Math.max(1, Math.min(opts.pageSize, remaining));
	let offset = 0;
	let yielded = 0;
	try {
		for (;;) {
			const { page: result, size: limit } = await ahead.take(offset, limitFor(wanted - yielded));
			const fresh = result.items.filter(isNew);
			yielded += fresh.length;
			const total = result.total;
			const moved = shrunk(total, { offset }, offset > 0);
			if (moved) ahead.drop();
			else if (total !== undefined && result.items.length > 0 && result.hasMore !== false) {
				// The pages after this one that exist by the total, that the records still wanted need,
				// and that the API accepts (at most `maxOffset`); each asks no more than is still wanted.
				const next = offset + result.items.length;
				const end = next + (wanted - yielded);
				ahead.fill(
					next,
					(at) => (at < total && at < end && (opts.maxOffset === undefined || at <= opts.maxOffset) ? limitFor(end - at) : undefined),
					(at, size) => at + size,
				);
			}
			for (const item of fresh) yield item;
			if (moved) {
				offset = Math.max(0, offset - moved);
				continue;
			}
			offset += result.items.length;
			if (yielded >= wanted) return;
			if (result.items.length === 0) return;
			if (result.hasMore === false) return;
			if (total !== undefined ? offset >= total : result.items.length < limit) return;
			if (opts.maxOffset !== undefined && offset > opts.maxOffset) {
				opts.onCap?.({ offset, total });
				return;
			}
		}
	} finally {
		await ahead.settle();
	}
}

export interface CursorOptions<T, C> {
	first: C | undefined;
	/** Returns the page and the cursor of the next one (undefined at the end). */
	fetch(cursor: C | undefined, wanted: number): Promise<{ items: T[]; next: C | undefined }>;
}

/** Cursor pagination: before/after ids, timestamps, opaque tokens, next links. */
export async function* byCursor<T, C>(opts: CursorOptions<T, C>, wanted = Infinity): AsyncGenerator<T> {
	let cursor = opts.first;
	let seen = 0;
	for (;;) {
		const result = await opts.fetch(cursor, wanted - seen);
		for (const item of result.items) {
			seen++;
			yield item;
		}
		if (result.next === undefined || result.next === null || result.items.length === 0) return;
		if (result.next === cursor) return;
		cursor = result.next;
	}
}

export interface CollectOptions<T> {
	returnAll: boolean;
	limit?: number;
	/** Drops an item whose key was already collected (lists that shift while they are read). */
	uniqueBy?: (item: T) => string | number;
}

/**
 * Drains a page generator. With returnAll=false it stops as soon as `limit` items are in hand, so
 * the generator never asks for the next page.
 */
export async function collect<T>(source: AsyncIterable<T>, opts: CollectOptions<T>): Promise<T[]> {
	const max = opts.returnAll ? Infinity : Math.max(0, opts.limit ?? 50);
	const out: T[] = [];
	if (max === 0) return out;
	const isNew = firstSight(opts.uniqueBy);
	for await (const item of source) {
		if (!isNew(item)) continue;
		out.push(item);
		if (out.length >= max) break;
	}
	return out;
}

/** How many items a list operation wants: Infinity for Return All. */
export function wantedCount(returnAll: boolean, limit: number | undefined): number {
	return returnAll ? Infinity : Math.max(0, limit ?? 50);
}
