/**
 * Chaport Polling Trigger: every visitor, chat start and chat finish is emitted exactly once,
 * whatever happens between and during polls. The fake Chaport and the trigger share one
 * controllable clock, so records can be dated to the millisecond (several in one millisecond, at
 * the poll's own millisecond, while a poll reads). Each poll runs in a fresh context over the
 * static data n8n would keep.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { pollClock } from '@leadchat/core';
import { createChaportFake, createPollContext, crisp, useClock, type ChaportFake, type ChaportFakeOptions } from '@leadchat/testkit';
import { ChaportApi } from '../credentials/ChaportApi.credentials';
import { ChaportPollingTrigger } from '../nodes/ChaportPollingTrigger/ChaportPollingTrigger.node';
import { LOOKBACK_MS, SWEEP_MS } from '../nodes/ChaportPollingTrigger/poll';

const { prng } = crisp;
const trigger = new ChaportPollingTrigger();
const MIN = 60_000;
const T0 = Date.parse('2026-12-03T12:00:00.000Z');
let now = T0;
useClock(pollClock, () => now);

let fake: ChaportFake;
async function start(opts: ChaportFakeOptions = {}): Promise<ChaportFake> {
	now = T0;
	fake = createChaportFake({ now: () => now, ...opts });
	await fake.start();
	return fake;
}
afterEach(async () => {
	await fake.stop();
	fake.assertNoViolations();
});

type Event = 'newVisitor' | 'newChat' | 'chatFinished';

/** One poll in a fresh context (as n8n does), over the persisted static data. */
async function poll(state: IDataObject, event: Event = 'newChat', mode?: 'manual'): Promise<IDataObject[]> {
	const ctx = createPollContext({
		parameters: { event },
		credentials: { leadchatChaportApi: fake.credentials() as never },
		credentialTypes: [new ChaportApi()],
		nodeType: trigger,
		staticData: state,
		...(mode ? { mode } : {}),
	});
	const out = await trigger.poll.call(ctx);
	return out ? out[0].map((i) => i.json) : [];
}

const api = (path: string) => `/api/v1${path}`;
/** The requests since the last clearLog, as "METHOD path?query". */
const sent = () => fake.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${r.rawQuery}` : ''}`);
const visitors = () => fake.seeded!.visitorIds;
/** The item the trigger emits for a chat, from what the fake serves now. */
async function chatItem(event: 'chat.started' | 'chat.finished', visitorId: string, chatId: number): Promise<IDataObject> {
	const chat = ((await fake.call('GET', `/visitors/${visitorId}/chats/${chatId}`)).body as IDataObject).result as IDataObject;
	return { event, visitorId, chatId, visitor: fake.visitorJson(visitorId), chat };
}
/** "visitorId:chatId" of chat items. */
const keys = (items: IDataObject[]) => items.map((i) => `${String(i.visitorId)}:${String(i.chatId)}`);

describe('Chaport Polling Trigger: New Chat', () => {
	it('the first activation emits nothing; a new chat is emitted once with its visitor; an idle poll costs one request', async () => {
		await start();
		const state: IDataObject = {};
		fake.clearLog();
		expect(await poll(state)).toEqual([]);
		expect(sent()).toEqual([`GET ${api('/visitors')}`]);
		now += MIN;
		// Visitor 1 has two older chats: the walk stops at the first one created before the window.
		const visitorId = visitors()[1];
		const { chat } = fake.startChat(visitorId, 'Do you ship to Spain?');
		expect(chat.id).toBe(3);
		now += MIN;
		const expected = await chatItem('chat.started', visitorId, chat.id);
		fake.clearLog();
		expect(await poll(state)).toEqual([expected]);
		// The list down to the first visitor older than the window, the visitor's latest chat, its older one (created before the window: the walk stops).
		expect(sent()).toEqual([`GET ${api('/visitors')}`, `GET ${api(`/visitors/${visitorId}/chats`)}`, `GET ${api(`/visitors/${visitorId}/chats/2`)}`]);
		for (let i = 0; i < 3; i++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state)).toEqual([]);
			expect(sent()).toEqual([`GET ${api('/visitors')}`]);
		}
		// A message in the chat changes the visitor, not the chats: read, nothing emitted.
		fake.operatorMessage(visitorId, 'Yes, in 3 days.');
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('several chats in one millisecond, at the very millisecond of the poll, and two chats of one visitor between polls', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const [a, b, c, d, e] = visitors().slice(2, 7);
		// e: a chat started and finished, then a second one, both since the last poll.
		const e1 = fake.startChat(e, 'first').chat;
		fake.finishChat(e);
		now += 5;
		const e2 = fake.startChat(e, 'second').chat;
		now += MIN;
		// Three at the poll's own millisecond.
		const same = [a, b, c].map((v) => fake.startChat(v, 'same ms').chat);
		// Oldest first; equal times in id order.
		expect(keys(await poll(state))).toEqual([`${e}:${e1.id}`, `${e}:${e2.id}`, ...[a, b, c].map((v, i) => `${v}:${same[i].id}`).sort()]);
		// Same millisecond again, after the poll read: d's first chat, and a's next chat.
		const dChat = fake.startChat(d, 'after the read').chat;
		fake.finishChat(a);
		const a2 = fake.startChat(a, 'again').chat;
		now += MIN;
		expect(keys(await poll(state)).sort()).toEqual([`${d}:${dChat.id}`, `${a}:${a2.id}`].sort());
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('more than a page of visitors changed, and a visitor that moves to the top while page 2 is read', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const changed = visitors().slice(0, 23);
		const expected = changed.map((v) => {
			now += 100;
			return `${v}:${fake.startChat(v, 'hello').chat.id}`;
		});
		// The oldest of them writes again while page 2 is being asked for: it leaves page 2 for the top of page 1.
		let moved = false;
		const stop = fake.intercept(async (req, next) => {
			if (!moved && req.path === api('/visitors') && req.query.page === '2') {
				moved = true;
				now += 1;
				fake.operatorMessage(changed[0], 'moved up');
			}
			return next();
		});
		now += MIN;
		fake.clearLog();
		const out = await poll(state);
		stop();
		expect(moved).toBe(true);
		expect(keys(out).sort()).toEqual([...expected].sort());
		const lists = fake.requestsTo('listVisitors').map((r) => r.rawQuery);
		// Pages 1 and 2, then page 1 again (the first read's newest visitor is on it).
		expect(lists).toEqual(['', 'page=2', '']);
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('a failed poll (500 on one visitor\'s chat) changes nothing; the next poll emits each chat once', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const [a, b] = visitors().slice(12, 14);
		const ca = fake.startChat(a, 'first').chat;
		now += 10;
		const cb = fake.startChat(b, 'second').chat;
		now += MIN;
		const before = JSON.stringify(state);
		fake.inject({ status: 500, body: { error: { code: 'server_error', message: 'Internal error' } } }, { match: { path: api(`/visitors/${a}/chats`) } });
		const error = await poll(state).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe('Internal error');
		expect(JSON.stringify(state)).toBe(before);
		now += MIN;
		expect(await poll(state)).toEqual([await chatItem('chat.started', a, ca.id), await chatItem('chat.started', b, cb.id)]);
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('a restart (static data saved as JSON) neither loses nor repeats', async () => {
		await start();
		let state: IDataObject = {};
		await poll(state);
		now += MIN;
		const first = fake.startChat(visitors()[15], 'before the restart').chat;
		now += MIN;
		expect(keys(await poll(state))).toEqual([`${visitors()[15]}:${first.id}`]);
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += 3 * MIN;
		const during = [visitors()[16], visitors()[17]].map((v) => {
			now += 7;
			return `${v}:${fake.startChat(v, 'while n8n was down').chat.id}`;
		});
		now += 2 * MIN;
		expect(keys(await poll(state))).toEqual(during);
		state = JSON.parse(JSON.stringify(state)) as IDataObject;
		now += MIN;
		expect(await poll(state)).toEqual([]);
	});

	it('chats that exist at activation are history, even within the look-back', async () => {
		await start();
		now += MIN;
		const visitorId = visitors()[18];
		fake.startChat(visitorId, 'a minute before activation');
		now += MIN;
		const state: IDataObject = {};
		expect(await poll(state)).toEqual([]);
		now += MIN;
		fake.operatorMessage(visitorId, 'a reply after activation');
		now += MIN;
		expect(await poll(state)).toEqual([]);
		expect(now - T0).toBeLessThan(LOOKBACK_MS);
	});
});

describe('Chaport Polling Trigger: Chat Finished', () => {
	it('each finish is emitted once: a chat open at activation, a chat started and finished between polls, a re-opened chat finished again', async () => {
		await start();
		const state: IDataObject = {};
		expect(await poll(state, 'chatFinished')).toEqual([]);
		now += MIN;
		const open = fake.seeded!.openChatVisitorIds[1];
		const openChat = fake.finishChat(open);
		now += 10;
		const quick = visitors()[7];
		const quickChat = fake.startChat(quick, 'a quick question').chat;
		now += 10;
		fake.finishChat(quick);
		now += 10;
		// A new chat of the same visitor after the quick one finished: the walk reaches the older chat.
		fake.startChat(quick, 'one more thing');
		now += MIN;
		const first = await poll(state, 'chatFinished');
		expect(first).toEqual([await chatItem('chat.finished', open, openChat.id), await chatItem('chat.finished', quick, quickChat.id)]);
		expect(first.map((i) => (i.chat as IDataObject).stage)).toEqual(['closed', 'closed']);
		now += MIN;
		expect(await poll(state, 'chatFinished')).toEqual([]);
		// Re-opened and finished again: a second finish (another closedAt).
		fake.store.reopenChat(fake.chat(open)!, 'engaged');
		now += 10;
		fake.finishChat(open);
		now += MIN;
		const again = await poll(state, 'chatFinished');
		expect(again).toEqual([await chatItem('chat.finished', open, openChat.id)]);
		expect((again[0].chat as IDataObject).closedAt).toBe(new Date(now - MIN).toISOString());
		now += MIN;
		fake.clearLog();
		expect(await poll(state, 'chatFinished')).toEqual([]);
		expect(sent()).toEqual([`GET ${api('/visitors')}`]);
	});

	it('a chat that started but did not finish emits nothing', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state, 'chatFinished');
		now += MIN;
		fake.startChat(visitors()[9], 'still talking');
		now += MIN;
		expect(await poll(state, 'chatFinished')).toEqual([]);
	});
});

describe('Chaport Polling Trigger: New Visitor', () => {
	it('visitors created since the last poll are emitted once, oldest first; an idle poll costs one request', async () => {
		await start();
		const state: IDataObject = {};
		expect(await poll(state, 'newVisitor')).toEqual([]);
		now += MIN;
		const first = fake.addVisitor({ name: 'Lucía Gómez' });
		const twin = fake.addVisitor({ name: 'Same Millisecond' });
		now += 10;
		const chatty = fake.addVisitor({ name: 'Chatty' });
		fake.startChat(chatty.id, 'hello');
		now += MIN;
		fake.clearLog();
		expect(await poll(state, 'newVisitor')).toEqual([first, twin, chatty].map((v) => fake.visitorJson(v.id)).sort((x, y) => Date.parse(String(x.createdAt)) - Date.parse(String(y.createdAt)) || (String(x.id) < String(y.id) ? -1 : 1)));
		expect(sent()).toEqual([`GET ${api('/visitors')}`]);
		now += MIN;
		fake.clearLog();
		expect(await poll(state, 'newVisitor')).toEqual([]);
		expect(sent()).toEqual([`GET ${api('/visitors')}`]);
		// An old visitor's new chat is no new visitor.
		fake.startChat(visitors()[1], 'back again');
		now += MIN;
		expect(await poll(state, 'newVisitor')).toEqual([]);
	});
});

describe('Chaport Polling Trigger: manual runs and settings', () => {
	it('manual mode returns the newest item of each event and leaves the state alone', async () => {
		await start();
		const state: IDataObject = {};
		const visitorId = visitors()[11];
		now += MIN;
		const { chat } = fake.startChat(visitorId, 'newest chat');
		expect(await poll(state, 'newChat', 'manual')).toEqual([await chatItem('chat.started', visitorId, chat.id)]);
		// The newest finished chat: visitor 11's is open now, the next visitor in the list has a closed one.
		const listed = ((await fake.call('GET', '/visitors')).body as IDataObject).result as IDataObject[];
		const closed = listed.find((v) => fake.chat(String(v.id))?.stage === 'closed')!;
		expect(await poll(state, 'chatFinished', 'manual')).toEqual([await chatItem('chat.finished', String(closed.id), fake.chat(String(closed.id))!.id)]);
		const newest = fake.addVisitor({ name: 'Newest Visitor' });
		expect(await poll(state, 'newVisitor', 'manual')).toEqual([fake.visitorJson(newest.id)]);
		expect(state).toEqual({});
	});

	it('another event starts afresh: what exists is not replayed', async () => {
		await start();
		const state: IDataObject = {};
		await poll(state, 'newChat');
		now += MIN;
		fake.startChat(visitors()[19], 'hello');
		fake.finishChat(visitors()[19]);
		now += MIN;
		expect(await poll(state, 'chatFinished')).toEqual([]);
		now += MIN;
		expect(await poll(state, 'chatFinished')).toEqual([]);
	});
});

describe('Chaport Polling Trigger: randomized', () => {
	it('visitors, chats and finishes at random times between and during polls, with 500s, restarts and pages that shift — each emitted exactly once', async () => {
		await start({ pageSize: 5 });
		const rand = prng(1);
		const states: Record<Event, IDataObject> = { newVisitor: {}, newChat: {}, chatFinished: {} };
		const events: Event[] = ['newVisitor', 'newChat', 'chatFinished'];
		for (const event of events) await poll(states[event], event);
		const seq0 = fake.events.length;
		const newVisitors: string[] = [];
		const ids = [...visitors()];
		const act = () => {
			const r = rand();
			if (r < 0.15) {
				const v = fake.addVisitor({ name: 'random' });
				ids.push(v.id);
				newVisitors.push(v.id);
				return;
			}
			const v = ids[Math.floor(rand() * ids.length)];
			const open = fake.store.openChat(v);
			if (!open) fake.startChat(v, 'hello');
			else if (r < 0.6) fake.finishChat(v);
			else if (r < 0.8) fake.operatorMessage(v, 'reply');
			else fake.visitorMessage(v, 'more');
		};
		// Changes while a poll reads: a few per poll (each one makes the next polls read more).
		let inPoll = false;
		let duringBudget = 0;
		fake.intercept(async (req, next) => {
			if (inPoll && duringBudget > 0 && rand() < 0.3) {
				now += Math.floor(rand() * 50);
				for (let i = 0, k = 1 + Math.floor(rand() * 3); i < k; i++, duringBudget--) act();
			}
			return next();
		});
		const emitted: Record<Event, string[]> = { newVisitor: [], newChat: [], chatFinished: [] };
		const keyOf = (event: Event, item: IDataObject) =>
			event === 'newVisitor' ? String(item.id) : `${String(item.visitorId)}:${String(item.chatId)}${event === 'chatFinished' ? `@${String((item.chat as IDataObject).closedAt)}` : ''}`;
		let failures = 0;
		const pollAll = async (changesDuring: number) => {
			duringBudget = changesDuring;
			for (const event of events) {
				if (rand() < 0.15) fake.inject({ status: 500, body: { error: { code: 'server_error', message: 'Internal error' } } }, { match: { method: 'GET', path: /\/visitors(\/[0-9a-f]+\/chats(\/\d+)?)?$/ } });
				if (rand() < 0.2) states[event] = JSON.parse(JSON.stringify(states[event])) as IDataObject;
				inPoll = true;
				try {
					emitted[event].push(...(await poll(states[event], event)).map((item) => keyOf(event, item)));
				} catch (error) {
					expect(error).toBeInstanceOf(NodeApiError);
					failures++;
				} finally {
					inPoll = false;
					fake.clearFaults();
				}
			}
		};
		for (let round = 0; round < 15; round++) {
			// Usually within the look-back of the last poll, sometimes far beyond it (an hourly trigger).
			now += rand() < 0.3 ? LOOKBACK_MS + Math.floor(rand() * 10 * MIN) : 1000 + Math.floor(rand() * 3 * MIN);
			const between = rand() < 0.15 ? 20 + Math.floor(rand() * 20) : Math.floor(rand() * 6);
			const sameMs = rand() < 0.3;
			for (let i = 0; i < between; i++) {
				act();
				if (!sameMs) now += Math.floor(rand() * 2000);
			}
			await pollAll(8);
		}
		// Then nothing changes: what is left is emitted.
		for (let i = 0; i < 3; i++) {
			now += MIN;
			await pollAll(0);
		}
		const recorded = fake.events.slice(seq0);
		const expected: Record<Event, string[]> = {
			newVisitor: newVisitors,
			newChat: recorded.filter((e) => e.event === 'chat.started').map((e) => `${e.visitorId}:${e.chatId}`),
			chatFinished: recorded.filter((e) => e.event === 'chat.finished').map((e) => `${e.visitorId}:${e.chatId}@${String(e.chat.closedAt)}`),
		};
		expect(failures).toBeGreaterThan(0);
		expect(expected.chatFinished.length).toBeGreaterThan(15);
		for (const event of events) {
			expect(new Set(emitted[event]).size).toBe(emitted[event].length);
			expect([...emitted[event]].sort()).toEqual([...expected[event]].sort());
		}
	}, 120_000);
});

describe('Chaport Polling Trigger: a change Chaport lists late', () => {
	// Listed later than LISTED_WITHIN_MS after its time, below a full page of visitors already read: an
	// idle poll stops on that page; the sweep (5 minutes after the last one) reads the window and emits it, once.
	it.each(['newVisitor', 'newChat'] as const)('%s: below a full page already read, it is emitted by the next sweep, once', async (event) => {
		await start();
		const state: IDataObject = {};
		const t0 = now;
		await poll(state, event);
		const add = () => {
			const visitor = fake.addVisitor({ name: 'Burst' });
			return { visitor, chat: event === 'newChat' ? fake.startChat(visitor.id, 'hello').chat : undefined };
		};
		for (let i = 0; i < 30; i++) {
			now += 1000;
			add();
		}
		now += 10_000;
		expect(await poll(state, event)).toHaveLength(30);
		now += MIN;
		// Dated 2 s into the burst (28 newer visitors above it, a page holds 20), listed only now.
		const listed = now;
		now = t0 + 2_000;
		const { visitor: late, chat } = add();
		now = listed;
		const polls: Array<[number, string[], string[]]> = [];
		for (let minute = 0; minute <= 5; minute++) {
			if (minute) now += MIN;
			fake.clearLog();
			const out = await poll(state, event);
			polls.push([now - t0, event === 'newChat' ? keys(out) : out.map((v) => String(v.id)), sent()]);
		}
		const lateKey = chat ? `${late.id}:${chat.id}` : late.id;
		const page1 = `GET ${api('/visitors')}`;
		expect(polls).toEqual([
			// Page 1 was all read before and reaches more than LISTED_WITHIN_MS below the newest list key read.
			...[100, 160, 220, 280].map((s) => [s * 1000, [], [page1]]),
			// 340 s after the first poll (the last sweep): its window from then minus the look-back, 31
			// visitors on 2 pages, page 1 again (more than one page was read), and the late visitor's chats.
			[340_000, [lateKey], [page1, `${page1}?page=2`, page1, ...(event === 'newChat' ? [`GET ${api(`/visitors/${late.id}/chats`)}`] : [])]],
			[400_000, [], [page1]],
		]);
		expect(SWEEP_MS).toBe(5 * MIN);
	});
});

/** One change of the event, as a burst makes them: a new visitor, a new visitor's first chat, or that chat finished. */
const change: Record<Event, () => void> = {
	newVisitor: () => fake.addVisitor({ name: 'Burst' }),
	newChat: () => fake.startChat(fake.addVisitor({ name: 'Burst' }).id, 'hello'),
	chatFinished: () => {
		const visitor = fake.addVisitor({ name: 'Burst' });
		fake.startChat(visitor.id, 'hello');
		fake.finishChat(visitor.id);
	},
};

describe('Chaport Polling Trigger: after an instant burst, when Chaport read the list', () => {
	// Every record of a burst in one millisecond: no page of it reaches LISTED_WITHIN_MS below the newest
	// list key, so without more an idle poll would read the whole burst. Chaport's Date (whole seconds,
	// less one) says when it read the list: records listed after that are dated after it, so the next
	// polls stop after page 1.
	it.each(['newVisitor', 'newChat', 'chatFinished'] as const)('%s: each idle poll costs one request until the sweep', async (event) => {
		await start();
		const state: IDataObject = {};
		const t0 = now;
		await poll(state, event);
		now = t0 + 3_000;
		for (let i = 0; i < 30; i++) change[event]();
		now = t0 + 10_000;
		expect(await poll(state, event)).toHaveLength(30);
		const page1 = `GET ${api('/visitors')}`;
		for (let minute = 1; minute <= 4; minute++) {
			now = t0 + 10_000 + minute * MIN;
			fake.clearLog();
			expect(await poll(state, event)).toEqual([]);
			expect(sent()).toEqual([page1]);
		}
		// Five minutes after the first poll, the sweep reads its window: both pages of the burst, then
		// from page 1 again down to the first read's newest key (the 30 of the burst share it).
		now = t0 + 10_000 + 5 * MIN;
		fake.clearLog();
		expect(await poll(state, event)).toEqual([]);
		expect(sent()).toEqual([page1, `${page1}?page=2`, page1, `${page1}?page=2`]);
	});
});

describe('Chaport Polling Trigger: an idle poll costs one request', () => {
	const cases = (Object.keys(change) as Event[]).flatMap((event) => [50, 500, 2000].map((burst) => [event, burst] as const));

	it.each(cases)('%s: after a burst of %i records, each poll of the look-back costs one request, but the sweep every 5 minutes reads its whole window', async (event, burst) => {
		await start();
		const state: IDataObject = {};
		await poll(state, event);
		const start0 = now;
		const step = Math.floor((4 * MIN) / burst);
		for (let i = 0; i < burst; i++) {
			now += step;
			change[event]();
		}
		/** A sweep from `from`: the visitor pages down to the first visitor before it (20 a page in the fake), then page 1 again when it read more than one; no chat. */
		const sweep = (from: number) => {
			const inWindow = Array.from({ length: burst }, (_, i) => start0 + (i + 1) * step).filter((t) => t >= from).length;
			const pages = Math.floor(inWindow / 20) + 1;
			const list = Array.from({ length: pages }, (_, p) => (p === 0 ? `GET ${api('/visitors')}` : `GET ${api('/visitors')}?page=${p + 1}`));
			return pages > 1 ? [...list, `GET ${api('/visitors')}`] : list;
		};
		now += 10_000;
		expect(await poll(state, event)).toHaveLength(burst);
		for (let minute = 1; minute <= 6; minute++) {
			now += MIN;
			fake.clearLog();
			expect(await poll(state, event)).toEqual([]);
			// 5 minutes after the first poll (the last sweep), and again 5 minutes later: the window from
			// the last sweep's start minus the look-back (the whole burst, then the burst from its 10th second).
			if (minute === 1) expect(sent()).toEqual(sweep(start0 - SWEEP_MS));
			else if (minute === 6) expect(sent()).toEqual(sweep(start0 + 10_000));
			else expect(sent()).toEqual(sweep(Infinity));
		}
	});
});
