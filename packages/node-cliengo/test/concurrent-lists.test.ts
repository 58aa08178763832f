/**
 * Offset lists that tell their total (`paging.total`) are read with the pages after the first
 * requested concurrently, against the fake Cliengo over HTTP: each offset once, at most 4 at the
 * server, the records newest first as Cliengo lists them, an exact Limit, and no offset past the cap.
 *
 * Requests sent together reach the server in an order the sockets decide, so the offsets are
 * compared as the exact set, the first (sent alone) as the exact request.
 */
import { jsonOf, KEY, withFake, type CliengoHarness } from './helpers';

/** Holds every conversations request for `ms` and records how many were at the server at once. */
function slowConversations(h: CliengoHarness, ms: number) {
	let atServer = 0;
	let max = 0;
	h.fake.intercept(async (req, next) => {
		if (req.route !== 'conversations.list') return next();
		atServer++;
		max = Math.max(max, atServer);
		try {
			await new Promise((resolve) => setTimeout(resolve, ms));
			return await next();
		} finally {
			atServer--;
		}
	});
	return { max: () => max };
}

const newestFirst = (h: CliengoHarness) => [...h.fake.store.conversations.values()].sort((a, b) => (a.creationDate < b.creationDate ? 1 : -1));
const sent = (h: CliengoHarness) => h.fake.requestsTo('conversations.list').map((r) => r.query);

describe('conversation: Get Many reads its pages concurrently', () => {
	it('Return All over 230 conversations: offsets 0-200 once each, 4 at the server at most, every conversation once, newest first', async () => {
		await withFake({ seed: { contacts: 1, conversations: 230 } }, async (h) => {
			const slow = slowConversations(h, 10);
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
			slowConversations(h, 5);
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
			slowConversations(h, 2);
			const error = await h.runError({ resource: 'conversation', operation: 'getAll', returnAll: true });
			expect(error.message).toBe('Item 1: Cliengo lists at most 1050 records of /conversations (it refuses offsets above 1000), and 1100 exist');
			expect(sent(h).map((q) => Number(q.offset)).sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i * 50));
		});
	});
});
