/**
 * A list that changes while Return All reads it, and the count of what came out lost or twice.
 * Used in-process (test/lists.test.ts) and in real n8n (packages/e2e/test/faults.e2e.ts).
 */
import type { Platform } from './registry';

/** Changes the list before the fake answers page request `page` (2, 3, …); `served` holds the ids of the pages answered so far. */
export type ListChange = (page: number, served: string[]) => void;

export interface ListWatch {
	/** Ids served so far, in order. */
	readonly served: string[];
	/** Page requests so far. */
	pages(): number;
	/** Stops watching (once); returns the ids that existed before the watch began and still exist. */
	finish(): string[];
	/** After `finish`: how many of the records that existed before the watch began were deleted. */
	deleted(): number;
}

/** Watches the platform's list route on its fake and applies `change` before each page after the first. */
export function watchList(platform: Platform, fake: unknown, change: ListChange = () => undefined): ListWatch {
	const list = platform.list;
	const served: string[] = [];
	let pages = 0;
	const before = list.ids(fake);
	const remove = platform.server(fake).intercept(async (req, next) => {
		if (req.route !== list.route) return next();
		pages++;
		if (pages > 1) change(pages, served);
		const response = await next();
		if (response !== 'drop' && (response.status ?? 200) === 200) served.push(...list.pageIds(response.body));
		return response;
	});
	let throughout: string[] | undefined;
	return {
		served,
		pages: () => pages,
		finish() {
			if (!throughout) {
				remove();
				const after = new Set(list.ids(fake));
				throughout = before.filter((id) => after.has(id));
			}
			return throughout;
		},
		deleted() {
			if (!throughout) throw new Error('deleted() before finish()');
			return before.length - throughout.length;
		},
	};
}

/**
 * How many records a Return All may miss when `deleted` records it had already read were deleted
 * while it ran: none where the list's answers carry a total (the node sees the shift and re-reads
 * the pages that shifted), at most `deleted` where they carry none (`list.total: false`, Crisp): no
 * answer shows the records that moved back onto pages already read.
 */
export function missAllowed(platform: Platform, deleted: number): number {
	return platform.list.total === false ? deleted : 0;
}

/** The records lost beyond what `missAllowed` allows (all of them when none may be), and those repeated. */
export function unexpectedLoss(platform: Platform, counted: { lost: string[]; duplicated: string[] }, deleted: number): { lost: string[]; duplicated: string[] } {
	return { lost: counted.lost.length <= missAllowed(platform, deleted) ? [] : counted.lost, duplicated: counted.duplicated };
}

/** The records that existed throughout but did not come out, and those that came out more than once. */
export function tally(throughout: string[], output: string[]): { lost: string[]; duplicated: string[] } {
	const count = new Map<string, number>();
	for (const id of output) count.set(id, (count.get(id) ?? 0) + 1);
	return {
		lost: throughout.filter((id) => !count.has(id)),
		duplicated: [...count].filter(([, n]) => n > 1).map(([id]) => id),
	};
}

/** Deletes the first `n` served records that still exist (records the walk has already read). */
export const removeServed =
	(platform: Platform, fake: unknown, n: number): ListChange =>
	(_page, served) => {
		const existing = new Set(platform.list.ids(fake));
		for (const id of served.filter((s) => existing.has(s)).slice(0, n)) platform.list.remove(fake, id);
	};

/** Adds `n` records at the top of the list. */
export const insertRecords =
	(platform: Platform, fake: unknown, n: number): ListChange =>
	() => {
		for (let i = 0; i < n; i++) platform.list.insert(fake);
	};

/** Applies `change` at the first page request after the first only. */
export function once(change: ListChange): ListChange {
	let done = false;
	return (page, served) => {
		if (done) return;
		done = true;
		change(page, served);
	};
}
