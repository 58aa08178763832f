/**
 * What the Cliengo Trigger fetches on each poll, for core's pollWithTimeCursor (time cursor + ids
 * seen in a look-back window, state written only after a successful fetch).
 *
 * - New Lead: every contact created since the window start. Cliengo filters by whole days, so the
 *   walk asks `since` = the window start's UTC day minus one day (Cliengo may read days in the
 *   account's time zone) and stops reading as soon as contacts are older than the window start
 *   (newest-first order, checked on every page). More than one page, or more than 1050 contacts,
 *   between two polls are handled by the same date-window walk as Return All (see warnPartial for
 *   the one case Cliengo's API makes unreachable).
 * - Contact Updated: every contact whose lastUpdateDate is in the window, asked with Cliengo's
 *   `lastUpdated` filter [3P]; each (contact, lastUpdateDate) pair is one event, so a contact
 *   updated twice triggers twice. Contacts never updated (lastUpdateDate = creationDate) are not
 *   update events. If Cliengo ignored `lastUpdated`, the walk would scan every contact: slower,
 *   still correct, since the dates are checked here.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { PollItem } from '@leadchat/core';
import { walkContacts } from '../Cliengo/helpers/contactWindows';
import { DAY_MS, dayOf, timeOf } from '../Cliengo/helpers/dates';
import { cliengoRequest, drain, listItems } from '../Cliengo/transport';

export type TriggerEvent = 'newLead' | 'contactUpdated';

/** The trigger's clock; tests replace `now` to poll across day boundaries. */
export const pollClock = { now: () => Date.now() };

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

export async function fetchSince(this: IPollFunctions, event: TriggerEvent, filters: IDataObject, sinceMs: number): Promise<Array<PollItem<IDataObject>>> {
	const dayBefore = dayOf(sinceMs - DAY_MS);
	if (event === 'newLead') {
		const contacts = await drain(
			walkContacts.call(this, {
				filters,
				since: dayBefore,
				isOlderThanNeeded: (c) => timeOf(c.creationDate) < sinceMs,
				onOverfullDay: 'partial',
				onPartialDay: (day, total, reachable, site) => warnPartial(this, day, total, reachable, site),
			}),
		);
		return contacts.map((c) => toPollItem(event, c)).filter((i) => !Number.isNaN(i.ts));
	}
	const contacts = await drain(
		walkContacts.call(this, {
			filters: { ...filters, lastUpdated: dayBefore },
			onOverfullDay: 'partial',
			onPartialDay: (day, total, reachable, site) => warnPartial(this, day, total, reachable, site),
		}),
	);
	return contacts.filter(wasUpdated).map((c) => toPollItem(event, c));
}

/** The newest lead (or the most recently updated one), for manual test runs. */
export async function fetchLatest(this: IPollFunctions, event: TriggerEvent, filters: IDataObject): Promise<PollItem<IDataObject> | undefined> {
	if (event === 'newLead') {
		const { body } = await cliengoRequest.call(this, { method: 'GET', path: '/contacts', qs: { ...filters, offset: 0, limit: 1 } });
		const [newest] = listItems(body).items;
		return newest ? toPollItem(event, newest) : undefined;
	}
	const { body } = await cliengoRequest.call(this, {
		method: 'GET',
		path: '/contacts',
		qs: { ...filters, lastUpdated: dayOf(pollClock.now() - 30 * DAY_MS), offset: 0, limit: 50 },
	});
	const updated = listItems(body).items.filter(wasUpdated);
	updated.sort((a, b) => timeOf(b.lastUpdateDate) - timeOf(a.lastUpdateDate));
	return updated.length ? toPollItem(event, updated[0]) : undefined;
}
