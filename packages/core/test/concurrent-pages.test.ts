/**
 * Return All / Limit over lists that tell their total: the pages after the first are requested
 * concurrently (bounded), and still come out in the API's order, each record once, never a page
 * past the Limit, one request at a time after a throttle, and re-read when the list shrinks.
 *
 * The fake API answers nothing by itself: every request waits until the test serves it, in an order
 * the test picks (oldest first, newest first), and the answer is computed when it is served, so a
 * change to the records between two serves is a change between two page requests on the server.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { ListProblem, collectList, listRecords, paging, platformFetch, type ListFetch, type ListRequest, type ListSpec } from '../src/lists';
import { retryClock } from '../src/http/retry';
import type { PlatformSpec, RequestContext } from '../src/http/request';

interface Pending {
	label: string;
	serve(): void;
	fail(error: Error): void;
}

/** A list API over `n` records (ids 1..n) whose requests wait for the test; logs each request as it is sent. */
function heldApi(n: number) {
	const records: Array<{ id: number }> = Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
	const log: string[] = [];
	const pending: Pending[] = [];
	let inFlight = 0;
	let maxInFlight = 0;
	/** In flight when each request was sent (after the one being sent), by label. */
	const inFlightAtSend: number[] = [];
	let answer: (req: ListRequest) => unknown = () => undefined;
	const label = (req: ListRequest) =>
		`${req.path}?${Object.entries(req.qs ?? {})
			.map(([k, v]) => `${k}=${String(v)}`)
			.join('&')}`;
	const fetch: ListFetch = (req) =>
		new Promise((resolve, reject) => {
			log.push(label(req));
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			inFlightAtSend.push(inFlight - 1);
			pending.push({
				label: label(req),
				serve: () => {
					inFlight--;
					resolve(answer(req));
				},
				fail: (error) => {
					inFlight--;
					reject(error);
				},
			});
		});
	return {
		records,
		log,
		pending,
		fetch,
		inFlightAtSend,
		get maxInFlight() {
			return maxInFlight;
		},
		answerWith(fn: (req: ListRequest) => unknown) {
			answer = fn;
		},
	};
}
type HeldApi = ReturnType<typeof heldApi>;

/** Page-numbered contacts, 10 a page, `{meta: {count}, payload}`. */
function pageApi(n: number, pageSize = 10) {
	const api = heldApi(n);
	api.answerWith((req) => {
		const page = Number(req.qs?.page);
		return { meta: { count: api.records.length }, payload: api.records.slice((page - 1) * pageSize, page * pageSize) };
	});
	return api;
}
const countedRead = (body: unknown) => {
	const o = body as { meta: { count: number }; payload: IDataObject[] };
	return { items: o.payload, total: o.meta.count };
};
const pageSpec = (opts: { concurrency?: number } = {}): ListSpec => ({
	request: () => ({ method: 'GET', path: '/contacts' }),
	paging: paging.pageNumber(10, opts),
	read: countedRead,
});

/** Offset lists, `{paging: {total}, results}`. */
function offsetApi(n: number) {
	const api = heldApi(n);
	api.answerWith((req) => {
		const [offset, limit] = [Number(req.qs?.offset), Number(req.qs?.limit)];
		return { paging: { total: api.records.length }, results: api.records.slice(offset, offset + limit) };
	});
	return api;
}
const offsetSpec = (opts: { maxOffset?: number } = {}): ListSpec => ({
	request: () => ({ method: 'GET', path: '/sites' }),
	paging: paging.offset(10, { ...opts, platform: 'Demo' }),
	read: (body) => {
		const o = body as { paging: { total: number }; results: IDataObject[] };
		return { items: o.results, total: o.paging.total };
	},
});

type Pick = (pending: Pending[]) => number;
const oldestFirst: Pick = () => 0;
const newestFirst: Pick = (pending) => pending.length - 1;

/**
 * Serves the held requests one by one in the order `pick` chooses, after the walk has sent all it
 * sends at that point, until the walk ends. `before(label, served)` runs just before a request is
 * served (to change the records between two answers).
 */
async function drive<T>(api: HeldApi, walk: Promise<T>, pick: Pick = oldestFirst, before?: (label: string, served: number) => void): Promise<T> {
	let done = false;
	const settled = walk.then(
		() => (done = true),
		() => (done = true),
	);
	let served = 0;
	while (!done) {
		await new Promise((resolve) => setImmediate(resolve));
		if (done || api.pending.length === 0) continue;
		const [next] = api.pending.splice(pick(api.pending), 1);
		before?.(next.label, ++served);
		next.serve();
	}
	await settled;
	// Requests the walk dropped are still answered, so that nothing is left hanging.
	for (const p of api.pending.splice(0)) p.serve();
	return walk;
}

const ids = (records: IDataObject[]) => records.map((r) => r.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const pages = (path: string, numbers: number[]) => numbers.map((p) => `${path}?page=${p}`);

let unhandled: unknown[];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
	unhandled = [];
	process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
	// Give any stray rejection the turn it needs to be reported.
	await new Promise((resolve) => setImmediate(resolve));
	process.off('unhandledRejection', onUnhandled);
	expect(unhandled).toEqual([]);
});

describe('pages requested concurrently, records in order', () => {
	test('pages answered newest first still come out in the API order, each page requested once, 4 in flight', async () => {
		const api = pageApi(95);
		const out = await drive(api, collectList(api.fetch, pageSpec(), {}, { returnAll: true }), newestFirst);
		expect(ids(out)).toEqual(range(1, 95));
		expect(api.log).toEqual(pages('/contacts', range(1, 10)));
		expect(api.maxInFlight).toBe(4);
		// The first page alone (it tells the total), then never more than 4.
		expect(api.inFlightAtSend[0]).toBe(0);
		expect(Math.max(...api.inFlightAtSend)).toBe(3);
	});

	test.each([1, 2, 6])('the paging option bounds the requests in flight (%i)', async (concurrency) => {
		const api = pageApi(200);
		const out = await drive(api, collectList(api.fetch, pageSpec({ concurrency }), {}, { returnAll: true }), newestFirst);
		expect(ids(out)).toEqual(range(1, 200));
		expect(api.log).toEqual(pages('/contacts', range(1, 20)));
		expect(api.maxInFlight).toBe(concurrency);
	});

	test('offset lists too: each offset once, in order, limits as the sequential walk sends them', async () => {
		const api = offsetApi(45);
		const out = await drive(api, collectList(api.fetch, offsetSpec(), {}, { returnAll: true }), newestFirst);
		expect(ids(out)).toEqual(range(1, 45));
		expect(api.log).toEqual(['/sites?offset=0&limit=10', '/sites?offset=10&limit=10', '/sites?offset=20&limit=10', '/sites?offset=30&limit=10', '/sites?offset=40&limit=10']);
		expect(api.maxInFlight).toBe(4);
	});

	test('a list without a total is read one page at a time, as before', async () => {
		const api = heldApi(35);
		api.answerWith((req) => ({ payload: api.records.slice((Number(req.qs?.page) - 1) * 10, Number(req.qs?.page) * 10) }));
		const spec: ListSpec = { request: () => ({ method: 'GET', path: '/labels' }), paging: paging.pageNumber(10) };
		const out = await drive(api, collectList(api.fetch, spec, {}, { returnAll: true }));
		expect(ids(out)).toEqual(range(1, 35));
		expect(api.log).toEqual(pages('/labels', [1, 2, 3, 4]));
		expect(api.maxInFlight).toBe(1);
	});

	test('listRecords stays one page at a time unless asked (a caller may stop early)', async () => {
		const api = pageApi(100);
		const seen: IDataObject[] = [];
		const walk = (async () => {
			for await (const r of listRecords(api.fetch, pageSpec(), {})) {
				seen.push(r);
				if (seen.length === 12) break;
			}
		})();
		await drive(api, walk);
		expect(ids(seen)).toEqual(range(1, 12));
		expect(api.log).toEqual(pages('/contacts', [1, 2]));
		expect(api.maxInFlight).toBe(1);
	});

	test('a page that tells its own size (per_page) is counted with it, not with the declared one', async () => {
		const api = heldApi(60);
		api.answerWith((req) => {
			const page = Number(req.qs?.page);
			return { per_page: 25, total_entries: api.records.length, logs: api.records.slice((page - 1) * 25, page * 25) };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/audit_logs' }),
			paging: paging.pageNumber(15),
			read: (body) => {
				const o = body as { per_page: number; total_entries: number; logs: IDataObject[] };
				return { items: o.logs, total: o.total_entries, pageSize: o.per_page };
			},
		};
		expect(ids(await drive(api, collectList(api.fetch, spec, {}, { returnAll: true }), newestFirst))).toEqual(range(1, 60));
		expect(api.log).toEqual(pages('/audit_logs', [1, 2, 3]));
		api.log.length = 0;
		expect(ids(await drive(api, collectList(api.fetch, spec, {}, { returnAll: false, limit: 30 }), newestFirst))).toEqual(range(1, 30));
		expect(api.log).toEqual(pages('/audit_logs', [1, 2]));
	});
});

describe('exact Limit', () => {
	test.each([
		[1, [1]],
		[10, [1]],
		[11, [1, 2]],
		[35, [1, 2, 3, 4]],
		[60, [1, 2, 3, 4, 5, 6]],
		[95, range(1, 10)],
		[500, range(1, 10)],
	])('Limit %i requests only the pages it needs', async (limit, wantedPages) => {
		const api = pageApi(95);
		const out = await drive(api, collectList(api.fetch, pageSpec(), {}, { returnAll: false, limit }), newestFirst);
		expect(ids(out)).toEqual(range(1, Math.min(limit, 95)));
		expect(api.log).toEqual(pages('/contacts', wantedPages));
	});

	test('offset Limit 35: four requests, the last asks for the 5 still wanted', async () => {
		const api = offsetApi(100);
		const out = await drive(api, collectList(api.fetch, offsetSpec(), {}, { returnAll: false, limit: 35 }), newestFirst);
		expect(ids(out)).toEqual(range(1, 35));
		expect(api.log).toEqual(['/sites?offset=0&limit=10', '/sites?offset=10&limit=10', '/sites?offset=20&limit=10', '/sites?offset=30&limit=5']);
	});

	test('a Limit over a page that repeats records reads on for the ones still wanted', async () => {
		const api = pageApi(100);
		// Page 2 repeats page 1 (the server's order shifted): no new record in it.
		api.answerWith((req) => {
			const page = Number(req.qs?.page);
			const start = page === 2 ? 0 : (page - 1) * 10;
			return { meta: { count: api.records.length }, payload: api.records.slice(start, start + 10) };
		});
		const out = await drive(api, collectList(api.fetch, pageSpec(), {}, { returnAll: false, limit: 25 }));
		// Pages 1-3 were planned for 25 records; page 2 brought none new, so page 4 is needed too.
		expect(ids(out)).toEqual([...range(1, 10), ...range(21, 35)]);
		expect(api.log).toEqual(pages('/contacts', [1, 2, 3, 4]));
	});

	test('maxOffset: no request past the cap, then the cap error', async () => {
		const api = offsetApi(100);
		const walk = collectList(api.fetch, offsetSpec({ maxOffset: 30 }), {}, { returnAll: true });
		await expect(drive(api, walk, newestFirst)).rejects.toThrow(ListProblem);
		await expect(walk).rejects.toThrow('Demo lists at most 40 records of /sites (it refuses offsets above 30), and 100 exist');
		expect(api.log).toEqual(['/sites?offset=0&limit=10', '/sites?offset=10&limit=10', '/sites?offset=20&limit=10', '/sites?offset=30&limit=10']);
	});
});

describe('a list that changes while it is read', () => {
	test('records deleted before page 3 is served: the walk drops the pages in flight, re-reads, and misses none', async () => {
		const api = pageApi(100);
		let deleted: number[] = [];
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		const out = await drive(api, walk, oldestFirst, (label) => {
			// Served in the order sent: page 1, then pages 2-5; before page 3, 5 records of page 1 go.
			if (label === '/contacts?page=3' && deleted.length === 0) deleted = api.records.splice(2, 5).map((r) => r.id);
		});
		const survivors = range(1, 100).filter((id) => !deleted.includes(id));
		expect(deleted).toEqual([3, 4, 5, 6, 7]);
		expect(new Set(ids(out)).size).toBe(out.length);
		expect(survivors.every((id) => ids(out).includes(id))).toBe(true);
		// As in the one-page-at-a-time walk, the records found by the re-read (21-25, moved back onto
		// page 2) come after those of the page that showed the shift (page 3 as it is now: 26-35).
		expect(ids(out)).toEqual([...range(1, 20), ...range(26, 35), ...range(21, 25), ...range(36, 100)]);
		// Page 2's answer made room for page 6. Page 3 (total 95 after 100) steps back one page: pages
		// 4-6, in flight, are dropped, and pages 2 onwards are read again in the list as it is now (95
		// records: 10 pages).
		expect(api.log).toEqual(pages('/contacts', [1, 2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
	});

	test('records deleted at every page for a while: each record once, none missing, or a loud stop', async () => {
		const api = pageApi(120);
		const deleted: number[] = [];
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		const out = await drive(api, walk, newestFirst, (_label, served) => {
			// Before each of the serves 2-6, the first record still there goes.
			if (served >= 2 && served <= 6) deleted.push(api.records.shift()!.id);
		});
		expect(deleted).toHaveLength(5);
		expect(new Set(ids(out)).size).toBe(out.length);
		const survivors = api.records.map((r) => r.id);
		// Records a re-read finds come after those read before it; sorted, every survivor is there once.
		expect(
			ids(out)
				.filter((id) => survivors.includes(id as number))
				.sort((a, b) => Number(a) - Number(b)),
		).toEqual(survivors);
	});

	test('records added at the top before page 3 is served: the walk reads on to the new end, each record once', async () => {
		const api = pageApi(100);
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		const out = await drive(api, walk, oldestFirst, (label) => {
			if (label === '/contacts?page=3' && api.records.length === 100) api.records.unshift(...range(101, 105).map((id) => ({ id })));
		});
		expect(new Set(ids(out)).size).toBe(out.length);
		expect(ids(out).filter((id) => (id as number) <= 100)).toEqual(range(1, 100));
		// 105 records from page 3 on: page 11 holds the last 5 (pages 1-2 were read before the insert).
		expect(api.log).toEqual(pages('/contacts', range(1, 11)));
	});

	// The server may answer concurrent requests in any order. A page answered before an insert at
	// the top, after the page before it answered after the insert, would leave out the records the
	// insert pushed across the boundary; the totals tell it (in page order they drop: 105, then 100).
	test('records added at the top while later pages were already answered: none missing, each once', async () => {
		const api = pageApi(100);
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		let inserted = false;
		const out = await drive(api, walk, newestFirst, (label) => {
			// Pages 2-5 are in flight and served newest first: page 5 as it was, then 5 records arrive.
			if (label === '/contacts?page=4' && !inserted) {
				inserted = true;
				api.records.unshift(...range(101, 105).map((id) => ({ id })));
			}
		});
		expect(inserted).toBe(true);
		expect(new Set(ids(out)).size).toBe(out.length);
		expect(ids(out).filter((id) => (id as number) <= 100).sort((a, b) => Number(a) - Number(b))).toEqual(range(1, 100));
	});

	test('offset list shrinking while read: re-read from the earlier offset, none missing', async () => {
		const api = offsetApi(60);
		let deleted: number[] = [];
		const walk = collectList(api.fetch, offsetSpec(), {}, { returnAll: true });
		const out = await drive(api, walk, oldestFirst, (label) => {
			if (label === '/sites?offset=20&limit=10' && deleted.length === 0) deleted = api.records.splice(0, 4).map((r) => r.id);
		});
		expect(new Set(ids(out)).size).toBe(out.length);
		// Offset 20 as it is now brings 25-34; the re-read from offset 16 finds 21-24.
		expect(ids(out)).toEqual([...range(1, 20), ...range(25, 34), ...range(21, 24), ...range(35, 60)]);
		// Offset 10's answer made room for offset 50. The total drops 60 → 56 at offset 20: back 4 places
		// to offset 16; offsets 30-50, in flight, are dropped.
		expect(api.log).toEqual([
			'/sites?offset=0&limit=10',
			'/sites?offset=10&limit=10',
			'/sites?offset=20&limit=10',
			'/sites?offset=30&limit=10',
			'/sites?offset=40&limit=10',
			'/sites?offset=50&limit=10',
			'/sites?offset=16&limit=10',
			'/sites?offset=26&limit=10',
			'/sites?offset=36&limit=10',
			'/sites?offset=46&limit=10',
		]);
	});

	test('a short page where the total says more: the walk goes on from where the page ended', async () => {
		const api = offsetApi(50);
		api.answerWith((req) => {
			const [offset, limit] = [Number(req.qs?.offset), Number(req.qs?.limit)];
			// Offset 10 brings 7 of 10 (the API dropped some rows it filters out after paging).
			return { paging: { total: 50 }, results: api.records.slice(offset, offset + (offset === 10 ? 7 : limit)) };
		});
		const out = await drive(api, collectList(api.fetch, offsetSpec(), {}, { returnAll: true }));
		expect(ids(out)).toEqual(range(1, 50));
		expect(api.log).toEqual([
			'/sites?offset=0&limit=10',
			'/sites?offset=10&limit=10',
			'/sites?offset=20&limit=10',
			'/sites?offset=30&limit=10',
			'/sites?offset=40&limit=10',
			'/sites?offset=17&limit=10',
			'/sites?offset=27&limit=10',
			'/sites?offset=37&limit=10',
			'/sites?offset=47&limit=10',
		]);
	});
});

describe('failures of pages requested ahead', () => {
	test('a page that fails while earlier ones are pending fails the walk when its turn comes', async () => {
		const api = pageApi(100);
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		let served = 0;
		const run = (async () => {
			while (api.pending.length < 4 || served > 0) {
				await new Promise((resolve) => setImmediate(resolve));
				if (api.pending.length && served === 0) {
					api.pending.shift()!.serve(); // page 1
					served = 1;
				}
				if (served === 1 && api.pending.length === 4) break;
			}
			// Pages 2-5 in flight: page 4 fails first, then 2, 3 and 5 answer.
			api.pending.splice(2, 1)[0].fail(new Error('page 4 broke'));
			for (const p of api.pending.splice(0)) p.serve();
		})();
		let failed: unknown;
		void walk.catch((error: unknown) => (failed = error));
		await run;
		// Pages 2 and 3 were taken before page 4's turn, each making room for the next pages ahead
		// (6-9); the walk fails only once those have settled too: it leaves no request running.
		for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
		expect(api.log).toEqual(pages('/contacts', range(1, 9)));
		expect(api.pending.map((p) => p.label)).toEqual(pages('/contacts', range(6, 9)));
		expect(failed).toBeUndefined();
		for (const p of api.pending.splice(0)) p.serve();
		await expect(walk).rejects.toThrow('page 4 broke');
	});

	test('a failed page the walk dropped (after a rewind) is no unhandled rejection', async () => {
		const api = pageApi(100);
		const walk = collectList(api.fetch, pageSpec(), {}, { returnAll: true });
		let removed = false;
		let done = false;
		void walk.finally(() => (done = true)).catch(() => undefined);
		while (!done) {
			await new Promise((resolve) => setImmediate(resolve));
			const next = api.pending.shift();
			if (!next) continue;
			if (next.label === '/contacts?page=2' && !removed) {
				api.records.splice(0, 3);
				removed = true;
			}
			// Page 4 as first sent fails; the rewind at page 2 dropped it before its turn.
			if (next.label === '/contacts?page=4' && api.log.filter((l) => l === '/contacts?page=4').length === 1) next.fail(new Error('dropped page failed'));
			else next.serve();
		}
		const out = await walk;
		expect(new Set(ids(out)).size).toBe(100);
		expect(ids(out).sort((a, b) => Number(a) - Number(b))).toEqual(range(1, 100));
		expect(api.log.slice(0, 6)).toEqual(pages('/contacts', [1, 2, 3, 4, 5, 1]));
	});

	test('a caller that stops early: the walk ends once its requests ahead have settled, and their failure is no unhandled rejection', async () => {
		const api = pageApi(100);
		const seen: IDataObject[] = [];
		let ended = false;
		const walk = (async () => {
			for await (const r of listRecords(api.fetch, pageSpec(), {}, Infinity, { concurrency: true })) {
				seen.push(r);
				if (seen.length === 3) break;
			}
			ended = true;
		})();
		while (api.pending.length === 0) await new Promise((resolve) => setImmediate(resolve));
		api.pending.shift()!.serve();
		for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
		expect(ids(seen)).toEqual([1, 2, 3]);
		// Pages 2-5 were requested ahead: the walk waits for them (no request of it left running).
		expect(api.log).toEqual(pages('/contacts', [1, 2, 3, 4, 5]));
		expect(ended).toBe(false);
		for (const p of api.pending.splice(0)) p.fail(new Error('late failure'));
		await walk;
		expect(ended).toBe(true);
	});
});

const platform: PlatformSpec = { name: 'Demo', credentialType: 'demoApi', baseUrl: (c) => String(c.baseUrl) };

/** A request context whose n8n HTTP helper is `send` (it answers as n8n's full response: statusCode, headers, body). */
const contextOf = (send: (credentialType: string, options: IHttpRequestOptions) => Promise<unknown>): RequestContext => ({
	getNode: () => ({ name: 'Demo', type: 'demo', typeVersion: 1, position: [0, 0], parameters: {} }) as INode,
	getCredentials: async () => ({ baseUrl: 'http://127.0.0.1:9' }) as ICredentialDataDecryptedObject,
	helpers: { httpRequestWithAuthentication: send },
});

describe('back-off after a throttle (through apiRequest)', () => {
	const realSleep = retryClock.sleep;
	afterEach(() => {
		retryClock.sleep = realSleep;
	});

	test('after a 429 the walk sends one request at a time; every record once, in order', async () => {
		retryClock.sleep = async () => undefined;
		const records = range(1, 120).map((id) => ({ id }));
		const wire: Array<{ page: number; inFlightBefore: number; afterThrottle: boolean }> = [];
		const held: Array<() => void> = [];
		let inFlight = 0;
		let throttledYet = false;
		let throttleOnce = true;
		const ctx = contextOf((_type: string, options: IHttpRequestOptions) =>
			new Promise((resolve) => {
				const page = Number((options.qs as IDataObject).page);
				wire.push({ page, inFlightBefore: inFlight, afterThrottle: throttledYet });
				inFlight++;
				held.push(() => {
					inFlight--;
					if (page === 3 && throttleOnce) {
						throttleOnce = false;
						throttledYet = true;
						return resolve({ statusCode: 429, headers: {}, body: 'Retry later\n' });
					}
					resolve({
						statusCode: 200,
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ meta: { count: records.length }, payload: records.slice((page - 1) * 10, page * 10) }),
					});
				});
			}));
		const walk = collectList(platformFetch(ctx, platform), pageSpec(), {}, { returnAll: true });
		let done = false;
		void walk.finally(() => (done = true)).catch(() => undefined);
		while (!done) {
			await new Promise((resolve) => setImmediate(resolve));
			held.shift()?.();
		}
		const out = await walk;
		expect(ids(out)).toEqual(range(1, 120));
		// Page 1, then 2-5 at once; page 2's answer makes room for 6; page 3 is throttled and retried
		// (4, 5 and 6 were already sent); from then on one page at a time.
		expect(wire.map((w) => w.page)).toEqual([1, 2, 3, 4, 5, 6, 3, 7, 8, 9, 10, 11, 12]);
		expect(wire.slice(0, 6).map((w) => w.inFlightBefore)).toEqual([0, 0, 1, 2, 3, 3]);
		// Every page first sent after the 429 went out alone.
		const after = wire.filter((w, i) => w.afterThrottle && !wire.slice(0, i).some((earlier) => earlier.page === w.page));
		expect(after.map((w) => w.page)).toEqual(range(7, 12));
		expect(after.map((w) => w.inFlightBefore)).toEqual(after.map(() => 0));
	});

	test('a Retry-After on a retried 503 counts as a throttle too', async () => {
		const told: string[] = [];
		retryClock.sleep = async () => undefined;
		let calls = 0;
		const ctx = contextOf(async () =>
			calls++ === 0 ? { statusCode: 503, headers: { 'retry-after': '1' }, body: '' } : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '[]' });
		await platformFetch(ctx, platform)({ method: 'GET', path: '/x', onThrottle: () => told.push('throttled') });
		expect(told).toEqual(['throttled']);
		expect(calls).toBe(2);
		// A 503 without Retry-After is no throttle.
		calls = 0;
		ctx.helpers.httpRequestWithAuthentication = async () =>
			calls++ === 0 ? { statusCode: 503, headers: {}, body: '' } : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '[]' };
		await platformFetch(ctx, platform)({ method: 'GET', path: '/x', onThrottle: () => told.push('again') });
		expect(told).toEqual(['throttled']);
	});

	test('a throttle that outlasts the retries fails the walk with the API error', async () => {
		retryClock.sleep = async () => undefined;
		const ctx = contextOf(async (_t: string, options: IHttpRequestOptions) =>
			Number((options.qs as IDataObject).page) === 1
				? { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ meta: { count: 50 }, payload: range(1, 10).map((id) => ({ id })) }) }
				: { statusCode: 429, headers: { 'retry-after': '3600' }, body: 'Retry later' });
		await expect(collectList(platformFetch(ctx, platform), pageSpec(), {}, { returnAll: true })).rejects.toBeInstanceOf(NodeApiError);
	});
});
