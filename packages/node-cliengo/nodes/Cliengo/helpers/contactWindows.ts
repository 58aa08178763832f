/**
 * Every contact of a Cliengo account, despite the two limits of `GET /contacts`
 * (`shared/api/cliengo.md` §5): it refuses offsets above 1000 (so one query reaches 1050 records
 * with pages of 50) and it always answers newest first. Its only other handle is the `since`/`until`
 * pair of creation days (since inclusive, until exclusive), so a full export walks date windows:
 *
 * 1. Ask the whole range once. When `paging.total` fits (or only the newest N are wanted, or the
 *    caller stops at an age), read it by offset and stop.
 * 2. Otherwise peel windows off the top, newest first. For the current upper bound `u`, size the
 *    window `[since, u)` from the density known so far (the newest page, then each window read) to
 *    hold about AIM (950) records, and ask for its first page of 50: its `paging.total` says whether
 *    it fits (≤ 1000). One that fits is read on from that page; one too wide shrinks by its total
 *    (and one that fits but is short is widened once), so each window's sizing costs no request
 *    besides its own pages most of the time. `since` becomes the next upper bound. What is left
 *    below is the first total less the windows read (never asked again); when that fits, the rest
 *    is one window open below (or ending at the caller's `since`), and the walk ends.
 *
 * Adjacent windows share the same bound string (`until` of one is `since` of the next), so they
 * partition the contacts exactly in whatever time zone Cliengo reads the days in; if `until` turned
 * out to be inclusive the windows would overlap by one day instead, which the dedupe by id absorbs.
 * A window is chosen with 50 records of headroom; if it still grows past the reachable 1050 while it
 * is read (leads arriving), it is split again instead of read short. Records pushed to later offsets
 * by leads arriving while pages are read are seen twice and deduped, never skipped (only a deletion
 * during the read can hide one record from that read).
 *
 * A single day holding more than 1000 matching contacts cannot be split by date. Then, if no site
 * filter is set, that day is split by site (`websiteId`), used only when the per-site totals add up
 * to the day's total; a part (or a day) still over 1050 fails the walk with a ListProblem (the
 * item's error) naming the day and the count, unless the caller accepts a partial day ('partial':
 * the newest 1050 of that part, reported through onPartialDay).
 *
 * Every offset loop is core's byOffset: its `onCap` tells the walk that a window was capped, and the
 * ids seen are shared between the windows, so a contact read twice is returned and counted once.
 * Once a window's first page told its total, the pages after it that the total and the caller still
 * want are requested 4 at a time (core's pagesAhead, in order; one at a time after a 429), except in
 * a walk that stops at an age (a trigger's poll), which asks for one page at a time.
 */
import type { IDataObject } from 'n8n-workflow';
import { DEFAULT_CONCURRENCY, ListProblem, byOffset, collectList, pacedFetch, paging, unsettledList, type ListFetch, type ListRequest, type PageResult, type Paging } from '@leadchat/core';
import { listItems } from '../transport';
import { DAY_MS, addDays, dayOf, daysBetween, timeOf } from './dates';
import { MAX_OFFSET, PAGE_SIZE, siteList } from './lists';

export interface ContactWalkOptions {
	/**
	 * Early stop for newest-first reading: true when this contact, and so every later one, is older
	 * than needed. Used only while pages come back in newest-first order.
	 */
	isOlderThanNeeded?: (contact: IDataObject) => boolean;
	/** A day with more matching contacts than Cliengo can page through: fail (default) or keep its newest 1050. */
	onOverfullDay?: 'error' | 'partial';
	/** Told when a day (or one site's part of it) was read partially ('partial' mode), with how many contacts it holds. */
	onPartialDay?: (day: string, total: number, reachable: number, websiteId?: string) => void;
}

interface Bounds {
	since?: string;
	until?: string;
	websiteId?: string;
}

type WindowEnd = 'complete' | 'stopped' | 'capped';

/** Contacts a window is sized for: under the 1000 one query reaches, with room for density changes. */
const AIM = 950;

/** Lower bound of the day search when the caller gives no since (Cliengo started in the 2010s). */
const EARLIEST_DAY = '2000-01-01';

const byNewest = (a: IDataObject, b: IDataObject) => {
	const ta = timeOf(a.creationDate);
	const tb = timeOf(b.creationDate);
	if (ta !== tb) return tb - ta;
	return String(b.id) < String(a.id) ? -1 : String(b.id) > String(a.id) ? 1 : 0;
};

const dayText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const idOf = (contact: IDataObject) => String(contact.id);

/** Cliengo's contact list past its offset cap, as the paging of a declared list (see walkContacts). */
export function contactWalk(o: ContactWalkOptions = {}): Paging {
	return paging.walk((fetch, request, wanted) => walkContacts(fetch, request, wanted, o));
}

/**
 * Unique contacts (by id), newest first, across as many date windows as the account needs. The
 * request is the list's own (`GET /contacts` with its filters); its `since` and `until` bound the walk.
 */
export async function* walkContacts(listFetch: ListFetch, request: ListRequest, wanted: number, o: ContactWalkOptions = {}): AsyncGenerator<IDataObject> {
	// A walk that stops at an age (a trigger's poll) would ask for pages it never reads: one at a time.
	const concurrency = o.isOlderThanNeeded ? 1 : DEFAULT_CONCURRENCY;
	const { fetch, throttled } = pacedFetch(listFetch, concurrency);
	const pageSize = PAGE_SIZE;
	const maxOffset = MAX_OFFSET;
	const reachable = maxOffset + pageSize;
	const capacity = maxOffset;
	const { since: rawSince, until: rawUntil, ...filters } = request.qs ?? {};
	const range: Bounds = { since: dayText(rawSince), until: dayText(rawUntil) };
	const seen = new Set<string | number>();
	let yielded = 0;
	let newestFirst = true;
	const counts = new Map<string, number>();

	async function fetchPage(bounds: Bounds, offset: number, limit: number): Promise<PageResult<IDataObject>> {
		const qs: IDataObject = { ...filters };
		if (bounds.since) qs.since = bounds.since;
		if (bounds.until) qs.until = bounds.until;
		if (bounds.websiteId) qs.websiteId = bounds.websiteId;
		qs.offset = offset;
		qs.limit = limit;
		return listItems(await fetch({ ...request, qs }));
	}

	const noTotal = () =>
		new ListProblem(
			'Cliengo did not say how many contacts match (paging.total), so they cannot all be listed past offset 1000',
			'Narrow the filters (dates, site, status) or turn off "Return All".',
		);

	async function countOf(bounds: Bounds): Promise<number> {
		const key = `${bounds.since ?? ''}|${bounds.until ?? ''}|${bounds.websiteId ?? ''}`;
		const cached = counts.get(key);
		if (cached !== undefined) return cached;
		const { total } = await fetchPage(bounds, 0, 1);
		if (total === undefined) throw noTotal();
		counts.set(key, total);
		return total;
	}

	/** Yields a contact unless already yielded; false once no more are wanted. */
	function* emit(contact: IDataObject): Generator<IDataObject, boolean> {
		const id = idOf(contact);
		if (seen.has(id)) return true;
		seen.add(id);
		yielded++;
		yield contact;
		return yielded < wanted;
	}

	/** Reads one query newest first from offset 0, as far as Cliengo allows (the first page may be in hand). */
	async function* readWindow(bounds: Bounds, first?: PageResult<IDataObject>): AsyncGenerator<IDataObject, WindowEnd> {
		let capped = false;
		const contacts = byOffset<IDataObject>(
			{
				pageSize,
				maxOffset,
				uniqueBy: idOf,
				seen,
				concurrency,
				throttled,
				// Deletions shift contacts back onto pages already read: those are read again, and a
				// window that keeps shrinking fails rather than return a list with holes.
				onUnsettled: unsettledList(request.path),
				fetch: async (offset, limit) => {
					const page = offset === 0 && first ? first : await fetchPage(bounds, offset, limit);
					first = undefined;
					// Newest first is observed, not documented: stop early only while each page confirms it.
					for (let i = 1; i < page.items.length && newestFirst; i++) {
						if (timeOf(page.items[i].creationDate) > timeOf(page.items[i - 1].creationDate)) newestFirst = false;
					}
					return page;
				},
				onCap: ({ total }) => {
					if (total === undefined) throw noTotal();
					capped = true;
				},
			},
			wanted - yielded,
		);
		for await (const contact of contacts) {
			if (o.isOlderThanNeeded && newestFirst && o.isOlderThanNeeded(contact)) return 'stopped';
			yielded++;
			yield contact;
			if (yielded >= wanted) return 'stopped';
		}
		return capped ? 'capped' : 'complete';
	}

	/** One day too full to split by date: split it by site, or keep its newest part, or fail. */
	async function* overfullDay(day: string, bounds: Bounds, dayTotal: number): AsyncGenerator<IDataObject, WindowEnd> {
		const overfull = () =>
			new ListProblem(
				`Cliengo cannot list all ${dayTotal} matching contacts created on ${day}: it pages through at most ${reachable} results per query and filters dates by whole days`,
				'Narrow the filters (Site, Status, Assigned To, Search) so that one day holds at most 1000 contacts, or set Options → Over-Full Days to keep the newest 1050 of such a day.',
			);
		if (!filters.websiteId) {
			const sites = await collectList(fetch, siteList, {}, { returnAll: true });
			const parts: Array<{ websiteId: string; total: number }> = [];
			for (const site of sites) parts.push({ websiteId: String(site.id), total: await countOf({ ...bounds, websiteId: String(site.id) }) });
			// The split is used only when it provably covers the day (no contact of a deleted or hidden site left out).
			if (parts.reduce((sum, p) => sum + p.total, 0) === dayTotal) {
				if (parts.some((p) => p.total > reachable) && o.onOverfullDay !== 'partial') throw overfull();
				const found: IDataObject[] = [];
				const local = new Set<string | number>();
				for (const part of parts) {
					if (part.total === 0) continue;
					if (part.total > reachable) o.onPartialDay?.(day, part.total, reachable, part.websiteId);
					// Past the cap the part is out of reach: onPartialDay has said so.
					const ofSite = byOffset<IDataObject>({
						pageSize,
						maxOffset,
						uniqueBy: idOf,
						seen: local,
						onUnsettled: unsettledList(request.path),
						fetch: (offset, limit) => fetchPage({ ...bounds, websiteId: part.websiteId }, offset, limit),
					});
					for await (const contact of ofSite) found.push(contact);
				}
				found.sort(byNewest);
				for (const contact of found) {
					if (o.isOlderThanNeeded && o.isOlderThanNeeded(contact)) return 'stopped';
					if (!(yield* emit(contact))) return 'stopped';
				}
				return 'complete';
			}
		}
		if (o.onOverfullDay !== 'partial') throw overfull();
		o.onPartialDay?.(day, dayTotal, reachable);
		const end = yield* readWindow(bounds);
		return end === 'capped' ? 'complete' : end;
	}

	// 1. The whole range at once, when that is enough.
	const firstLimit = Math.max(1, Math.min(pageSize, wanted));
	const first = await fetchPage({ since: range.since, until: range.until }, 0, firstLimit);
	if (first.total === undefined && first.items.length < firstLimit) {
		yield* readWindow({ since: range.since, until: range.until }, first);
		return;
	}
	let remaining = first.total ?? Infinity;
	if (remaining <= reachable || wanted <= reachable || o.isOlderThanNeeded) {
		const end = yield* readWindow({ since: range.since, until: range.until }, first);
		if (end !== 'capped') return;
		counts.clear();
		remaining = await countOf({ since: range.since, until: range.until });
	}
	if (remaining === 0) return;

	// 2. Windows, newest first.
	let upper = range.until;
	const newest = first.items.length ? Math.max(...first.items.map((c) => timeOf(c.creationDate)).filter((t) => !Number.isNaN(t))) : NaN;
	let ref = upper ?? addDays(dayOf(Number.isFinite(newest) ? newest : Date.now()), 1);
	// Windows are counted in days below `ref`, down to the caller's since (or a day before Cliengo existed).
	const floorDay = range.since ?? EARLIEST_DAY;
	if (daysBetween(floorDay, ref) < 1) ref = addDays(floorDay, 1);
	// Contacts per day next to `upper`: from the newest page, then from each window read.
	let perDay = 0;
	if (first.items.length >= 2) {
		const times = first.items.map((c) => timeOf(c.creationDate)).filter((t) => !Number.isNaN(t));
		const spanDays = (Math.max(...times) - Math.min(...times)) / DAY_MS;
		perDay = times.length / Math.max(spanDays, 1 / 24);
	}

	for (;;) {
		if (remaining <= capacity) {
			// What is known says the rest fits: its first page tells whether it does.
			const rest = await fetchPage({ since: range.since, until: upper }, 0, pageSize);
			if (rest.total === undefined) throw noTotal();
			if (rest.total > reachable) {
				remaining = rest.total;
				continue;
			}
			const end = yield* readWindow({ since: range.since, until: upper }, rest);
			if (end !== 'capped') return;
			counts.clear();
			remaining = await countOf({ since: range.since, until: upper });
			continue;
		}
		const hiLimit = daysBetween(floorDay, ref);
		if (hiLimit < 1) {
			// Only reachable if Cliengo's totals contradict each other (more before 2000 than fits).
			throw new ListProblem(`Cliengo reports ${remaining} contacts created before ${upper}, which cannot be listed`);
		}
		// The window: the span (in days below `ref`) that the density says holds about AIM contacts.
		// Each try is the window's first page (read, not a count probe): one that fits is read on from
		// it; one too wide tells its total, and the span shrinks by as much; one that fits but is
		// short is widened once. The whole rest ([floorDay, upper), `hiLimit` days) is known not to fit.
		let misfit = range.since ? hiLimit : hiLimit + 1;
		let fit: { days: number; page: PageResult<IDataObject>; total: number } | undefined;
		let days = Math.min(misfit - 1, Math.max(1, perDay > 0 ? Math.floor(AIM / perDay) : 1));
		let widened = false;
		let overfull: number | undefined;
		for (;;) {
			const since = addDays(ref, -days);
			const page = await fetchPage({ since, until: upper }, 0, pageSize);
			if (page.total === undefined) throw noTotal();
			counts.set(`${since}|${upper ?? ''}|`, page.total);
			if (page.total <= capacity) {
				fit = { days, page, total: page.total };
				if (widened || page.total >= AIM * 0.6 || days + 1 >= misfit) break;
				widened = true;
				const wider = Math.min(misfit - 1, Math.floor((days * AIM) / Math.max(page.total, 1)));
				if (wider <= days) break;
				days = wider;
				continue;
			}
			misfit = days;
			if (days === 1) {
				overfull = page.total;
				break;
			}
			const narrower = Math.max(1, Math.min(misfit - 1, Math.floor((days * AIM) / page.total)));
			if (fit && narrower <= fit.days) break;
			days = narrower;
		}
		let end: WindowEnd;
		let since: string;
		if (overfull !== undefined && !fit) {
			since = addDays(ref, -1);
			end = yield* overfullDay(since, { since, until: upper }, overfull);
			perDay = overfull;
			remaining -= overfull;
		} else {
			const chosen = fit!;
			since = addDays(ref, -chosen.days);
			end = yield* readWindow({ since, until: upper }, chosen.page);
			perDay = chosen.total / chosen.days;
			remaining -= chosen.total;
		}
		if (end === 'stopped') return;
		if (end === 'capped') {
			// The window grew while it was read: split it again.
			counts.clear();
			remaining = await countOf({ since: range.since, until: upper });
			continue;
		}
		upper = since;
		ref = since;
		if (range.since && daysBetween(range.since, upper) <= 0) return;
		// Not asked again: the whole range's total less the windows read (leads arriving meanwhile are
		// newer, so they are in a window already read; the last window's first page corrects the rest).
		if (remaining <= 0) remaining = 1;
	}
}
