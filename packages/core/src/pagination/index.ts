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

export interface PageResult<T> {
	items: T[];
	/** Total matching records, when the API tells it. */
	total?: number;
	/** Whether another page exists, when the API tells it. */
	hasMore?: boolean;
}

export interface PageNumberOptions<T> {
	/** Items per page as the API serves them; 0 when unknown (then only an empty page ends the list). */
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
	let yielded = 0;
	for (let page = first; ; page++) {
		const result = await opts.fetch(page, wanted - yielded);
		for (const item of result.items) {
			if (!isNew(item)) continue;
			yielded++;
			yield item;
		}
		const total = result.total;
		const moved = shrunk(total, { page }, page > first);
		if (moved) {
			// Records moved back by at most `moved` places: read again from as many pages back, this
			// page included (the loop's increment lands on `page - back`).
			page = Math.max(first, page - Math.ceil(moved / opts.pageSize)) - 1;
			continue;
		}
		const readSoFar = (page - first + 1) * opts.pageSize;
		if (result.items.length === 0) return;
		if (result.hasMore === false) return;
		if (result.hasMore === undefined) {
			if (total !== undefined) {
				if (readSoFar >= total) return;
			} else if (opts.pageSize > 0 && result.items.length < opts.pageSize) return;
		}
	}
}

export interface OffsetOptions<T> {
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
	let offset = 0;
	let yielded = 0;
	for (;;) {
		const limit = Math.max(1, Math.min(opts.pageSize, wanted - yielded));
		const result = await opts.fetch(offset, limit);
		for (const item of result.items) {
			if (!isNew(item)) continue;
			yielded++;
			yield item;
		}
		const total = result.total;
		const moved = shrunk(total, { offset }, offset > 0);
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
