import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

/** One record a polling trigger may emit. */
export interface PollItem<T = IDataObject> {
	id: string;
	/** Epoch milliseconds of the event (creation or update time). */
	ts: number;
	data: T;
}

export interface TimeCursorState {
	/** Poll start time (epoch ms) of the last successful poll. */
	cursor: number;
	/** Ids already handled whose ts is inside the look-back window before the cursor. */
	seen: Array<[string, number]>;
	/** Optional tag that resets the state when the trigger's filters change. */
	scope?: string;
	/** The caller's own state (`TimeCursorFetch.memory`), saved with the cursor. */
	memory?: IDataObject;
	/** Poll start (epoch ms) of the last successful sweep (only with `sweepMs`). */
	sweptAt?: number;
}

/** What a poll tells `fetchSince` besides the window start. */
export interface TimeCursorPoll {
	/** The first poll, or the first after the scope changed: what is fetched is recorded, not emitted. */
	fresh: boolean;
	/** This poll's start (epoch ms, the trigger's clock): the next poll's cursor. */
	pollStart: number;
	/** The memory the last successful poll returned (undefined when fresh). */
	memory?: IDataObject;
	/**
	 * Whether an earlier poll handled this item id (the ids are remembered while their ts is at or
	 * after the window start). Lets a fetch tell from one page that nothing on it is new.
	 */
	known(id: string): boolean;
	/**
	 * This poll reads its whole window: a fetch must not stop early (seenBefore gives none). Always
	 * true without `sweepMs`; with it, true on a fresh start and once `sweepMs` after the last sweep.
	 */
	sweep: boolean;
	/**
	 * The earliest window start a later poll may read from: per-record state a fetch keeps in its
	 * memory (read positions, known records) must reach back to it.
	 */
	keepFrom: number;
}

/**
 * What `fetchSince` may return instead of a bare list: the items, and the caller's own state for the
 * next poll (e.g. per-record read positions that let an idle poll stop after one request). The
 * memory is saved together with the cursor, only when the whole poll succeeded, and dropped with it
 * when the scope changes. Keep it small: it lives in the workflow's static data.
 */
export interface TimeCursorFetch<T> {
	items: Array<PollItem<T>>;
	memory?: IDataObject;
}

export interface TimeCursorOptions<T> {
	/**
	 * Fetch every item with ts >= sinceMs (more is fine: older or repeated items are filtered here).
	 * Must throw on failure: a poll that fails leaves the state untouched. `poll` says whether this is
	 * a fresh start and carries the memory the last successful poll returned.
	 */
	fetchSince(sinceMs: number, poll: TimeCursorPoll): Promise<Array<PollItem<T>> | TimeCursorFetch<T>>;
	/** Fetch the newest item, for manual "test" runs. */
	fetchLatest(): Promise<PollItem<T> | undefined>;
	/**
	 * How far back each poll looks before its cursor. Covers clock skew between n8n and the API,
	 * records that become visible late, and coarse API filters. Items in it are deduped by id.
	 */
	lookbackMs?: number;
	/** Key of the state in the node's static data. */
	stateKey?: string;
	/** Changing it (e.g. when filters change) restarts from "now" instead of replaying. */
	scope?: string;
	/** Clock of this trigger alone (core's tests); the triggers leave it out and read `pollClock`. */
	now?: () => number;
	/** Upper bound of remembered ids (oldest dropped first). */
	maxSeen?: number;
	/**
	 * For a fetch that may stop early (seenBefore): how often a poll reads its whole window anyway.
	 * Such a sweep reads from the last sweep's start minus the look-back, so a record the API lists up
	 * to a look-back late is emitted by the next sweep however long the polls between were, once.
	 * Without it every poll is a sweep of its own window.
	 */
	sweepMs?: number;
}

export const DEFAULT_LOOKBACK_MS = 10 * 60 * 1000;

/**
 * The polling triggers' clock: `pollWithTimeCursor` reads it when no `now` is given, and a trigger
 * that needs the time otherwise (e.g. a manual run's date filter) reads it too. Tests set `now`
 * (the test kit's `useClock(pollClock, …)`) to poll on the clock of a fake server.
 */
export const pollClock = { now: (): number => Date.now() };

function toExecutionData<T>(items: Array<PollItem<T>>): INodeExecutionData[][] {
	return [items.map((item) => ({ json: item.data as unknown as IDataObject }))];
}

/**
 * A polling trigger that neither loses nor repeats records:
 * - the first activation records what exists and emits nothing (no replay of history);
 * - each poll asks for everything since (cursor − look-back) and emits the items whose id it has not
 *   handled yet, oldest first, so equal timestamps and late arrivals are safe;
 * - the state is written only after the whole fetch succeeded, so a failed poll is simply redone;
 * - the state lives in the node's static data, which n8n persists across restarts;
 * - manual mode returns the newest item and leaves the state alone.
 */
export async function pollWithTimeCursor<T>(this: IPollFunctions, opts: TimeCursorOptions<T>): Promise<INodeExecutionData[][] | null> {
	const now = opts.now ?? (() => pollClock.now());
	const lookback = opts.lookbackMs ?? DEFAULT_LOOKBACK_MS;
	const key = opts.stateKey ?? 'timeCursor';
	const maxSeen = opts.maxSeen ?? 20000;
	const staticData = this.getWorkflowStaticData('node');

	if (this.getMode() === 'manual') {
		const latest = await opts.fetchLatest();
		return latest ? toExecutionData([latest]) : null;
	}

	const pollStart = now();
	const previous = staticData[key] as TimeCursorState | undefined;
	const fresh = !previous || typeof previous.cursor !== 'number' || (opts.scope !== undefined && previous.scope !== opts.scope);
	const cursor = fresh ? pollStart : previous!.cursor;
	// A sweep reads back to the window of the last sweep (a state without one: to its own).
	const sweptAt = fresh || typeof previous!.sweptAt !== 'number' ? undefined : Math.min(previous!.sweptAt, cursor);
	const sweep = opts.sweepMs === undefined || sweptAt === undefined || pollStart - sweptAt >= opts.sweepMs;
	const windowStart = (opts.sweepMs !== undefined && sweep && sweptAt !== undefined ? sweptAt : cursor) - lookback;
	// The next poll looks back from this poll's start, a sweep from the last sweep's: remember every id it could see again.
	const nextCursor = Math.max(cursor, pollStart);
	const nextSweptAt = opts.sweepMs === undefined ? undefined : sweep ? pollStart : sweptAt!;
	const keepFrom = Math.min(nextCursor, nextSweptAt ?? nextCursor) - lookback;

	const seen = new Map<string, number>(fresh ? [] : previous!.seen);
	const handled = new Set(seen.keys());
	const result = await opts.fetchSince(windowStart, { fresh, pollStart, memory: fresh ? undefined : previous!.memory, known: (id) => handled.has(id), sweep, keepFrom });
	const fetched = Array.isArray(result) ? result : result.items;
	const memory = Array.isArray(result) ? undefined : result.memory;

	const emitted: Array<PollItem<T>> = [];
	const inWindow = new Map<string, PollItem<T>>();
	for (const item of fetched) {
		if (item.ts < windowStart) continue;
		if (!inWindow.has(item.id)) inWindow.set(item.id, item);
	}
	for (const item of inWindow.values()) {
		if (seen.has(item.id)) continue;
		seen.set(item.id, item.ts);
		if (!fresh) emitted.push(item);
	}
	emitted.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

	let kept = [...seen.entries()].filter(([, ts]) => ts >= keepFrom);
	if (kept.length > maxSeen) kept = kept.sort((a, b) => a[1] - b[1]).slice(kept.length - maxSeen);
	const state: TimeCursorState = { cursor: nextCursor, seen: kept };
	if (opts.scope !== undefined) state.scope = opts.scope;
	if (memory !== undefined) state.memory = memory;
	if (nextSweptAt !== undefined) state.sweptAt = nextSweptAt;
	staticData[key] = state as unknown as IDataObject;

	return emitted.length ? toExecutionData(emitted) : null;
}

/**
 * What lets a poll that reads a newest-first list stop before its window start: `top`, the newest
 * time the last poll read or the time the API read the list for it, if later (the API's clock, kept
 * in the memory as `top`: see nextTop), and which records earlier
 * polls handled. A record missing from the last poll's read became visible after it, so its time is
 * above `top` − `lateMs` unless the API listed it later than that: after a page whose records were
 * all handled and whose oldest time is below `top` − `lateMs`, every such record sorts on a page
 * already read.
 */
export interface SeenBefore<T> {
	top: number;
	lateMs: number;
	handled(record: T): boolean;
}

/**
 * SeenBefore for this poll, when the last one left a `top` in its memory (none on a fresh start, nor
 * on a sweep: a record listed later than `lateMs` is caught by the next sweep, see `sweepMs`).
 */
export function seenBefore<T>(poll: TimeCursorPoll, lateMs: number, handled: (record: T) => boolean): SeenBefore<T> | undefined {
	const top = poll.memory?.top;
	return poll.fresh || poll.sweep || typeof top !== 'number' ? undefined : { top, lateMs, handled };
}

/** Whether a page (its records read so far, the oldest of their times) lets the poll stop there (see SeenBefore). */
export function seenPage<T>(seen: SeenBefore<T> | undefined, records: T[], oldest: number): boolean {
	return seen !== undefined && records.length > 0 && oldest < seen.top - seen.lateMs && records.every((r) => seen.handled(r));
}

/**
 * The `top` for the next poll's memory: the latest of the newest time this poll read, the time the
 * server read the list (`readAt`, from clockedFetch: after an instant burst it is later than every
 * record of the burst, so the next poll stops after one page of them) and the last poll's top. Each is
 * a time at or before this poll's read on the API's clock, so a record listed after it is dated at or
 * after the top, less the API's listing delay (`lateMs`).
 */
export function nextTop(read: number | undefined, poll: TimeCursorPoll, readAt?: number): number | undefined {
	const last = typeof poll.memory?.top === 'number' ? poll.memory.top : undefined;
	const times = [read, readAt, last].filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
	return times.length ? Math.max(...times) : undefined;
}

/** One page of a newest-first list, as far as a poll reading down to `since` takes it. */
export interface PageSince<T> {
	/** The page's records at or after `since`, in order (those without a time left out). */
	inWindow: T[];
	/** The oldest time among them (Infinity when none). */
	oldest: number;
	/** The newest time read on the page, the first record older than `since` included. */
	newest?: number;
	/** A record older than `since` was met: the poll reads no further. */
	older: boolean;
}

export function pageSince<T>(records: T[], tsOf: (record: T) => number, since: number): PageSince<T> {
	const page: PageSince<T> = { inWindow: [], oldest: Infinity, older: false };
	for (const record of records) {
		const ts = tsOf(record);
		if (Number.isNaN(ts)) continue;
		page.newest = Math.max(page.newest ?? ts, ts);
		if (ts < since) {
			page.older = true;
			break;
		}
		page.oldest = Math.min(page.oldest, ts);
		page.inWindow.push(record);
	}
	return page;
}
