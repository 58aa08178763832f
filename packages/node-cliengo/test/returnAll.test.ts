/**
 * Contacts: Get Many past Cliengo's 1000-offset cap. Return All walks since/until date windows
 * (see nodes/Cliengo/helpers/contactWindows.ts); these tests check that every contact comes out
 * exactly once, that no request exceeds the cap, and that Limit asks for nothing it does not need.
 */
import { NodeOperationError } from 'n8n-workflow';
import { jsonOf, withFake as withOwnFake, type CliengoFake, type CliengoFakeOptions, type CliengoHarness } from './helpers';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');

const withFake = <T>(opts: CliengoFakeOptions, body: (h: CliengoHarness) => Promise<T>) => withOwnFake({ now: () => NOW, ...opts }, body);

const ids = (items: Array<{ id?: unknown }>) => items.map((i) => String(i.id));

function checkPaging(fake: CliengoFake) {
	for (const r of fake.requestsTo('contacts.list')) {
		expect(Number(r.query.offset)).toBeLessThanOrEqual(1000);
		expect(r.status).toBe(200);
	}
}

describe('contacts Return All over the 1000-offset cap', () => {
	it('returns all 2,500 contacts of a large account, newest first, no duplicate, no gap', async () => {
		await withFake({ seed: { contacts: 2500, from: '2026-03-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 5 } }, async (h) => {
			const started = Date.now();
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(out).toHaveLength(2500);
			expect(new Set(ids(out)).size).toBe(2500);
			expect(out).toEqual(h.fake.allContacts());
			checkPaging(h.fake);
			// Windows of at most 1000: count probes (limit=1) plus pages of 50.
			const pages = h.fake.requestsTo('contacts.list').filter((r) => r.query.limit === '50');
			expect(pages.length).toBeGreaterThanOrEqual(50);
			expect(h.fake.requestsTo('contacts.list').length).toBeLessThan(140);
			expect(Date.now() - started).toBeLessThan(10000);
		});
	});

	it('works the same when the list key is "contacts" and `until` is inclusive in the account’s time zone [I]', async () => {
		await withFake(
			{ itemsKey: 'contacts', untilInclusive: true, dayOffsetMinutes: -180, seed: { contacts: 2200, from: '2026-04-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 9 } },
			async (h) => {
				const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
				expect(out).toHaveLength(2200);
				expect(new Set(ids(out)).size).toBe(2200);
				expect(ids(out).sort()).toEqual(ids(h.fake.allContacts()).sort());
				checkPaging(h.fake);
			},
		);
	});

	it('keeps the caller’s filters and date range on every window', async () => {
		await withFake({ seed: { contacts: 3000, from: '2026-01-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 2 } }, async (h) => {
			const site = h.fake.store.sites[0].id;
			const out = jsonOf(
				await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { websiteId: site, since: '2026-02-01', until: '2026-06-01' } }),
			);
			const expected = h.fake.allContacts().filter((c) => c.websiteId === site && c.creationDate >= '2026-02-01' && c.creationDate < '2026-06-01');
			expect(expected.length).toBeGreaterThan(1050);
			expect(out).toEqual(expected);
			for (const r of h.fake.requestsTo('contacts.list')) {
				expect(r.query.websiteId).toBe(site);
				expect(String(r.query.since) >= '2026-02-01').toBe(true);
				expect(String(r.query.until ?? '9999') <= '2026-06-01').toBe(true);
			}
			checkPaging(h.fake);
		});
	});

	it('loses nothing when leads arrive while it pages (pages shift; duplicates are dropped)', async () => {
		await withFake({ seed: { contacts: 1800, from: '2026-05-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 4 } }, async (h) => {
			const before = ids(h.fake.allContacts());
			let n = 0;
			h.fake.onRequest((req) => {
				if (req.path === '/1.0/contacts' && req.query.limit === '50' && n < 60) {
					n++;
					h.fake.insertLead({ name: `Arrived ${n}` }, { creationDate: NOW + n });
				}
			});
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			const got = new Set(ids(out));
			expect(got.size).toBe(out.length);
			for (const id of before) expect(got.has(id)).toBe(true);
			checkPaging(h.fake);
		});
	});

	it('splits a day with more than 1000 leads by site when the per-site totals add up', async () => {
		await withFake({ seed: { contacts: 300, from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' } }, async (h) => {
			const [a, b] = h.fake.store.sites;
			for (let i = 0; i < 1200; i++) h.fake.insertLead({ websiteId: i % 2 ? a.id : b.id }, { creationDate: Date.parse('2026-06-10T00:00:00Z') + i * 60_000 });
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(out).toHaveLength(1500);
			expect(out).toEqual(h.fake.allContacts());
			expect(h.fake.requestsTo('contacts.list').some((r) => r.query.websiteId === a.id && r.query.since === '2026-06-10')).toBe(true);
			checkPaging(h.fake);
		});
	});

	// A single day with more than 1000 leads of one site cannot be split by date or site. The chosen
	// behaviour: fail with a NodeOperationError naming the day and the count (no silent gap), unless
	// Options → Over-Full Days is "Keep the Newest 1050", which returns what Cliengo can reach.
	it('fails clearly on a day that cannot be split, or keeps its newest 1050 when asked', async () => {
		await withFake({ seed: { contacts: 200, from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' } }, async (h) => {
			const site = h.fake.store.sites[0].id;
			const day = Date.parse('2026-06-12T00:00:00Z');
			for (let i = 0; i < 1100; i++) h.fake.insertLead({ websiteId: site }, { creationDate: day + i * 30_000 });
			const error = await h.runError({ resource: 'contact', operation: 'getAll', returnAll: true });
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toBe(
				'Item 1: Cliengo cannot list all 1100 matching contacts created on 2026-06-12: it pages through at most 1050 results per query and filters dates by whole days',
			);
			expect(error.description).toBe(
				'Narrow the filters (Site, Status, Assigned To, Search) so that one day holds at most 1000 contacts, or set Options → Over-Full Days to keep the newest 1050 of such a day.',
			);
			expect(error.context?.itemIndex).toBe(0);

			const partial = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, options: { onOverfullDay: 'partial' } }));
			const all = h.fake.allContacts();
			const ofDay = all.filter((c) => c.creationDate.startsWith('2026-06-12'));
			expect(partial).toEqual([...ofDay.slice(0, 1050), ...all.filter((c) => !c.creationDate.startsWith('2026-06-12'))]);
		});
	});
});

describe('contacts Limit', () => {
	it('asks for exactly what it needs: 120 → pages of 50, 50, 20', async () => {
		await withFake({ seed: { contacts: 400 } }, async (h) => {
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 120 }));
			expect(out).toEqual(h.fake.allContacts().slice(0, 120));
			// Offset 0 alone, then 50 and 100 together (the sockets decide which reaches the server first).
			expect(h.fake.requests[0].query).toMatchObject({ offset: '0', limit: '50' });
			expect(
				h.fake.requests
					.map((r) => `${r.query.offset}/${r.query.limit}`)
					.slice(1)
					.sort(),
			).toEqual(['100/20', '50/50']);
		});
	});

	it('one page when the limit fits in it, even on a huge account', async () => {
		await withFake({ seed: { contacts: 3000 } }, async (h) => {
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 7 }));
			expect(out).toEqual(h.fake.allContacts().slice(0, 7));
			expect(h.fake.requests.map((r) => [r.query.offset, r.query.limit])).toEqual([['0', '7']]);
		});
	});

	it('returns min(limit, available)', async () => {
		await withFake({ seed: { contacts: 30 } }, async (h) => {
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 100 }));
			expect(out).toEqual(h.fake.allContacts());
			expect(h.fake.requests).toHaveLength(1);
		});
	});

	it('a limit beyond 1050 walks windows and stops at the limit', async () => {
		await withFake({ seed: { contacts: 2600, from: '2026-02-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 8 } }, async (h) => {
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1500 }));
			expect(out).toEqual(h.fake.allContacts().slice(0, 1500));
			checkPaging(h.fake);
			const last = h.fake.requestsTo('contacts.list').at(-1)!;
			expect(Number(last.query.limit)).toBeLessThanOrEqual(50);
		});
	});
});

describe('other lists', () => {
	it('Return All on conversations fails clearly instead of truncating past offset 1000', async () => {
		await withFake({ seed: { contacts: 0, conversations: 1100 } }, async (h) => {
			const error = await h.runError({ resource: 'conversation', operation: 'getAll', returnAll: true });
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toBe('Item 1: Cliengo lists at most 1050 records of /conversations (it refuses offsets above 1000), and 1100 exist');
			expect(error.description).toBe('Turn off "Return All" and set a Limit of at most 1050, or narrow the list with filters.');
			expect(h.fake.requests).toHaveLength(21);
			checkPaging(h.fake);
			const limited = jsonOf(await h.run({ resource: 'conversation', operation: 'getAll', returnAll: false, limit: 1050 }));
			expect(limited).toHaveLength(1050);
		});
	});
});
