import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { useClock } from '@leadchat/testkit';
import { nextTop, pageSince, pollClock, pollWithTimeCursor, seenBefore, seenPage, type PollItem, type TimeCursorPoll } from '../src/triggers/polling';

/** A record source with a clock: records get the ts they are inserted with. */
class Source {
	items: Array<PollItem<{ id: string }>> = [];
	fail = false;
	fetches: number[] = [];
	add(id: string, ts: number) {
		this.items.push({ id, ts, data: { id } });
	}
	async since(ms: number) {
		this.fetches.push(ms);
		if (this.fail) throw new Error('poll failed half way');
		return this.items.filter((i) => i.ts >= ms).sort((a, b) => b.ts - a.ts);
	}
	async latest() {
		return [...this.items].sort((a, b) => b.ts - a.ts)[0];
	}
}

function pollContext(staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger') {
	return { getWorkflowStaticData: () => staticData, getMode: () => mode } as unknown as IPollFunctions;
}

const ids = (out: Awaited<ReturnType<typeof pollWithTimeCursor>>) => (out ? out[0].map((i) => (i.json as { id: string }).id) : []);

describe('pollWithTimeCursor', () => {
	let clock: number;
	let src: Source;
	let data: IDataObject;
	const poll = (d = data, mode: 'trigger' | 'manual' = 'trigger', extra: object = {}) =>
		pollWithTimeCursor.call(pollContext(d, mode), { fetchSince: (ms) => src.since(ms), fetchLatest: () => src.latest(), now: () => clock, lookbackMs: 60_000, ...extra });

	beforeEach(() => {
		clock = 1_000_000;
		src = new Source();
		data = {};
	});

	test('first activation emits nothing (no replay of history), later polls emit only new records', async () => {
		src.add('old-1', clock - 5_000);
		src.add('old-2', clock - 1_000);
		expect(await poll()).toBeNull();
		clock += 30_000;
		src.add('new-1', clock - 10_000);
		expect(ids(await poll())).toEqual(['new-1']);
		clock += 30_000;
		expect(await poll()).toBeNull();
	});

	test('several records with the same timestamp, split across polls, are each emitted once', async () => {
		await poll();
		const t = clock + 500;
		src.add('a', t);
		src.add('b', t);
		clock = t;
		expect(ids(await poll())).toEqual(['a', 'b']);
		src.add('c', t); // same second, arrives after the poll at that very instant
		clock = t + 1_000;
		expect(ids(await poll())).toEqual(['c']);
		clock += 1_000;
		expect(await poll()).toBeNull();
	});

	test('emits oldest first', async () => {
		await poll();
		src.add('z', clock + 30);
		src.add('y', clock + 10);
		src.add('x', clock + 20);
		clock += 100;
		expect(ids(await poll())).toEqual(['y', 'x', 'z']);
	});

	test('a failed poll leaves the state untouched; the next poll emits everything once', async () => {
		await poll();
		src.add('a', clock + 10);
		clock += 1_000;
		const before = JSON.stringify(data);
		src.fail = true;
		await expect(poll()).rejects.toThrow('poll failed half way');
		expect(JSON.stringify(data)).toBe(before);
		src.fail = false;
		src.add('b', clock + 10);
		clock += 1_000;
		expect(ids(await poll())).toEqual(['a', 'b']);
		clock += 1_000;
		expect(await poll()).toBeNull();
	});

	test('a restart (new context, the saved static data) neither loses nor repeats', async () => {
		await poll();
		src.add('a', clock + 10);
		clock += 1_000;
		expect(ids(await poll())).toEqual(['a']);
		const saved = JSON.parse(JSON.stringify(data)) as IDataObject; // what n8n persisted
		src.add('b', clock + 10);
		clock += 60_000; // n8n was down for a minute
		expect(ids(await poll(saved))).toEqual(['b']);
	});

	test('a record that shows up late with an older timestamp (inside the look-back) is still emitted once', async () => {
		await poll();
		clock += 10_000;
		expect(await poll()).toBeNull();
		src.add('late', clock - 20_000); // created before the last poll, visible only now
		clock += 10_000;
		expect(ids(await poll())).toEqual(['late']);
		clock += 10_000;
		expect(await poll()).toBeNull();
	});

	test('clock skew: the API clock behind n8n by 30 s loses nothing', async () => {
		await poll();
		clock += 5_000;
		src.add('skewed', clock - 30_000);
		clock += 1;
		expect(ids(await poll())).toEqual(['skewed']);
	});

	test('records repeated by a shifting page within one poll are emitted once', async () => {
		await poll();
		src.add('a', clock + 1);
		clock += 10;
		const out = await pollWithTimeCursor.call(pollContext(data), {
			fetchSince: async (ms) => {
				const page = await src.since(ms);
				return [...page, ...page];
			},
			fetchLatest: () => src.latest(),
			now: () => clock,
			lookbackMs: 60_000,
		});
		expect(ids(out)).toEqual(['a']);
	});

	test('manual mode returns the newest record and leaves the state alone', async () => {
		src.add('a', clock - 10);
		src.add('b', clock - 5);
		expect(ids(await poll(data, 'manual'))).toEqual(['b']);
		expect(data).toEqual({});
		src.items = [];
		expect(await poll(data, 'manual')).toBeNull();
	});

	test('changing the scope (filters) restarts from now instead of replaying', async () => {
		await poll(data, 'trigger', { scope: 'site=1' });
		src.add('a', clock + 10);
		clock += 100;
		expect(await poll(data, 'trigger', { scope: 'site=2' })).toBeNull();
		src.add('b', clock + 10);
		clock += 100;
		expect(ids(await poll(data, 'trigger', { scope: 'site=2' }))).toEqual(['b']);
	});

	test('remembered ids are pruned to the look-back window and bounded', async () => {
		await poll();
		for (let i = 0; i < 30; i++) src.add(`r${i}`, clock + i);
		clock += 100;
		expect(ids(await poll(data, 'trigger', { maxSeen: 10 }))).toHaveLength(30);
		expect((data.timeCursor as { seen: unknown[] }).seen).toHaveLength(10);
		clock += 120_000;
		await poll();
		expect((data.timeCursor as { seen: unknown[] }).seen).toHaveLength(0);
	});

	test('asks for records since cursor minus look-back', async () => {
		await poll();
		clock += 1_000;
		await poll();
		expect(src.fetches).toEqual([1_000_000 - 60_000, 1_000_000 - 60_000]);
		clock += 1_000;
		await poll();
		expect(src.fetches[2]).toBe(1_001_000 - 60_000);
	});

	test('memory: saved with the cursor after a successful poll, handed to the next, kept back by a failed one, dropped with the scope', async () => {
		const calls: Array<{ fresh: boolean; pollStart: number; memory?: IDataObject }> = [];
		let failNext = false;
		const run = (scope = 'a') =>
			pollWithTimeCursor.call(pollContext(data), {
				fetchSince: async (ms, p) => {
					calls.push(p);
					if (failNext) throw new Error('failed');
					const n = Number(p.memory?.n ?? 0);
					return { items: await src.since(ms), memory: { n: n + 1 } };
				},
				fetchLatest: () => src.latest(),
				now: () => clock,
				lookbackMs: 60_000,
				scope,
			});
		expect(await run()).toBeNull();
		src.add('a', clock + 1);
		clock += 1_000;
		expect(ids(await run())).toEqual(['a']);
		failNext = true;
		clock += 1_000;
		await expect(run()).rejects.toThrow('failed');
		failNext = false;
		clock += 1_000;
		await run();
		await run('b');
		expect(calls.map((c) => [c.fresh, c.pollStart, c.memory])).toEqual([
			[true, 1_000_000, undefined],
			[false, 1_001_000, { n: 1 }],
			[false, 1_002_000, { n: 2 }],
			[false, 1_003_000, { n: 2 }],
			[true, 1_003_000, undefined],
		]);
		expect((data.timeCursor as { memory: unknown }).memory).toEqual({ n: 1 });
	});

	test('known: the ids earlier polls handled (remembered within the look-back), none on a fresh start', async () => {
		const asked: Array<Record<string, boolean>> = [];
		const run = () =>
			pollWithTimeCursor.call(pollContext(data), {
				fetchSince: async (ms, p) => {
					asked.push(Object.fromEntries(['old', 'a', 'b'].map((id) => [id, p.known(id)])));
					return src.since(ms);
				},
				fetchLatest: () => src.latest(),
				now: () => clock,
				lookbackMs: 60_000,
			});
		src.add('old', clock - 1);
		await run();
		src.add('a', clock + 1);
		clock += 1_000;
		await run();
		src.add('b', clock + 1);
		clock += 120_000;
		await run();
		clock += 1_000;
		await run();
		expect(asked).toEqual([
			{ old: false, a: false, b: false },
			{ old: true, a: false, b: false },
			// 'b' is not handled yet (it is found by this poll).
			{ old: true, a: true, b: false },
			// Every id fell out of the look-back before the last poll's start.
			{ old: false, a: false, b: false },
		]);
	});

	test('sweepMs: a poll reads its whole window from the last sweep once sweepMs passed (fresh start and a state without one included); a failed sweep is redone; keepFrom reaches the next sweep', async () => {
		const asked: Array<[number, boolean, number]> = [];
		const run = () =>
			pollWithTimeCursor.call(pollContext(data), {
				fetchSince: async (ms, p) => {
					asked.push([ms - 1_000_000, p.sweep, p.keepFrom - 1_000_000]);
					return src.since(ms);
				},
				fetchLatest: () => src.latest(),
				now: () => clock,
				lookbackMs: 60_000,
				sweepMs: 50_000,
			});
		await run(); // fresh: a sweep of its own window
		clock += 20_000;
		await run();
		// Below the window of a poll that is no sweep, inside the window of the next sweep (from the last sweep's start).
		clock += 20_000;
		src.add('late', 1_000_000 - 45_000);
		await run();
		clock += 20_000; // 60 s after the first sweep
		src.fail = true;
		await expect(run()).rejects.toThrow('failed');
		src.fail = false;
		expect(ids(await run())).toEqual(['late']);
		clock += 20_000;
		expect(await run()).toBeNull();
		expect(asked).toEqual([
			[-60_000, true, -60_000],
			[-60_000, false, -60_000],
			[-40_000, false, -60_000],
			[-60_000, true, 0],
			[-60_000, true, 0],
			[0, false, 0],
		]);
		expect(data.timeCursor).toMatchObject({ cursor: 1_080_000, sweptAt: 1_060_000 });
		// A state saved before sweeps existed: its next poll is a sweep of its own window.
		delete (data.timeCursor as IDataObject).sweptAt;
		clock += 1_000;
		await run();
		expect(asked.at(-1)).toEqual([20_000, true, 21_000]);
	});

	test('without sweepMs every poll reads its own window, as before', async () => {
		const asked: Array<[number, boolean, number]> = [];
		const run = () => pollWithTimeCursor.call(pollContext(data), { fetchSince: async (ms, p) => (asked.push([ms - 1_000_000, p.sweep, p.keepFrom - 1_000_000]), src.since(ms)), fetchLatest: () => src.latest(), now: () => clock, lookbackMs: 60_000 });
		await run();
		clock += 20_000;
		await run();
		expect(asked).toEqual([
			[-60_000, true, -60_000],
			[-60_000, true, -40_000],
		]);
		expect(data.timeCursor).not.toHaveProperty('sweptAt');
	});

	test('default look-back and clock are used when not given', async () => {
		const d: IDataObject = {};
		await pollWithTimeCursor.call(pollContext(d), { fetchSince: async () => [], fetchLatest: async () => undefined, stateKey: 'k' });
		expect(typeof (d.k as { cursor: number }).cursor).toBe('number');
	});
});


describe('pollClock: the clock pollWithTimeCursor reads when no `now` is given', () => {
	let time = 5_000_000;
	useClock(pollClock, () => time);

	test('each poll starts at pollClock.now(): the cursor, and the window it looks back from', async () => {
		const src = new Source();
		const d: IDataObject = {};
		const poll = () => pollWithTimeCursor.call(pollContext(d), { fetchSince: (ms) => src.since(ms), fetchLatest: () => src.latest(), lookbackMs: 60_000 });
		await poll();
		expect(d.timeCursor).toMatchObject({ cursor: 5_000_000 });
		time += 30_000;
		src.add('a', time - 1);
		expect(ids(await poll())).toEqual(['a']);
		expect(src.fetches).toEqual([5_000_000 - 60_000, 5_000_000 - 60_000]);
		expect(d.timeCursor).toMatchObject({ cursor: 5_030_000 });
	});

	test('seenBefore / seenPage / nextTop: a page lets a poll stop when all of it was handled and it reaches lateMs below the last top', () => {
		const poll = (memory?: object, fresh = false, sweep = false): TimeCursorPoll => ({ fresh, pollStart: 0, memory: memory as IDataObject, known: () => false, sweep, keepFrom: 0 });
		const handled = (r: { id: string }) => r.id !== 'new';
		expect(seenBefore(poll(), 1000, handled)).toBeUndefined();
		expect(seenBefore(poll({ top: 5000 }, true), 1000, handled)).toBeUndefined();
		// A sweep reads its whole window.
		expect(seenBefore(poll({ top: 5000 }, false, true), 1000, handled)).toBeUndefined();
		const seen = seenBefore(poll({ top: 5000 }), 1000, handled);
		expect(seen).toMatchObject({ top: 5000, lateMs: 1000 });
		expect(seenPage(seen, [{ id: 'a' }, { id: 'b' }], 3999)).toBe(true);
		// Not below top − lateMs: a change listed up to lateMs late could be on the next page.
		expect(seenPage(seen, [{ id: 'a' }, { id: 'b' }], 4000)).toBe(false);
		expect(seenPage(seen, [{ id: 'a' }, { id: 'new' }], 100)).toBe(false);
		expect(seenPage(seen, [], 100)).toBe(false);
		expect(seenPage(undefined, [{ id: 'a' }], 100)).toBe(false);
		expect(nextTop(7000, poll({ top: 5000 }))).toBe(7000);
		expect(nextTop(3000, poll({ top: 5000 }))).toBe(5000);
		expect(nextTop(undefined, poll({ top: 5000 }))).toBe(5000);
		expect(nextTop(undefined, poll())).toBeUndefined();
		// When the server read the list (clockedFetch's readAt) counts too: after an instant burst it is above every record read.
		expect(nextTop(7000, poll({ top: 5000 }), 9000)).toBe(9000);
		expect(nextTop(7000, poll({ top: 5000 }), 6000)).toBe(7000);
		expect(nextTop(undefined, poll(), 9000)).toBe(9000);
		expect(nextTop(undefined, poll({ top: 5000 }), undefined)).toBe(5000);
	});

	test('pageSince: the records at or after since, their oldest time, the newest read, and whether an older one was met', () => {
		const ts = (r: { t: number }) => r.t;
		expect(pageSince([{ t: 9 }, { t: NaN }, { t: 7 }, { t: 4 }, { t: 8 }], ts, 5)).toEqual({ inWindow: [{ t: 9 }, { t: 7 }], oldest: 7, newest: 9, older: true });
		expect(pageSince([{ t: 9 }, { t: 6 }], ts, 5)).toEqual({ inWindow: [{ t: 9 }, { t: 6 }], oldest: 6, newest: 9, older: false });
		expect(pageSince([{ t: NaN }], ts, 5)).toEqual({ inWindow: [], oldest: Infinity, older: false });
	});
});
