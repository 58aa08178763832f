/**
 * What the Chaport Polling Trigger reads on each poll, for core's pollWithTimeCursor (time cursor,
 * ids seen in a look-back window, state written only after a whole poll succeeded, and a memory of
 * its own saved with it).
 *
 * Every event reads the visitor list (`GET /visitors`, most recent chat first: `lastChatAt`, or
 * `createdAt` for a visitor without a chat) and stops at the first visitor older than the window
 * start (the last poll's start minus the look-back), or after a page whose visitors were all read
 * before and reach more than LISTED_WITHIN_MS below the last poll's top (core's SeenBefore): the
 * newest list key it read, or when Chaport read the list (the HTTP Date of its first answer less a
 * second) if later. So a poll with nothing new costs one request however many visitors changed
 * within the look-back, a burst within one millisecond included.
 * Once per SWEEP_MS a poll reads its whole window instead (core's sweep), so a change Chaport lists
 * later than that is emitted by the sweep, never lost.
 * - New Visitor: the visitors created within the window.
 * - New Chat / Chat Finished: for each visitor changed since the trigger last read it, its latest
 *   chat, and older chats (through `links.more`, by chat id) while the chat just read was created
 *   within the window; the chats created (or closed) within the window and after that last read.
 *   The memory keeps, per visitor, the `lastChatAt` read up to, so an idle poll reads no chat.
 *
 * When the list took more than one page, page 1 is read again down to the newest visitor of the
 * first read: a visitor that moved to the top while later pages were read (a new chat) is not
 * missed. Visitors changed within SETTLE_MS of the poll's start are read again by the next poll (a
 * change in the same millisecond as the one read).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { clockedFetch, isDataObject, listPage, listRecords, nextTop, pageSince, platformFetch, seenBefore, seenPage, type PollItem, type SeenBefore, type TimeCursorFetch, type TimeCursorPoll } from '@leadchat/core';
import { visitorChatsList, visitorsList } from '../Chaport/lists';
import { chaport } from '../Chaport/transport';

export type PollEvent = 'newVisitor' | 'newChat' | 'chatFinished';
export const POLL_EVENTS: readonly PollEvent[] = ['newVisitor', 'newChat', 'chatFinished'];

/** How far each poll looks back before the last poll's start: clock differences between n8n and Chaport, late writes. */
export const LOOKBACK_MS = 5 * 60_000;
/** Visitors changed this close to a poll's start are read again by the next poll (a change in the same millisecond). */
export const SETTLE_MS = 5_000;
/**
 * How late Chaport may list a change (after its time) and a poll still see it although it stopped
 * early, after a page all read before (core's SeenBefore). Chaport's visitor pages are small (20 in the
 * fake; the real size is not documented), so this is kept below a page's span in a burst.
 */
export const LISTED_WITHIN_MS = 1_000;
/**
 * How often a poll reads its whole window anyway (core's sweepMs), from the last sweep's start minus
 * the look-back: a change Chaport lists more than LISTED_WITHIN_MS late, behind a page all read
 * before, is emitted by the next sweep (at most this plus one poll interval late), once.
 */
export const SWEEP_MS = LOOKBACK_MS;
/** Visitors whose latest chat a manual run looks at. */
export const MANUAL_VISITORS = 10;

const time = (v: unknown) => (typeof v === 'string' && v !== '' ? Date.parse(v) : NaN);
/** The visitor list's order key: the latest chat's last change, or the visitor's creation without a chat. */
const listKey = (v: IDataObject) => time(v.lastChatAt ?? v.createdAt);
const idOf = (v: IDataObject) => String(v.id ?? '');

/**
 * The visitors whose list key is at least `since`, newest first (a page is asked for only while
 * the last one read reached `since` and was not all read before: core's SeenBefore, with
 * LISTED_WITHIN_MS for how late Chaport may list a change), read again from
 * page 1 when more than one page was read; and the newest list key read and when Chaport read the
 * list (its `Date`), for the next poll's `top`.
 */
async function changedVisitors(ctx: IPollFunctions, since: number, seen?: SeenBefore<IDataObject>): Promise<{ visitors: IDataObject[]; top?: number; readAt?: number }> {
	const { fetch, readAt } = clockedFetch(ctx, chaport);
	let pages = 0;
	const found = new Map<string, IDataObject>();
	let top: number | undefined;
	for (let token: string | undefined, first = true; first || token !== undefined; first = false) {
		const page = await listPage(fetch, visitorsList, {}, token);
		pages++;
		const part = pageSince(page.records, listKey, since);
		top ??= part.newest;
		for (const v of part.inWindow) if (!found.has(idOf(v))) found.set(idOf(v), v);
		if (part.older || seenPage(seen, part.inWindow, part.oldest)) break;
		token = page.next;
	}
	if (pages > 1 && top !== undefined) {
		// A visitor that moved to the top while later pages were read sorts at or above the first read's newest.
		for await (const v of listRecords(fetch, visitorsList, {})) {
			const key = listKey(v);
			if (Number.isNaN(key)) continue;
			if (key < top) break;
			const known = found.get(idOf(v));
			if (!known || listKey(known) < key) found.set(idOf(v), v);
		}
	}
	return { visitors: [...found.values()], top, readAt: readAt() };
}

/** A settled time is remembered as read; one within SETTLE_MS of the poll's start is read again next time. */
const readUpTo = (ts: number, poll: TimeCursorPoll) => (ts >= poll.pollStart - SETTLE_MS ? ts - 1 : ts);

/** The item of a chat event: the same shape as the Chaport Trigger's with "Fetch Chat and Visitor". */
export const chatItem = (event: 'chat.started' | 'chat.finished', visitor: IDataObject, chat: IDataObject): IDataObject => ({
	event,
	visitorId: idOf(visitor),
	chatId: chat.id as number,
	visitor,
	chat,
});

function newVisitors(visitors: IDataObject[], since: number): Array<PollItem<IDataObject>> {
	return visitors.filter((v) => time(v.createdAt) >= since).map((v) => ({ id: idOf(v), ts: time(v.createdAt), data: v }));
}

async function chatEvents(ctx: IPollFunctions, event: 'newChat' | 'chatFinished', since: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	const readTo = { ...((poll.memory?.readTo ?? {}) as Record<string, number>) };
	const last = { ...readTo };
	const read = await changedVisitors(ctx, since, seenBefore(poll, LISTED_WITHIN_MS, (v: IDataObject) => listKey(v) <= (last[idOf(v)] ?? -Infinity)));
	const visitors = read.visitors;
	const fetch = platformFetch(ctx, chaport);
	const items: Array<PollItem<IDataObject>> = [];
	for (const v of visitors) {
		const vid = idOf(v);
		const key = listKey(v);
		const done = readTo[vid];
		if (done !== undefined && key <= done) continue;
		if (!poll.fresh) {
			// Chats created or closed up to the last read were there then (history or already emitted).
			const after = Math.max(since - 1, done ?? -Infinity);
			for await (const chat of listRecords(fetch, visitorChatsList, { visitorId: vid })) {
				const created = time(chat.createdAt);
				const closed = time(chat.closedAt);
				if (event === 'newChat' && created > after) items.push({ id: `${vid}:${String(chat.id)}`, ts: created, data: chatItem('chat.started', v, chat) });
				if (event === 'chatFinished' && closed > after) items.push({ id: `${vid}:${String(chat.id)}@${String(chat.closedAt)}`, ts: closed, data: chatItem('chat.finished', v, chat) });
				// An older chat was created, and (one open chat at a time) closed, before this one was created.
				if (!(created > after)) break;
			}
		}
		readTo[vid] = readUpTo(key, poll);
	}
	const keepFrom = poll.keepFrom - 1;
	return { items, memory: { readTo: Object.fromEntries(Object.entries(readTo).filter(([, ts]) => ts >= keepFrom)), top: nextTop(read.top, poll, read.readAt) } };
}

export async function fetchSince(this: IPollFunctions, event: PollEvent, since: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	if (event !== 'newVisitor') return chatEvents(this, event, since, poll);
	// A visitor created before the window is never a new one, whatever its chats.
	const read = await changedVisitors(this, since, seenBefore(poll, LISTED_WITHIN_MS, (v: IDataObject) => time(v.createdAt) < since || poll.known(idOf(v))));
	return { items: newVisitors(read.visitors, since), memory: { top: nextTop(read.top, poll, read.readAt) } };
}

/** The newest record of the event, for manual test runs (the state is left alone). */
export async function fetchLatest(this: IPollFunctions, event: PollEvent): Promise<PollItem<IDataObject> | undefined> {
	const fetch = platformFetch(this, chaport);
	const visitors: IDataObject[] = [];
	for await (const v of listRecords(fetch, visitorsList, {})) {
		visitors.push(v);
		if (visitors.length >= MANUAL_VISITORS) break;
	}
	if (event === 'newVisitor') {
		const [newest] = visitors.filter((v) => !Number.isNaN(time(v.createdAt))).sort((a, b) => time(b.createdAt) - time(a.createdAt));
		return newest ? { id: idOf(newest), ts: time(newest.createdAt), data: newest } : undefined;
	}
	for (const v of visitors) {
		for await (const chat of listRecords(fetch, visitorChatsList, { visitorId: idOf(v) }, 1)) {
			if (!isDataObject(chat)) continue;
			if (event === 'newChat') return { id: `${idOf(v)}:${String(chat.id)}`, ts: time(chat.createdAt), data: chatItem('chat.started', v, chat) };
			if (chat.closedAt) return { id: `${idOf(v)}:${String(chat.id)}@${String(chat.closedAt)}`, ts: time(chat.closedAt), data: chatItem('chat.finished', v, chat) };
		}
	}
	return undefined;
}
