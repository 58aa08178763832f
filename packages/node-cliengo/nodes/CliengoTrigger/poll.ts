/**
 * What the Cliengo Trigger fetches on each poll, for core's pollWithTimeCursor (time cursor + ids
 * seen in a look-back window, state written only after a successful fetch).
 *
 * - New Lead: every contact created since the window start. Cliengo filters by whole days, in a
 *   zone it does not state (UTC, or the account's), so the walk asks `since` = the latest day that
 *   has begun by the window start in every time zone (dayBegunEverywhereBy) and stops reading as
 *   soon as contacts are older than the window start (newest-first order, checked on every page).
 *   More than one page, or more than 1050 contacts, between two polls are handled by the same
 *   date-window walk as Return All (see warnPartial for the one case Cliengo's API makes
 *   unreachable).
 * - Contact Updated: every contact whose lastUpdateDate is in the window, asked with Cliengo's
 *   `lastUpdated` filter [3P] from the latest day that has begun by the window start in every time
 *   zone (dayBegunEverywhereBy); each (contact, lastUpdateDate) pair is one event, so a contact
 *   updated twice triggers twice. Contacts never updated (lastUpdateDate = creationDate) are not
 *   update events. Cliengo lists by creation, and a second update leaves the total as it was, so
 *   every poll reads the whole query. If Cliengo ignored `lastUpdated`, the walk would scan every
 *   contact: slower, still correct, since the dates are checked here.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { ListProblem, collectList, listPage, platformFetch, pollClock, type ListFetch, type ListRequest, type ListSpec, type PollItem, type TimeCursorFetch, type TimeCursorPoll } from '@leadchat/core';
import { contactWalk } from '../Cliengo/helpers/contactWindows';
import { DAY_MS, dayBegunEverywhereBy, dayOf, timeOf } from '../Cliengo/helpers/dates';
import { PAGE_SIZE, contactList, type ContactFilters } from '../Cliengo/helpers/lists';
import { cliengo, listItems } from '../Cliengo/transport';

export type TriggerEvent = 'newLead' | 'contactUpdated';

/** The look-back of each poll (core's default, 10 minutes): clock differences, leads Cliengo lists late. */
export const LOOKBACK_MS = 10 * 60_000;
/**
 * How often a New Lead poll walks its whole window anyway (core's sweepMs), from the last sweep's
 * start minus the look-back, whatever the count says: what the count cannot see is emitted by the
 * next sweep (at most this plus one poll interval late), once.
 */
export const SWEEP_MS = LOOKBACK_MS;

export function wasUpdated(contact: IDataObject): boolean {
	const updated = timeOf(contact.lastUpdateDate);
	return !Number.isNaN(updated) && updated > timeOf(contact.creationDate);
}

export function toPollItem(event: TriggerEvent, contact: IDataObject): PollItem<IDataObject> {
	if (event === 'newLead') return { id: String(contact.id), ts: timeOf(contact.creationDate), data: contact };
	return { id: `${String(contact.id)}@${String(contact.lastUpdateDate)}`, ts: timeOf(contact.lastUpdateDate), data: contact };
}

/**
 * More than 1000 matching leads created on one day of one site cannot all be reached through
 * Cliengo's API (offset cap, whole-day filters, no other partition). Failing the poll would fail it
 * forever (those leads never become reachable), so the trigger emits the newest 1050 of that day and
 * says so in n8n's log. Only a burst of that size between two polls (e.g. after a long outage) can
 * cause it; a Site or Status filter avoids it.
 */
function warnPartial(ctx: IPollFunctions, day: string, total: number, reachable: number, websiteId?: string): void {
	const what = websiteId ? `leads of site ${websiteId}` : 'leads';
	ctx.logger.warn(
		`Cliengo Trigger: ${total} ${what} match on ${day}, more than Cliengo lets us page through (${reachable}); only the newest ${reachable} of them could be checked. Add a Status filter, or one trigger per site, to split them.`,
		{ node: ctx.getNode().name, day, total, ...(websiteId ? { websiteId } : {}) },
	);
}

/** Every contact the filters match, by the date-window walk of Get Many (a partial over-full day is logged, not failed). */
async function allContacts(ctx: IPollFunctions, filters: ContactFilters, isOlderThanNeeded?: (contact: IDataObject) => boolean, fetch: ListFetch = platformFetch(ctx, cliengo)): Promise<IDataObject[]> {
	const list: ListSpec<ContactFilters> = {
		...contactList,
		paging: contactWalk({
			isOlderThanNeeded,
			onOverfullDay: 'partial',
			onPartialDay: (day, total, reachable, site) => warnPartial(ctx, day, total, reachable, site),
		}),
	};
	// A problem of the list becomes the node's error with its hint; API errors already are NodeApiErrors.
	return collectList(fetch, list, filters, { returnAll: true }).catch((error: unknown) => {
		throw error instanceof ListProblem ? new NodeOperationError(ctx.getNode(), error.message, { description: error.hint }) : error;
	});
}

/** What a New Lead poll remembers: the day its count query starts at, and the count of the last read. */
interface LeadCount {
	since: string;
	total: number;
}

const leadCountOf = (memory: IDataObject | undefined): LeadCount | undefined =>
	memory && typeof memory.since === 'string' && typeof memory.total === 'number' ? { since: memory.since, total: memory.total } : undefined;

/** The query of a New Lead poll's first request: the walk's first page (newest 50) from `since`. */
function firstPage(filters: ContactFilters, since: string): ListRequest {
	const req = contactList.request({ ...filters, since });
	return { ...req, qs: { ...req.qs, offset: 0, limit: PAGE_SIZE } };
}

/**
 * New Lead: the newest page from the day begun everywhere by the window start (Cliengo filters
 * whole days), whose `paging.total` counts every lead created since then. When it equals the count
 * the last read ended on (same query) and every lead of the page newer than the window start was
 * handled, no lead has come in since, wherever it would sort (a lead visible late included): the
 * poll ends there, one request. Otherwise the date-window walk reads newest first down to the
 * window start (its first request is that same page, sent once), and the count of its first page is
 * remembered: leads arriving while it reads make the next count differ, so they are read then.
 *
 * What the count cannot see: as many leads of the query deleted (or moved out by a Status filter)
 * as arrived late, between two polls. So once per SWEEP_MS (core's sweep) the poll skips the count
 * and walks its whole window, which catches such a lead, once. A lead newer than the last read
 * sorts on the first page, so it is always seen at once.
 */
async function newLeads(ctx: IPollFunctions, filters: ContactFilters, sinceMs: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	const fetch = platformFetch(ctx, cliengo);
	const last = leadCountOf(poll.memory);
	const since = dayBegunEverywhereBy(sinceMs);
	let answered: { req: string; body: unknown } | undefined;
	if (last && last.since <= since && !poll.sweep) {
		const req = firstPage(filters, last.since);
		const body = await fetch(req);
		const page = listItems(body);
		const handled = page.items.every((c) => timeOf(c.creationDate) < sinceMs || poll.known(String(c.id)));
		if (page.total === last.total && handled) return { items: [], memory: { ...last } };
		answered = { req: JSON.stringify(req), body };
	}
	// The walk's requests, its first page counted (and not sent again when the check above asked it).
	let total: number | undefined;
	let first = true;
	const counting: ListFetch = async (req) => {
		const body = answered && JSON.stringify(req) === answered.req ? answered.body : await fetch(req);
		answered = undefined;
		if (first) total = listItems(body).total;
		first = false;
		return body;
	};
	const contacts = await allContacts(ctx, { ...filters, since }, (c) => timeOf(c.creationDate) < sinceMs, counting);
	const items = contacts.map((c) => toPollItem('newLead', c)).filter((i) => !Number.isNaN(i.ts));
	return { items, memory: total === undefined ? undefined : { since, total } };
}

export async function fetchSince(this: IPollFunctions, event: TriggerEvent, filters: ContactFilters, sinceMs: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	if (event === 'newLead') return newLeads(this, filters, sinceMs, poll);
	const contacts = await allContacts(this, { ...filters, lastUpdated: dayBegunEverywhereBy(sinceMs) });
	return { items: contacts.filter(wasUpdated).map((c) => toPollItem(event, c)) };
}

/** The newest lead (or the most recently updated one of a page), for manual test runs. */
export async function fetchLatest(this: IPollFunctions, event: TriggerEvent, filters: ContactFilters): Promise<PollItem<IDataObject> | undefined> {
	const fetch = platformFetch(this, cliengo);
	if (event === 'newLead') {
		const [newest] = await collectList(fetch, contactList, filters, { returnAll: false, limit: 1 });
		return newest ? toPollItem(event, newest) : undefined;
	}
	const { records } = await listPage(fetch, contactList, { ...filters, lastUpdated: dayOf(pollClock.now() - 30 * DAY_MS) });
	const updated = records.filter(wasUpdated);
	updated.sort((a, b) => timeOf(b.lastUpdateDate) - timeOf(a.lastUpdateDate));
	return updated.length ? toPollItem(event, updated[0]) : undefined;
}
