/**
 * Contacts Return All past the offset cap at the request minimum: 10,000 contacts take at most
 * 1.1 × ceil(10,000 / 50) requests, spread evenly over a year or skewed towards the last weeks.
 * Every request is a page of 50 (no limit=1 count probe); each window's first page is the try that
 * sizes it, so the only requests whose records are not used are the tries found too wide (listed
 * exactly), and no total is asked that an earlier answer gave.
 */
import { jsonOf, withFake as withOwnFake, type CliengoFake, type CliengoFakeOptions, type CliengoHarness } from './helpers';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const withFake = <T>(opts: CliengoFakeOptions, body: (h: CliengoHarness) => Promise<T>) => withOwnFake({ now: () => NOW, ...opts }, body);

/** The first request of each window (offset 0), as [since, until]; null where the request has none. */
function windows(fake: CliengoFake) {
	return fake
		.requestsTo('contacts.list')
		.filter((r) => r.query.offset === '0')
		.map((r) => [r.query.since ?? null, r.query.until ?? null]);
}

/** Windows whose first page was the only request: too wide (over 1000), or fitted but replaced by a wider one, or read whole. */
function onePage(fake: CliengoFake) {
	const requests = fake.requestsTo('contacts.list');
	const bounds = (r: (typeof requests)[number]) => `${r.query.since ?? ''}|${r.query.until ?? ''}`;
	const readOn = new Set(requests.filter((r) => r.query.offset !== '0').map(bounds));
	return requests.filter((r) => r.query.offset === '0' && !readOn.has(bounds(r))).map((r) => [r.query.since ?? null, r.query.until ?? null]);
}

async function readAll(h: CliengoHarness, n: number) {
	const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
	expect(out).toHaveLength(n);
	expect(out).toEqual(h.fake.allContacts());
	const requests = h.fake.requestsTo('contacts.list');
	for (const r of requests) {
		expect(Number(r.query.offset)).toBeLessThanOrEqual(1000);
		// No count probe (limit=1): every request asks for a page of 50.
		expect(r.query.limit).toBe('50');
	}
	// At most 1.1 × ceil(10,000 / 50) = 220.
	expect(requests.length).toBeLessThanOrEqual(Math.floor(1.1 * Math.ceil(n / 50)));
	return requests;
}

describe('contacts Return All: requests against the minimum', () => {
	it('10,000 contacts over a year', async () => {
		await withFake({ seed: { contacts: 10_000, from: '2025-06-15T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 3 } }, async (h) => {
			const requests = await readAll(h, 10_000);
			// Before: 283 requests, 78 of them limit=1 count probes.
			expect(requests).toHaveLength(209);
			expect(windows(h.fake)).toEqual([
				[null, null],
				['2026-05-07', null],
				['2026-05-11', null],
				['2026-04-04', '2026-05-11'],
				['2026-04-07', '2026-05-11'],
				['2026-03-05', '2026-04-07'],
				['2026-01-28', '2026-03-05'],
				['2025-12-25', '2026-01-28'],
				['2025-11-21', '2025-12-25'],
				['2025-10-19', '2025-11-21'],
				['2025-09-15', '2025-10-19'],
				['2025-08-13', '2025-09-15'],
				['2025-07-09', '2025-08-13'],
				[null, '2025-07-09'],
			]);
			// The only pages not read on: the whole range's first page (its total says 10,000) and two windows too wide.
			expect(onePage(h.fake)).toEqual([
				[null, null],
				['2026-05-07', null],
				['2026-04-04', '2026-05-11'],
			]);
		});
	});

	it('10,000 contacts skewed towards the last weeks', async () => {
		await withFake({ seed: { contacts: 0 } }, async (h) => {
			// Day k before today holds about 400 × 0.93^k contacts (a few hundred a day lately, one every few days a year ago).
			let n = 0;
			for (let k = 0; n < 10_000; k++) {
				const perDay = Math.max(1, Math.round(400 * 0.93 ** k));
				for (let i = 0; i < perDay && n < 10_000; i++, n++) h.fake.insertLead({ name: `S${n}` }, { creationDate: NOW - k * DAY - 3_600_000 - Math.floor((i * (DAY - 4_000_000)) / perDay) });
			}
			const requests = await readAll(h, 10_000);
			// Before: 293 requests, 89 of them limit=1 count probes.
			expect(requests).toHaveLength(210);
			expect(onePage(h.fake)).toEqual([
				[null, null],
				// Too wide (over 1000): the span shrinks by as much.
				['2026-06-11', '2026-06-14'],
				['2026-05-17', '2026-05-25'],
				// Fitted, but short of the aim: widened once (the wider one fitted and was read).
				['2026-04-24', '2026-05-11'],
				// Read whole from its first page (under 50 contacts in those months of the tail).
				['2025-11-24', '2026-03-20'],
			]);
			expect(windows(h.fake)).toHaveLength(19);
		});
	});
});
