/**
 * Cliengo Trigger (polling): every new lead is emitted exactly once, whatever happens between and
 * during polls. The fake and the trigger share one controllable clock, so leads can be dated to the
 * millisecond (same second, across midnight, arriving late within the look-back window).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { pollClock } from '@leadchat/core';
import { cliengo, useClock, type TestContextExtras } from '@leadchat/testkit';
const { prng } = cliengo;
import { trigger, withFake, type CliengoFake, type CliengoFakeOptions, type CliengoHarness } from './helpers';
import { SWEEP_MS } from '../nodes/CliengoTrigger/poll';

const MIN = 60_000;
let now = Date.parse('2026-06-15T12:00:00.000Z');
useClock(pollClock, () => now);

/** The running test's harness: a fake of its own, the trigger polling it. */
let h: CliengoHarness;

/**
 * A test against a fake of its own (40 leads over five days unless `options` say otherwise), on the
 * clock the fake and the trigger share, reset to noon.
 */
const withLeads = (options: CliengoFakeOptions, body: (fake: CliengoFake) => Promise<void>) => async () => {
	now = Date.parse('2026-06-15T12:00:00.000Z');
	await withFake({ now: () => now, seed: { contacts: 40, from: '2026-06-10T00:00:00Z', to: '2026-06-15T11:00:00Z' }, ...options }, async (own) => {
		h = own;
		await body(own.fake);
	});
};

/** A poll context over the persisted static data (n8n keeps one for as long as the trigger is active: nothing may be kept on it between polls). */
const pollContext = (parameters: IDataObject, staticData: IDataObject, extra: { mode?: 'manual' } = {}) =>
	h.context('poll', { nodeType: trigger, parameters, staticData, ...extra }) as unknown as IPollFunctions & TestContextExtras;

/** One poll over the persisted static data (a fresh context each time: the trigger keeps nothing on it). */
async function poll(staticData: IDataObject, parameters: IDataObject = { event: 'newLead' }, mode?: 'manual'): Promise<IDataObject[]> {
	const out = await trigger.poll.call(pollContext(parameters, staticData, mode ? { mode } : {}));
	return out ? out[0].map((i) => i.json) : [];
}

const ids = (items: Array<{ id?: unknown }>) => items.map((i) => String(i.id));
/** The contact list requests since the last clearLog: path, since, offset, limit, how many query keys. */
const requestsOf = (fake: CliengoFake) => fake.requests.map((r) => [r.path, r.query.since, r.query.offset, r.query.limit, Object.keys(r.query).length]);
/**
 * Requests of the walk over a burst of 50 / 500 / 2,000 leads spread over the sites (a sweep reads the
 * same): a page of 50 past the newest 50 / 500 to the first older lead; 2,000 pass the 1000-offset cap,
 * so the date-window walk reads them per site.
 */
const SWEEP_REQUESTS: Record<number, number> = { 50: 2, 500: 11, 2000: 68 };

describe('Cliengo Trigger: New Lead', () => {
	it('the first activation emits nothing; later polls emit only new leads, oldest first', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		expect(await poll(state)).toEqual([]);
		expect(state.cliengoTimeCursor).toMatchObject({ cursor: now });
		now += MIN;
		expect(await poll(state)).toEqual([]);
		now += MIN;
		const a = fake.insertLead({ name: 'A' });
		now += 1000;
		const b = fake.insertLead({ name: 'B' });
		now += MIN;
		const out = await poll(state);
		expect(out).toEqual([a, b].map((c) => JSON.parse(JSON.stringify(c))));
		now += MIN;
		expect(await poll(state)).toEqual([]);
	}));

	it('reads one page per poll when few leads arrived (stops at the first older lead)', withLeads({ seed: { contacts: 500, from: '2026-06-14T00:00:00Z', to: '2026-06-15T11:59:00Z' } }, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		fake.insertLead({ name: 'one' });
		fake.clearLog();
		now += MIN;
		expect(await poll(state)).toHaveLength(1);
		expect(fake.requests.map((r) => [r.query.since, r.query.offset, r.query.limit])).toEqual([['2026-06-14', '0', '50']]);
	}));

	it('several leads in the same second, and more than one page between two polls', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const burst = Array.from({ length: 130 }, (_, i) => fake.insertLead({ name: `Burst ${i}` }));
		now += MIN;
		const out = await poll(state);
		expect(out).toHaveLength(130);
		expect(new Set(ids(out))).toEqual(new Set(ids(burst)));
		// Same creationDate: ordered by id, oldest first.
		expect(ids(out)).toEqual(ids(burst));
		expect(fake.requestsTo('contacts.list').map((r) => r.query.offset)).toEqual(['0', '0', '50', '100']);
		now += MIN;
		expect(await poll(state)).toEqual([]);
	}));

	it('more than 1050 leads between two polls (e.g. after a 3-day outage: the date-window walk)', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		const inserted: string[] = [];
		for (let i = 0; i < 1400; i++) {
			now += 3 * MIN;
			inserted.push(fake.insertLead({ name: `L${i}` }).id);
		}
		now += MIN;
		const out = await poll(state);
		expect(out).toHaveLength(1400);
		expect(ids(out)).toEqual(inserted);
		for (const r of fake.requestsTo('contacts.list')) expect(Number(r.query.offset)).toBeLessThanOrEqual(1000);
	}));

	// Over 1000 leads created on one day of one site cannot all be reached through Cliengo's API.
	// Failing would fail every poll from then on, so the trigger emits the newest 1050 of that day
	// and logs a warning (a Site filter, or leads spread over two sites, avoids it).
	it('a burst of 1,100 leads on one day of one site: the newest 1050 of it, and a warning in the log', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		const inserted: string[] = [];
		for (let i = 0; i < 1100; i++) {
			now += 20_000;
			inserted.push(fake.insertLead({ name: `B${i}` }).id);
		}
		now += MIN;
		const ctxt = pollContext({ event: 'newLead' }, state);
		const out = (await trigger.poll.call(ctxt))![0].map((i) => i.json);
		expect(ids(out)).toEqual(inserted.slice(50));
		const site = fake.store.sites[0].id;
		const ofDay = fake.allContacts().filter((c) => c.creationDate.startsWith('2026-06-15') && c.websiteId === site).length;
		expect(ctxt.logs).toEqual([
			{
				level: 'warn',
				message: `Cliengo Trigger: ${ofDay} leads of site ${site} match on 2026-06-15, more than Cliengo lets us page through (1050); only the newest 1050 of them could be checked. Add a Status filter, or one trigger per site, to split them.`,
				metadata: { node: 'Test Node', day: '2026-06-15', total: ofDay, websiteId: site },
			},
		]);
	}));

	// An idle poll asks for the newest page only: its paging.total equals the count the last read
	// ended on, and every lead on it was handled, so nothing came in, wherever it would sort.
	it.each([50, 500, 2000])('an idle poll after a burst of %i leads costs exactly one request, for the whole look-back, but the sweep 10 minutes after the last one walks the whole window', (burst) =>
		withLeads({}, async (fake) => {
			const state: IDataObject = {};
			await poll(state);
			const sites = fake.store.sites.map((site) => site.id);
			const inserted: string[] = [];
			for (let i = 0; i < burst; i++) {
				now += Math.floor((4 * MIN) / burst);
				// Spread over the sites: one site's day holds at most what Cliengo can page through.
				inserted.push(fake.insertLead({ name: `B${i}`, websiteId: sites[i % sites.length] }).id);
			}
			now += MIN;
			fake.clearLog();
			expect(ids(await poll(state))).toEqual(inserted);
			const walk = requestsOf(fake);
			for (let minute = 1; minute <= 11; minute++) {
				now += MIN;
				fake.clearLog();
				expect(await poll(state)).toEqual([]);
				// 10 minutes after the first poll (the last sweep): the window from its start minus the
				// look-back, the same walk as the poll after the burst; nothing emitted twice.
				if (minute === 5) {
					expect(requestsOf(fake)).toEqual(walk);
					expect(walk).toHaveLength(SWEEP_REQUESTS[burst]);
				} else expect(requestsOf(fake)).toEqual([['/1.0/contacts', '2026-06-14', '0', '50', 4]]);
			}
			// A lead that becomes visible late, dated inside the burst: the count differs, the walk finds it.
			const late = fake.insertLead({ name: 'late' }, { creationDate: now - 3 * MIN });
			now += MIN;
			expect(ids(await poll(state))).toEqual([late.id]);
		})(),
	);

	// The count cannot see a lead listed late below the first page when another lead left the query
	// in the same interval; the sweep (10 minutes after the last one) walks the window and emits it, once.
	it('a lead listed late below the first page, with a lead deleted in the same interval, is emitted by the next sweep, once', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		const t0 = now;
		await poll(state);
		const burst: string[] = [];
		for (let i = 0; i < 60; i++) {
			now += 1000;
			burst.push(fake.insertLead({ name: `B${i}` }).id);
		}
		now += 10_000;
		expect(ids(await poll(state))).toEqual(burst);
		now += MIN;
		// Dated 5 s into the burst (55 newer leads above it), listed only now; one burst lead deleted.
		const late = fake.insertLead({ name: 'late' }, { creationDate: t0 + 5_000 });
		expect(fake.deleteLead(burst[30])).toBe(true);
		const polls: Array<[number, string[], unknown[][]]> = [];
		for (let minute = 0; minute <= 9; minute++) {
			if (minute) now += MIN;
			fake.clearLog();
			polls.push([now - t0, ids(await poll(state)), requestsOf(fake)]);
		}
		const one = [['/1.0/contacts', '2026-06-14', '0', '50', 4]];
		const sweep = [...one, ['/1.0/contacts', '2026-06-14', '50', '50', 4]];
		expect(polls).toEqual([
			// Same count, every lead of page 1 handled: the idle poll cannot see it.
			...[130, 190, 250, 310, 370, 430, 490, 550].map((s) => [s * 1000, [], one]),
			// 610 s after the first poll (the last sweep): the whole window, down to the first lead before it.
			[610_000, [late.id], sweep],
			[670_000, [], one],
		]);
		expect(SWEEP_MS).toBe(10 * MIN);
	}));

	it('a failed poll (500 on the 2nd page) changes nothing; the next poll emits each lead once', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		const before = JSON.stringify(state);
		now += MIN;
		const leads = Array.from({ length: 80 }, (_, i) => fake.insertLead({ name: `P${i}` }));
		now += MIN;
		const off = fake.onRequest((req) => {
			if (req.path === '/1.0/contacts' && req.query.offset === '0' && req.query.limit === '50') fake.inject({ status: 500, body: { message: 'Database timeout' } });
		});
		await expect(poll(state)).rejects.toThrow(NodeApiError);
		off();
		expect(fake.requests.map((r) => r.status)).toContain(500);
		expect(JSON.stringify(state)).toBe(before);
		now += MIN;
		const out = await poll(state);
		expect(ids(out)).toEqual(ids(leads));
		now += MIN;
		expect(await poll(state)).toEqual([]);
	}));

	it('past offset 1000 without paging.total: the poll fails with a NodeOperationError and its hint, and changes nothing', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		const before = JSON.stringify(state);
		for (let i = 0; i < 1100; i++) {
			now += 1000;
			fake.insertLead({ name: `N${i}` });
		}
		now += MIN;
		// A Cliengo that stops reporting its total: the walk cannot size date windows past the cap.
		fake.intercept(async (req, next) => {
			const res = await next();
			if (res === 'drop' || req.route !== 'contacts.list') return res;
			const { paging: _paging, ...body } = res.body as IDataObject;
			return { ...res, body };
		});
		fake.clearLog();
		const error = (await poll(state).catch((e: unknown) => e)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Cliengo did not say how many contacts match (paging.total), so they cannot all be listed past offset 1000');
		expect(error.description).toBe('Narrow the filters (dates, site, status) or turn off "Return All".');
		expect(fake.requests.map((r) => Number(r.query.offset))).toEqual(Array.from({ length: 21 }, (_, i) => i * 50));
		expect(JSON.stringify(state)).toBe(before);
	}));

	it('a restart (new context, static data saved as JSON) neither loses nor repeats', withLeads({}, async (fake) => {
		let state: IDataObject = {};
		await poll(state);
		now += MIN;
		const first = fake.insertLead({ name: 'before restart' });
		now += MIN;
		expect(ids(await poll(state))).toEqual([first.id]);
		// n8n stops; leads keep arriving; n8n starts again with the saved static data.
		state = JSON.parse(JSON.stringify(state));
		now += 3 * MIN;
		const during = [fake.insertLead({ name: 'while down 1' }), fake.insertLead({ name: 'while down 2' })];
		now += 2 * MIN;
		expect(ids(await poll(state))).toEqual(ids(during));
		state = JSON.parse(JSON.stringify(state));
		now += MIN;
		expect(await poll(state)).toEqual([]);
	}));

	it('manual mode returns the newest lead and leaves the state alone', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		const out = await poll(state, { event: 'newLead' }, 'manual');
		expect(out).toEqual([fake.allContacts()[0]]);
		expect(state).toEqual({});
		expect(fake.requests.map((r) => r.query)).toEqual([expect.objectContaining({ offset: '0', limit: '1' })]);
	}));

	it('leads arriving while the poll pages (pages shift) are emitted exactly once over the next polls', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		await poll(state);
		now += MIN;
		const all = Array.from({ length: 120 }, (_, i) => fake.insertLead({ name: `S${i}` }).id);
		let during = 0;
		fake.onRequest((req) => {
			if (req.path !== '/1.0/contacts' || during >= 30) return;
			for (let i = 0; i < 10; i++) {
				now += 7;
				all.push(fake.insertLead({ name: `During ${during++}` }).id);
			}
		});
		now += MIN;
		const emitted = ids(await poll(state));
		now += MIN;
		emitted.push(...ids(await poll(state)));
		now += MIN;
		emitted.push(...ids(await poll(state)));
		expect(emitted.sort()).toEqual([...all].sort());
	}));

	it('leads across midnight UTC, and a lead that becomes visible late (within the look-back)', withLeads({}, async (fake) => {
		now = Date.parse('2026-06-15T23:59:59.000Z');
		const state: IDataObject = {};
		await poll(state);
		const beforeMidnight = fake.insertLead({ name: 'late evening' }, { creationDate: '2026-06-15T23:59:59.500Z' });
		now = Date.parse('2026-06-16T00:00:00.300Z');
		const afterMidnight = fake.insertLead({ name: 'just after' });
		now = Date.parse('2026-06-16T00:01:00.000Z');
		expect(ids(await poll(state))).toEqual([beforeMidnight.id, afterMidnight.id]);
		// Created before the last poll, but only visible now (e.g. indexed late): still caught.
		now = Date.parse('2026-06-16T00:05:00.000Z');
		const late = fake.insertLead({ name: 'late' }, { creationDate: '2026-06-16T00:00:30.000Z' });
		expect(ids(await poll(state))).toEqual([late.id]);
	}));

	it('filters by site, status and assignee, and changing the filters does not replay', withLeads({}, async (fake) => {
		const [siteA, siteB] = fake.store.sites;
		const user = fake.store.users[1];
		const state: IDataObject = {};
		const filtered = { event: 'newLead', filters: { websiteId: siteA.id, status: 'NEW', assignedTo: user.id } };
		await poll(state, filtered);
		now += MIN;
		const match = fake.insertLead({ websiteId: siteA.id, status: 'NEW', assignedTo: user.id });
		fake.insertLead({ websiteId: siteB.id, status: 'NEW', assignedTo: user.id });
		fake.insertLead({ websiteId: siteA.id, status: 'ACTIVE', assignedTo: user.id });
		fake.insertLead({ websiteId: siteA.id, status: 'NEW' });
		now += MIN;
		fake.clearLog();
		expect(ids(await poll(state, filtered))).toEqual([match.id]);
		expect(fake.requests[0].query).toMatchObject({ websiteId: siteA.id, status: 'NEW', assignedTo: user.id });

		// New filters: a fresh start from now, not a replay of siteB's existing leads.
		now += MIN;
		const other = { event: 'newLead', filters: { websiteId: siteB.id } };
		expect(await poll(state, other)).toEqual([]);
		now += MIN;
		const next = fake.insertLead({ websiteId: siteB.id });
		now += MIN;
		expect(ids(await poll(state, other))).toEqual([next.id]);
	}));

	it('randomized: leads at random times between and during polls, failures and restarts — each emitted exactly once', withLeads({ seed: { contacts: 200, from: '2026-06-01T00:00:00Z', to: '2026-06-15T11:59:00Z' } }, async (fake) => {
		const rand = prng(20260615);
		let state: IDataObject = {};
		await poll(state);
		const expected: string[] = [];
		const emitted: string[] = [];
		let inPoll = false;
		fake.onRequest((req) => {
			if (!inPoll || req.path !== '/1.0/contacts') return;
			now += Math.floor(rand() * 400);
			if (rand() < 0.3) {
				const k = 1 + Math.floor(rand() * 4);
				for (let i = 0; i < k; i++) expected.push(fake.insertLead({ name: 'during' }).id);
			}
		});
		let failures = 0;
		for (let round = 0; round < 30; round++) {
			now += 1000 + Math.floor(rand() * 5 * MIN);
			const between = rand() < 0.15 ? 60 + Math.floor(rand() * 90) : Math.floor(rand() * 8);
			const sameSecond = rand() < 0.3;
			for (let i = 0; i < between; i++) {
				// Some leads are dated a little in the past (visible late), within the 10-minute look-back.
				const lateBy = rand() < 0.2 ? Math.floor(rand() * 4 * MIN) : 0;
				const at = sameSecond ? now - (now % 1000) : now - lateBy;
				expected.push(fake.insertLead({ name: `r${round}` }, { creationDate: at }).id);
				if (!sameSecond) now += Math.floor(rand() * 3000);
			}
			if (rand() < 0.15) {
				fake.inject({ status: 500, body: { message: 'flaky' } }, { match: { path: '/1.0/contacts' } });
			}
			if (rand() < 0.2) state = JSON.parse(JSON.stringify(state));
			inPoll = true;
			try {
				emitted.push(...ids(await poll(state)));
			} catch (error) {
				expect(error).toBeInstanceOf(NodeApiError);
				failures++;
			} finally {
				inPoll = false;
				fake.clearFaults();
			}
		}
		now += MIN;
		emitted.push(...ids(await poll(state)));
		expect(failures).toBeGreaterThan(0);
		expect(emitted.length).toBe(expected.length);
		expect([...emitted].sort()).toEqual([...expected].sort());
	}));
});

describe('Cliengo Trigger: Contact Updated', () => {
	it('emits each update once (a second update emits again), not new leads, with the lastUpdated filter', withLeads({}, async (fake) => {
		const state: IDataObject = { };
		const params = { event: 'contactUpdated' };
		await poll(state, params);
		const [x, y] = fake.allContacts();
		now += MIN;
		fake.insertLead({ name: 'brand new' });
		fake.updateLead(x.id, { status: 'ACTIVE' });
		now += MIN;
		fake.clearLog();
		const first = await poll(state, params);
		expect(ids(first)).toEqual([x.id]);
		expect(first[0]).toMatchObject({ status: 'ACTIVE' });
		expect(fake.requests[0].query).toMatchObject({ lastUpdated: '2026-06-14' });
		now += MIN;
		expect(await poll(state, params)).toEqual([]);
		now += MIN;
		fake.updateLead(x.id, { status: 'CLIENT' });
		now += 1000;
		fake.updateLead(y.id, { rating: 3 });
		now += MIN;
		const second = await poll(state, params);
		expect(ids(second)).toEqual([x.id, y.id]);
		expect(second[0]).toMatchObject({ status: 'CLIENT' });
	}));

	it('each poll reads every contact of the lastUpdated query, 50 a request: a contact updated again leaves the total as it was', withLeads({ seed: { contacts: 200, from: '2026-06-01T00:00:00Z', to: '2026-06-10T00:00:00Z' } }, async (fake) => {
		const state: IDataObject = {};
		const params = { event: 'contactUpdated' };
		await poll(state, params);
		const contacts = fake.allContacts();
		now += MIN;
		for (const c of contacts.slice(0, 120)) fake.updateLead(c.id, { status: 'ACTIVE' });
		now += MIN;
		expect(await poll(state, params)).toHaveLength(120);
		// Idle: the whole query, offsets 0, 50 and 100, and nothing emitted.
		const pages = [['2026-06-14', '0', '50'], ['2026-06-14', '50', '50'], ['2026-06-14', '100', '50']];
		now += MIN;
		fake.clearLog();
		expect(await poll(state, params)).toEqual([]);
		expect(fake.requests.map((r) => [r.query.lastUpdated, r.query.offset, r.query.limit])).toEqual(pages);
		// The 101st contact is updated again: same total (120), and it is on the query's last page.
		now += MIN;
		const again = fake.updateLead(contacts[100].id, { status: 'CLIENT' });
		now += MIN;
		fake.clearLog();
		const out = await poll(state, params);
		expect(ids(out)).toEqual([again.id]);
		expect(out[0]).toMatchObject({ status: 'CLIENT' });
		expect(fake.requests.map((r) => [r.query.lastUpdated, r.query.offset, r.query.limit])).toEqual(pages);
	}));

	it('manual mode returns the most recently updated contact', withLeads({}, async (fake) => {
		const [, second] = fake.allContacts();
		now += MIN;
		fake.updateLead(second.id, { status: 'LONG_TERM' });
		const out = await poll({}, { event: 'contactUpdated' }, 'manual');
		expect(ids(out)).toEqual([second.id]);
	}));
});

describe('Cliengo Trigger: the day its filters start on', () => {
	// Cliengo reads `since` and `lastUpdated` as whole days in a zone it does not state [I] (UTC, or the
	// account's, which can be any from UTC−12:00 to UTC+14:00). The fake reads them in each of these.
	const zones = [-720, -180, 0, 840];
	// The window starts 10 minutes before the last poll: at 12:00:00 UTC the day begun everywhere is that
	// day; at 11:59:30 it is the day before (UTC−12:00 begins the 15th only at 12:00 UTC).
	const cases = zones.flatMap((offset) => [
		{ offset, windowStart: '2026-06-15T12:00:00.000Z', day: '2026-06-15' },
		{ offset, windowStart: '2026-06-15T11:59:30.000Z', day: '2026-06-14' },
	]);
	it.each(cases)('days read at UTC offset $offset minutes, window from $windowStart: asked from $day, a lead and an update listed late, 15 s after the window start, are emitted', async ({ offset, windowStart, day }) => {
		const start = Date.parse(windowStart);
		now = start + 10 * MIN;
		await withFake({ now: () => now, dayOffsetMinutes: offset, seed: { contacts: 40, from: '2026-06-10T00:00:00Z', to: '2026-06-15T11:00:00Z' } }, async (own) => {
			h = own;
			const fake = own.fake;
			const leads: IDataObject = {};
			const updates: IDataObject = {};
			await poll(leads);
			await poll(updates, { event: 'contactUpdated' });
			// Listed only now, dated 15 s after the window start (within the look-back).
			const late = fake.insertLead({ name: 'late' }, { creationDate: start + 15_000 });
			const [x] = fake.allContacts().filter((c) => c.id !== late.id);
			fake.updateLead(x.id, { status: 'CLIENT' }, start + 15_000);
			now += MIN;
			fake.clearLog();
			expect(ids(await poll(leads))).toEqual([late.id]);
			expect(fake.requests[0].query).toMatchObject({ since: day });
			fake.clearLog();
			expect(ids(await poll(updates, { event: 'contactUpdated' }))).toEqual([x.id]);
			expect(fake.requests.map((r) => r.query.lastUpdated)).toEqual([day]);
		});
	});
});

describe('Cliengo Trigger: Status filter', () => {
	const statusFilter = () => {
		const filters = trigger.description.properties.find((p) => p.name === 'filters')!;
		return (filters.options as Array<{ name: string; type: string; default: unknown; options?: unknown; noDataExpression?: boolean }>).find((o) => o.name === 'status')!;
	};

	it('is a list of Cliengo\'s lead statuses (those the fake knows), readable, and still takes an expression', () => {
		const status = statusFilter();
		expect(status).toMatchObject({ type: 'options', default: 'NEW' });
		expect(status.noDataExpression).toBeUndefined();
		expect(status.options).toEqual([
			{ name: 'New', value: 'NEW' },
			{ name: 'Active', value: 'ACTIVE' },
			{ name: 'Long Term', value: 'LONG_TERM' },
			{ name: 'Client', value: 'CLIENT' },
		]);
		expect((status.options as Array<{ value: string }>).map((o) => o.value)).toEqual(cliengo.EXTERNAL_STATUSES);
	});

	it.each(cliengo.EXTERNAL_STATUSES)('a lead of status %s chosen from the list: the exact request, only those leads', (chosen) =>
		withLeads({}, async (fake) => {
			const state: IDataObject = {};
			const params = { event: 'newLead', filters: { status: chosen } };
			await poll(state, params);
			now += MIN;
			const leads = cliengo.EXTERNAL_STATUSES.map((s) => fake.insertLead({ name: `lead ${s}`, status: s }));
			now += MIN;
			fake.clearLog();
			const out = await poll(state, params);
			expect(ids(out)).toEqual([leads[cliengo.EXTERNAL_STATUSES.indexOf(chosen)].id]);
			expect(fake.requests.map((r) => ({ method: r.method, path: r.path, status: r.query.status }))).toEqual([{ method: 'GET', path: '/1.0/contacts', status: chosen }]);
		})(),
	);

	it('a value saved before the list (free text, or an expression\'s result such as " ACTIVE ") is sent as before, trimmed', withLeads({}, async (fake) => {
		const state: IDataObject = {};
		const params = { event: 'newLead', filters: { status: ' ACTIVE ' } };
		await poll(state, params);
		now += MIN;
		const active = fake.insertLead({ status: 'ACTIVE' });
		fake.insertLead({ status: 'NEW' });
		now += MIN;
		fake.clearLog();
		expect(ids(await poll(state, params))).toEqual([active.id]);
		expect(fake.requests.map((r) => r.query.status)).toEqual(['ACTIVE']);
	}));
});
