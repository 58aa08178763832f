/**
 * Offset lists that tell their total (`paging.total`) are read with the pages after the first
 * requested concurrently, against the fake Cliengo over HTTP: each offset once, at most 4 at the
 * server, the records newest first as Cliengo lists them, an exact Limit, and no offset past the cap.
 * Contacts past the cap are read by date windows: each window is sized by its first page alone, then
 * its later pages go 4 at a time, one at a time after a 429; a trigger's poll (which stops at an
 * age) asks for one page at a time.
 *
 * Requests sent together reach the server in an order the sockets decide, so the offsets are
 * compared as the exact set, the first (sent alone) as the exact request.
 */
import type { IDataObject } from 'n8n-workflow';
import { jsonOf, KEY, noRetryWaits, trigger, withFake, type CliengoHarness } from './helpers';

type EarlyAnswer = { status: number; headers: Record<string, string>; body: unknown };

/**
 * Holds every request of the list `route` for `ms` (or answers it with `early`), recording each
 * request's query and how many of the list's requests were at the server when it came.
 */
function slowList(h: CliengoHarness, route: string, ms: number, early?: (query: Record<string, string>, nth: number) => EarlyAnswer | undefined) {
	const seen: Array<{ query: Record<string, string>; atServer: number }> = [];
	const counts = new Map<string, number>();
	let atServer = 0;
	let max = 0;
	h.fake.intercept(async (req, next) => {
		if (req.route !== route) return next();
		const query = req.query as Record<string, string>;
		const key = JSON.stringify(query);
		const nth = (counts.get(key) ?? 0) + 1;
		counts.set(key, nth);
		seen.push({ query, atServer });
		atServer++;
		max = Math.max(max, atServer);
		try {
			const answer = early?.(query, nth);
			if (answer) return answer;
			await new Promise((resolve) => setTimeout(resolve, ms));
			return await next();
		} finally {
			atServer--;
		}
	});
	return { seen, max: () => max };
}

const newestFirst = (h: CliengoHarness) => [...h.fake.store.conversations.values()].sort((a, b) => (a.creationDate < b.creationDate ? 1 : -1));
const sent = (h: CliengoHarness) => h.fake.requestsTo('conversations.list').map((r) => r.query);

describe('conversation: Get Many reads its pages concurrently', () => {
	it('Return All over 230 conversations: offsets 0-200 once each, 4 at the server at most, every conversation once, newest first', async () => {
		await withFake({ seed: { contacts: 1, conversations: 230 } }, async (h) => {
			const slow = slowList(h, 'conversations.list', 10);
			const out = jsonOf(await h.run({ resource: 'conversation', operation: 'getAll', returnAll: true }));
			expect(out).toEqual(newestFirst(h));
			const queries = sent(h);
			expect(queries[0]).toEqual({ api_key: KEY, offset: '0', limit: '50' });
			expect(queries.map((q) => Number(q.offset)).sort((a, b) => a - b)).toEqual([0, 50, 100, 150, 200]);
			expect(queries.every((q) => q.limit === '50')).toBe(true);
			expect(slow.max()).toBe(4);
		});
	});

	it('Limit 120: offsets 0 and 50 of 50, then 100 of the 20 still wanted', async () => {
		await withFake({ seed: { contacts: 1, conversations: 230 } }, async (h) => {
			slowList(h, 'conversations.list', 5);
			const out = jsonOf(await h.run({ resource: 'conversation', operation: 'getAll', returnAll: false, limit: 120 }));
			expect(out).toEqual(newestFirst(h).slice(0, 120));
			expect(
				sent(h)
					.map((q) => `${q.offset}/${q.limit}`)
					.sort(),
			).toEqual(['0/50', '100/20', '50/50']);
		});
	});

	it('Return All past the 1000-offset cap: offsets 0-1000 once each, none past it, then the error naming the list', async () => {
		await withFake({ seed: { contacts: 1, conversations: 1100 } }, async (h) => {
			slowList(h, 'conversations.list', 2);
			const error = await h.runError({ resource: 'conversation', operation: 'getAll', returnAll: true });
			expect(error.message).toBe('Item 1: Cliengo lists at most 1050 records of /conversations (it refuses offsets above 1000), and 1100 exist');
			expect(sent(h).map((q) => Number(q.offset)).sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i * 50));
		});
	});
});

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const pageKey = (q: Record<string, string>) => `${q.since ?? ''}|${q.until ?? ''}|${q.offset}|${q.limit}`;

describe('contact: Get Many reads each date window concurrently', () => {
	it('Return All over 2,500 contacts (windows past the 1000-offset cap): every contact once, newest first, each page once, 4 at the server at most, each window sized alone', async () => {
		await withFake({ now: () => NOW, seed: { contacts: 2500, from: '2026-03-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 5 } }, async (h) => {
			const slow = slowList(h, 'contacts.list', 5);
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(out).toEqual(h.fake.allContacts());
			const keys = slow.seen.map((s) => pageKey(s.query));
			expect(new Set(keys).size).toBe(keys.length);
			expect(slow.max()).toBe(4);
			// A window's first page (offset 0) is what sizes it: sent when nothing else is at the server.
			expect(slow.seen.filter((s) => s.query.offset === '0').every((s) => s.atServer === 0)).toBe(true);
			// No more requests than pages of 50 the 2,500 contacts need, plus the windows' sizing tries.
			expect(slow.seen.length).toBeLessThanOrEqual(Math.floor(1.1 * Math.ceil(2500 / 50)));
		});
	});

	it('Limit 120: offset 0, then 50 of 50 and 100 of the 20 still wanted together', async () => {
		await withFake({ seed: { contacts: 400 } }, async (h) => {
			const slow = slowList(h, 'contacts.list', 5);
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 120 }));
			expect(out).toEqual(h.fake.allContacts().slice(0, 120));
			expect(slow.seen[0]).toEqual({ query: expect.objectContaining({ offset: '0', limit: '50' }), atServer: 0 });
			expect(slow.seen.map((s) => `${s.query.offset}/${s.query.limit}`).slice(1).sort()).toEqual(['100/20', '50/50']);
			expect(slow.max()).toBe(2);
		});
	});

	describe('after a 429', () => {
		noRetryWaits();

		it('the walk goes on one request at a time, and every contact comes once, newest first', async () => {
			await withFake({ seed: { contacts: 600 } }, async (h) => {
				// Offset 100's first request is throttled (Cliengo's 429 with a Retry-After).
				const slow = slowList(h, 'contacts.list', 5, (q, nth) =>
					q.offset === '100' && nth === 1 ? { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '1' }, body: { message: 'Too many requests' } } : undefined,
				);
				const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
				expect(out).toEqual(h.fake.allContacts());
				const offsets = slow.seen.map((s) => s.query.offset);
				// Offset 0 alone, then 50-200 together; 100 is throttled at once and sent again while others
				// are still at the server; then every later offset alone.
				expect(offsets[0]).toBe('0');
				expect(offsets.slice(1, 6).sort()).toEqual(['100', '100', '150', '200', '50']);
				const later = slow.seen.slice(6);
				expect(later.map((s) => Number(s.query.offset))).toEqual([250, 300, 350, 400, 450, 500, 550]);
				expect(later.every((s) => s.atServer === 0)).toBe(true);
			});
		});
	});

	it('leads arriving while the pages are at the server: every contact of the start once, none twice', async () => {
		await withFake({ seed: { contacts: 300 } }, async (h) => {
			const before = h.fake.allContacts().map((c) => c.id);
			let arrived = 0;
			const slow = slowList(h, 'contacts.list', 5);
			h.fake.onRequest((req) => {
				// 30 leads come in while the first window's later pages are in flight (they shift every offset by 30).
				if (req.path === '/1.0/contacts' && req.query.offset === '100' && arrived === 0) for (; arrived < 30; arrived++) h.fake.insertLead({ name: `Arrived ${arrived}` });
			});
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(arrived).toBe(30);
			const got = out.map((c) => String(c.id));
			expect(new Set(got).size).toBe(got.length);
			expect(got.filter((id) => before.includes(id)).sort()).toEqual([...before].sort());
			expect(slow.max()).toBe(4);
		});
	});

	it('the trigger’s New Lead poll (it stops at an age) asks for one page at a time', async () => {
		await withFake({ seed: { contacts: 0 } }, async (h) => {
			const state = {};
			const poll = () => trigger.poll.call(h.context('poll', { nodeType: trigger, parameters: { event: 'newLead' }, staticData: state }) as never);
			await poll();
			for (let i = 0; i < 180; i++) h.fake.insertLead({ name: `Burst ${i}` });
			const slow = slowList(h, 'contacts.list', 5);
			const out = (await poll()) as Array<Array<{ json: IDataObject }>> | null;
			expect(out?.[0]).toHaveLength(180);
			expect(slow.seen.length).toBeGreaterThan(3);
			expect(slow.max()).toBe(1);
		});
	});
});
