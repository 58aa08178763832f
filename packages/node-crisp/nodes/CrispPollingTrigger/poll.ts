/**
 * What the Crisp Polling Trigger reads on each poll, for core's pollWithTimeCursor (time cursor, ids
 * seen in a look-back window, state written only after a whole poll succeeded, and a memory of its
 * own saved with it).
 *
 * Every event reads one list newest first and stops at the first record older than the window
 * start (the last poll's start minus the look-back), or after a page whose records were all read
 * before and reach more than SETTLE_MS below the last poll's top (core's SeenBefore): the newest
 * time it read, or when Crisp read the list (the HTTP Date of its first answer less a second) if
 * later. So a poll with nothing new costs one request however many records changed within the
 * look-back, a burst within one millisecond included. Once per SWEEP_MS a
 * poll reads its whole window instead (core's sweep), so a record Crisp lists later than that is
 * emitted by the sweep, never lost:
 * - New Conversation: conversations by last update (a conversation shows in Crisp's list once it
 *   has a message). One created within the window is new. One created earlier that shows up now is
 *   new only if it had no message before the window (one request to its messages, remembered).
 * - New Message: conversations by last update; for each one updated since the trigger last read it,
 *   its messages after that point through the `timestamp_after` cursor. The memory keeps, per
 *   conversation, the update time read up to, so an idle poll reads no messages.
 * - Conversation State Changed: conversations by last update, each compared with the state the
 *   trigger last saw (the memory keeps the last 2,000 conversations' states).
 * - New or Updated Person: people profiles by `updated_at`, descending.
 *
 * Records updated within SETTLE_MS of the poll's start are read again by the next poll: a change in
 * the same millisecond as the one read (Crisp's times are milliseconds) is not lost.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiPath, clockedFetch, listPage, nextTop, pageSince, seenBefore, seenPage, type ListSpec, type PollItem, type SeenBefore, type TimeCursorFetch, type TimeCursorPoll } from '@leadchat/core';
import { conversationsList, peopleList } from '../Crisp/lists';
import { CRISP_CREDENTIAL, crisp, crispRequest } from '../Crisp/transport';

export type PollEvent = 'newConversation' | 'newMessage' | 'conversationStateChanged' | 'newOrUpdatedPerson';
export type SenderChoice = 'any' | 'visitor' | 'operator';
export type ConversationState = 'pending' | 'unresolved' | 'resolved';

/** How far each poll looks back before the last poll's start: clock differences between n8n and Crisp, Crisp's cached reads. */
export const LOOKBACK_MS = 5 * 60_000;
/** Records updated this close to a poll's start are read again by the next poll (a change in the same millisecond). */
export const SETTLE_MS = 5_000;
/**
 * How often a poll reads its whole window anyway (core's sweepMs), from the last sweep's start minus
 * the look-back: a record Crisp lists more than SETTLE_MS late, behind a page all read before, is
 * emitted by the next sweep (at most this plus one poll interval late), once.
 */
export const SWEEP_MS = LOOKBACK_MS;
/** Conversation states remembered for Conversation State Changed (the most recently updated ones). */
export const MAX_KNOWN_STATES = 2_000;
/** Messages per `…/messages` answer: Crisp does not document it; a full batch (or a 206) means more may follow. */
export const MESSAGE_BATCH = 20;

export interface PollSettings {
	event: PollEvent;
	websiteId: string;
	sender: SenderChoice;
	states: ConversationState[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const asList = (body: unknown) => (Array.isArray(body) ? (body as IDataObject[]) : []);

/** The website the trigger reads: the node's Website, else the credential's default. */
export async function websiteOf(ctx: IPollFunctions): Promise<string> {
	let chosen: unknown = ctx.getNodeParameter('websiteId', '', { extractValue: true });
	if (chosen === '' || chosen === undefined || chosen === null) chosen = (await ctx.getCredentials(CRISP_CREDENTIAL)).websiteId;
	const id = text(chosen).trim();
	if (id === '') throw new NodeOperationError(ctx.getNode(), '"Website" is required: choose a website, or set a Default Website ID in the Crisp API credential');
	return id;
}

/** A website list of the action node read from any context: its path under `/website/{id}`, outside the node's Website field. */
function onWebsite<P>(spec: ListSpec<P>, websiteId: string): ListSpec<P> {
	return {
		...spec,
		request: (p) => {
			const req = spec.request(p);
			return { ...req, family: 'root', path: `${apiPath`/website/${websiteId}`}${req.path}` };
		},
	};
}

/**
 * The records of a newest-first list down to `since`: the walk stops at the first older one, or
 * after a page all read before (core's SeenBefore, with SETTLE_MS for how late Crisp may list a
 * change); no further page is asked for. Also the newest time read and when Crisp read the list
 * (its `Date`), for the next poll's `top`.
 */
async function newestSince(
	ctx: IPollFunctions,
	spec: ListSpec<{ qs?: IDataObject }>,
	qs: IDataObject,
	tsOf: (r: IDataObject) => number,
	since: number,
	o: { limit?: number; seen?: SeenBefore<IDataObject> } = {},
): Promise<{ records: IDataObject[]; top?: number; readAt?: number }> {
	const { fetch, readAt } = clockedFetch(ctx, crisp);
	const limit = o.limit ?? Infinity;
	const records: IDataObject[] = [];
	const keys = new Set<string>();
	let top: number | undefined;
	for (let token: string | undefined, first = true; first || token !== undefined; first = false) {
		const page = await listPage(fetch, spec, { qs }, token);
		const part = pageSince(page.records, tsOf, since);
		if (part.newest !== undefined) top = Math.max(top ?? part.newest, part.newest);
		for (const record of part.inWindow) {
			const key = JSON.stringify([record.session_id, record.people_id]);
			if (keys.has(key)) continue;
			keys.add(key);
			records.push(record);
			if (records.length >= limit) return { records, top, readAt: readAt() };
		}
		if (part.older || seenPage(o.seen, part.inWindow, part.oldest)) break;
		token = page.next;
	}
	return { records, top, readAt: readAt() };
}

const byUpdate = { order_date_updated: 1 };
const byCreation = { order_date_created: 1 };
const updatedAt = (r: IDataObject) => num(r.updated_at);
const createdAt = (r: IDataObject) => num(r.created_at);

/** Conversations (with messages, as Crisp lists them) updated since `since`, most recent first. */
const conversationsSince = (ctx: IPollFunctions, s: PollSettings, since: number, seen?: SeenBefore<IDataObject>) => newestSince(ctx, onWebsite(conversationsList, s.websiteId), byUpdate, updatedAt, since, { seen });

/** A settled time is remembered as read; one within SETTLE_MS of the poll's start is read again next time. */
const readUpTo = (ts: number, poll: TimeCursorPoll) => (ts >= poll.pollStart - SETTLE_MS ? ts - 1 : ts);

/** Entries of a memory map whose time is at least `from`. */
function keepFrom(map: Record<string, number>, from: number): Record<string, number> {
	const out: Record<string, number> = {};
	for (const [k, v] of Object.entries(map)) if (v >= from) out[k] = v;
	return out;
}

const memoryMap = (memory: IDataObject | undefined, key: string) => ({ ...((memory?.[key] ?? {}) as Record<string, number>) });

// -------------------------------------------------------------------------------- messages

const messagesPath = (s: PollSettings, sessionId: string) => apiPath`/website/${s.websiteId}/conversation/${sessionId}/messages`;

/**
 * Every message of a conversation newer than `after` (ms), oldest first, through Crisp's
 * `timestamp_after` cursor. Each next batch starts at the last batch's newest millisecond (several
 * messages can share it), so equal timestamps across a batch boundary are not skipped.
 */
async function messagesAfter(ctx: IPollFunctions, s: PollSettings, sessionId: string, after: number): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	const fingerprints = new Set<string>();
	let cursor = after;
	for (;;) {
		const { status, body } = await crispRequest.call(ctx, { method: 'GET', family: 'root', path: messagesPath(s, sessionId), qs: { timestamp_after: cursor } });
		const batch = asList(body);
		const fresh = batch.filter((m) => !fingerprints.has(text(m.fingerprint)));
		for (const m of fresh) fingerprints.add(text(m.fingerprint));
		out.push(...fresh);
		const newest = Math.max(cursor, ...batch.map((m) => num(m.timestamp)).filter((t) => !Number.isNaN(t)));
		const more = status === 206 || batch.length >= MESSAGE_BATCH;
		if (!batch.length || !more) break;
		// Re-read the newest millisecond (dupes are dropped above), unless that would not move on.
		const next = fresh.length && newest - 1 > cursor ? newest - 1 : newest;
		if (next <= cursor && !fresh.length) break;
		cursor = next;
	}
	return out;
}

const senderMatches = (message: IDataObject, sender: SenderChoice) => sender === 'any' || (sender === 'visitor' ? message.from === 'user' : message.from === 'operator');

const messageItem = (m: IDataObject): PollItem<IDataObject> => ({ id: `${text(m.session_id)}:${text(m.fingerprint)}`, ts: num(m.timestamp), data: m });

async function newMessages(ctx: IPollFunctions, s: PollSettings, since: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	const readTo = memoryMap(poll.memory, 'readTo');
	const items: Array<PollItem<IDataObject>> = [];
	const read = await conversationsSince(ctx, s, since, seenBefore(poll, SETTLE_MS, (c) => updatedAt(c) <= (readTo[text(c.session_id)] ?? -Infinity)));
	for (const c of read.records) {
		const sid = text(c.session_id);
		const updated = updatedAt(c);
		const done = readTo[sid];
		if (done !== undefined && updated <= done) continue;
		if (poll.fresh) {
			// What exists at activation is history: read up to it, emit nothing.
			readTo[sid] = updated;
			continue;
		}
		const messages = await messagesAfter(ctx, s, sid, Math.max(done ?? -Infinity, since - 1));
		for (const m of messages) if (senderMatches(m, s.sender)) items.push(messageItem(m));
		readTo[sid] = readUpTo(Math.max(updated, ...messages.map((m) => num(m.timestamp)).filter((t) => !Number.isNaN(t))), poll);
	}
	return { items, memory: { readTo: keepFrom(readTo, poll.keepFrom - 1), top: nextTop(read.top, poll, read.readAt) } };
}

// ----------------------------------------------------------------------------- conversations

async function newConversations(ctx: IPollFunctions, s: PollSettings, since: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	// Conversations that showed up in the window but are older (they had messages before it).
	const old = memoryMap(poll.memory, 'old');
	const items: Array<PollItem<IDataObject>> = [];
	const wasOld = new Set(Object.keys(old));
	const read = await conversationsSince(ctx, s, since, seenBefore(poll, SETTLE_MS, (c) => poll.known(text(c.session_id)) || wasOld.has(text(c.session_id))));
	for (const c of read.records) {
		const sid = text(c.session_id);
		const created = createdAt(c);
		if (created >= since) {
			items.push({ id: sid, ts: created, data: c });
			continue;
		}
		if (old[sid] !== undefined) {
			old[sid] = updatedAt(c);
			continue;
		}
		// Emitted by an earlier poll (a sweep reads it again): no need to ask for its messages.
		if (poll.known(sid)) continue;
		// Created earlier, listed only now: new if its first message is inside the window.
		const earlier = poll.fresh ? [{}] : asList((await crispRequest.call(ctx, { method: 'GET', family: 'root', path: messagesPath(s, sid), qs: { timestamp_before: since } })).body);
		if (earlier.length) old[sid] = updatedAt(c);
		else items.push({ id: sid, ts: updatedAt(c), data: c });
	}
	return { items, memory: { old: keepFrom(old, poll.keepFrom), top: nextTop(read.top, poll, read.readAt) } };
}

async function stateChanges(ctx: IPollFunctions, s: PollSettings, since: number, poll: TimeCursorPoll): Promise<TimeCursorFetch<IDataObject>> {
	const known = { ...((poll.memory?.states ?? {}) as Record<string, [string, number]>) };
	const items: Array<PollItem<IDataObject>> = [];
	const last = { ...known };
	const read = await conversationsSince(ctx, s, since, seenBefore(poll, SETTLE_MS, (c) => updatedAt(c) <= (last[text(c.session_id)]?.[1] ?? -Infinity)));
	for (const c of read.records) {
		const sid = text(c.session_id);
		const updated = updatedAt(c);
		const state = text(c.state);
		const before = known[sid];
		if (before && updated <= before[1]) continue;
		known[sid] = [state, readUpTo(updated, poll)];
		if (poll.fresh) continue;
		// A conversation the trigger has not seen yet counts as changed, unless it was just created
		// and is still pending (the state a conversation starts in).
		const changed = before ? before[0] !== state : !(createdAt(c) >= since && state === 'pending');
		if (!changed || (s.states.length && !s.states.includes(state as ConversationState))) continue;
		items.push({ id: `${sid}@${updated}`, ts: updated, data: { ...c, previous_state: before ? before[0] : null } });
	}
	const kept = Object.entries(known)
		.sort((a, b) => b[1][1] - a[1][1])
		.slice(0, MAX_KNOWN_STATES);
	return { items, memory: { states: Object.fromEntries(kept), top: nextTop(read.top, poll, read.readAt) } };
}

// ------------------------------------------------------------------------------------ people

const peopleByUpdate = { sort_field: 'updated_at', sort_order: 'descending' };
const personItem = (p: IDataObject): PollItem<IDataObject> => ({ id: `${text(p.people_id)}@${updatedAt(p)}`, ts: updatedAt(p), data: p });

// ----------------------------------------------------------------------------------- entries

export async function fetchSince(this: IPollFunctions, s: PollSettings, since: number, poll: TimeCursorPoll): Promise<Array<PollItem<IDataObject>> | TimeCursorFetch<IDataObject>> {
	switch (s.event) {
		case 'newConversation':
			return newConversations(this, s, since, poll);
		case 'newMessage':
			return newMessages(this, s, since, poll);
		case 'conversationStateChanged':
			return stateChanges(this, s, since, poll);
		case 'newOrUpdatedPerson': {
			const read = await newestSince(this, onWebsite(peopleList, s.websiteId), peopleByUpdate, updatedAt, since, { seen: seenBefore(poll, SETTLE_MS, (p) => poll.known(personItem(p).id)) });
			return { items: read.records.map(personItem), memory: { top: nextTop(read.top, poll, read.readAt) } };
		}
	}
}

/** Conversations read for a manual run's newest message. */
const MANUAL_CONVERSATIONS = 10;

/** The newest record of the event, for manual test runs. */
export async function fetchLatest(this: IPollFunctions, s: PollSettings): Promise<PollItem<IDataObject> | undefined> {
	switch (s.event) {
		case 'newConversation': {
			const [c] = (await newestSince(this, onWebsite(conversationsList, s.websiteId), byCreation, createdAt, -Infinity, { limit: 1 })).records;
			return c ? { id: text(c.session_id), ts: createdAt(c), data: c } : undefined;
		}
		case 'conversationStateChanged': {
			const [c] = (await newestSince(this, onWebsite(conversationsList, s.websiteId), byUpdate, updatedAt, -Infinity, { limit: 1 })).records;
			return c ? { id: text(c.session_id), ts: updatedAt(c), data: { ...c, previous_state: null } } : undefined;
		}
		case 'newMessage': {
			for (const c of (await newestSince(this, onWebsite(conversationsList, s.websiteId), byUpdate, updatedAt, -Infinity, { limit: MANUAL_CONVERSATIONS })).records) {
				const { body } = await crispRequest.call(this, { method: 'GET', family: 'root', path: messagesPath(s, text(c.session_id)) });
				const newest = asList(body).filter((m) => senderMatches(m, s.sender)).pop();
				if (newest) return messageItem(newest);
			}
			return undefined;
		}
		case 'newOrUpdatedPerson': {
			const [p] = (await newestSince(this, onWebsite(peopleList, s.websiteId), peopleByUpdate, updatedAt, -Infinity, { limit: 1 })).records;
			return p ? personItem(p) : undefined;
		}
	}
}
