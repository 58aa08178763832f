/**
 * Lists that tell their total (contacts' meta.count) are read with the pages after the first
 * requested concurrently, against the fake Chatwoot over HTTP: each page once, at most 4 in flight,
 * the records in the server's order, an exact Limit, and one request at a time after a 429.
 *
 * Requests sent together reach the server in an order the sockets decide, so the log is compared
 * as the exact sequence where the walk sends one at a time, and as the exact set where it does not.
 */
import { retryClock } from '@leadchat/core';
import { chatwootViews } from '@leadchat/testkit';
import { jsonOf, useChatwoot } from './harness';

const h = useChatwoot({ each: true });
const { contactView } = chatwootViews;

/** The account's contacts as the server lists them sorted by name, ascending (then by id). */
const byName = () =>
	h.fake.state.contacts
		.filter((c) => c.account_id === h.fake.accountId)
		.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id - b.id);
const nameAsc = { sort: 'name', direction: 'asc' };

/** Holds every contacts request for `ms` and records how many were at the server at once. */
function slowContacts(ms: number, answer?: (page: string, nth: number) => { status: number; headers: Record<string, string>; body: unknown } | undefined) {
	const seen: Array<{ page: string; atServer: number }> = [];
	let atServer = 0;
	let max = 0;
	const counts = new Map<string, number>();
	h.fake.server.intercept(async (req, next) => {
		if (!/\/contacts$/.test(req.path)) return next();
		const page = String(req.query.page);
		const nth = (counts.get(page) ?? 0) + 1;
		counts.set(page, nth);
		seen.push({ page, atServer });
		atServer++;
		max = Math.max(max, atServer);
		try {
			const early = answer?.(page, nth);
			if (early) return early;
			await new Promise((resolve) => setTimeout(resolve, ms));
			return await next();
		} finally {
			atServer--;
		}
	});
	return { seen, max: () => max };
}

beforeEach(() => {
	for (let i = 0; i < 100; i++) h.fake.addContact({ name: `Concurrent ${i}`, email: `concurrent${i}@example.org` });
});

describe('contact: Get Many reads its pages concurrently', () => {
	it('Return All: every page once, 4 at the server at most, every contact once in the order asked (name)', async () => {
		const slow = slowContacts(15);
		const expected = byName();
		const pageCount = Math.ceil(expected.length / 15);
		const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, options: nameAsc }));
		const pages = slow.seen.map((s) => Number(s.page));
		expect(pages[0]).toBe(1);
		expect([...pages].sort((a, b) => a - b)).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1));
		expect(slow.max()).toBe(4);
		expect(out.map((c) => c.id)).toEqual(expected.map((c) => c.id));
		expect(out).toEqual(out.map((c) => contactView(h.fake.state, h.fake.state.contacts.find((x) => x.id === c.id)!, { withContactInboxes: true })));
	});

	it('Limit 40: exactly the three pages it needs, and the first 40 contacts by name', async () => {
		const slow = slowContacts(5);
		const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 40, options: nameAsc }));
		expect(slow.seen.map((s) => s.page).sort()).toEqual(['1', '2', '3']);
		expect(out.map((c) => c.id)).toEqual(
			byName()
				.slice(0, 40)
				.map((c) => c.id),
		);
	});

	describe('after a 429', () => {
		const realSleep = retryClock.sleep;
		beforeEach(() => {
			retryClock.sleep = async () => undefined;
		});
		afterEach(() => {
			retryClock.sleep = realSleep;
		});

		it('the walk goes on one request at a time, and every contact comes once', async () => {
			// Page 3's first request is throttled as rack-attack does it (429, text body, no Retry-After).
			const slow = slowContacts(15, (page, nth) => (page === '3' && nth === 1 ? { status: 429, headers: { 'content-type': 'text/plain' }, body: 'Retry later\n' } : undefined));
			const expected = byName();
			const total = expected.length;
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, options: nameAsc }));
			expect(out.map((c) => c.id)).toEqual(expected.map((c) => c.id));
			const pages = slow.seen.map((s) => s.page);
			// Page 1 alone, then 2-5 together; page 3 is throttled at once and sent again while 2, 4 and 5
			// are still at the server (which of them arrives first is up to the sockets); then every
			// later page alone.
			expect(pages[0]).toBe('1');
			expect(pages.slice(1, 6).sort()).toEqual(['2', '3', '3', '4', '5']);
			const firstSent = (page: string) => pages.indexOf(page);
			const later = slow.seen.filter((s, i) => Number(s.page) > 5 && firstSent(s.page) === i);
			expect(later.map((s) => Number(s.page))).toEqual(Array.from({ length: Math.ceil(total / 15) - 5 }, (_, i) => i + 6));
			expect(later.every((s) => s.atServer === 0)).toBe(true);
			expect(pages.filter((p) => p === '3')).toHaveLength(2);
		});
	});
});
