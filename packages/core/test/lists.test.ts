import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { createExecuteContext } from '@leadchat/testkit';
import { ListProblem, collectList, listPage, paging, readItems, unsettledList, type ListRequest, type ListSpec } from '../src/lists';
import { byOffset, collect } from '../src/pagination';
import { defineOperation, type ResourceSpec } from '../src/operations/operation';
import { createRouter } from '../src/operations/router';
import { field, returnAllOrLimit } from '../src/descriptions/fields';
import { apiPath } from '../src/http/path';

/** A fake API over `n` records with ids 1..n; every request is logged as "METHOD path?query". */
function api(n: number, serve: (req: ListRequest, records: Array<{ id: number; name: string }>) => unknown) {
	const records = Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `r${i + 1}` }));
	const log: string[] = [];
	const fetch = async (req: ListRequest) => {
		const q = Object.entries(req.qs ?? {})
			.map(([k, v]) => `${k}=${String(v)}`)
			.join('&');
		log.push(`${req.method} ${req.path}${q ? `?${q}` : ''}`);
		return serve(req, records);
	};
	return { records, log, fetch };
}

const ids = (list: IDataObject[]) => list.map((r) => r.id);

describe('paging styles', () => {
	test('whole list: Return All keeps everything, Limit the first N, one request, duplicates dropped', async () => {
		const a = api(5, (_req, records) => ({ payload: [...records, records[0]] }));
		const spec: ListSpec = { request: () => ({ method: 'GET', path: '/agents' }), paging: paging.whole() };
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: true }))).toEqual([1, 2, 3, 4, 5]);
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 2 }))).toEqual([1, 2]);
		expect(a.log).toEqual(['GET /agents', 'GET /agents']);
	});

	test('page number in the query: no request past the limit; Return All stops on the total', async () => {
		const a = api(40, (req, records) => {
			const page = Number(req.qs?.page);
			return { payload: records.slice((page - 1) * 15, page * 15), meta: { count: records.length } };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/contacts', qs: { sort: 'name' } }),
			paging: paging.pageNumber(15),
			read: (body) => ({ ...readItems(body), total: (body as { meta: { count: number } }).meta.count }),
		};
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 16 }))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
		expect(a.log).toEqual(['GET /contacts?sort=name&page=1', 'GET /contacts?sort=name&page=2']);
		a.log.length = 0;
		expect(await collectList(a.fetch, spec, {}, { returnAll: true })).toHaveLength(40);
		expect(a.log).toEqual(['GET /contacts?sort=name&page=1', 'GET /contacts?sort=name&page=2', 'GET /contacts?sort=name&page=3']);
	});

	test('page number as a path segment', async () => {
		const a = api(45, (req, records) => {
			const page = Number(req.path.split('/').pop());
			return { data: records.slice((page - 1) * 20, page * 20) };
		});
		const spec: ListSpec = { request: () => ({ method: 'GET', path: '/website/w1/conversations' }), paging: paging.pageNumber(20, { inPath: true }) };
		expect(await collectList(a.fetch, spec, {}, { returnAll: true })).toHaveLength(45);
		expect(a.log).toEqual(['GET /website/w1/conversations/1', 'GET /website/w1/conversations/2', 'GET /website/w1/conversations/3']);
	});

	test('offset: asks only for what it still needs; past the cap it fails clearly instead of stopping silently', async () => {
		const a = api(120, (req, records) => {
			const offset = Number(req.qs?.offset);
			if (offset > 50) return { error: 'Offset cannot be greater than 50' };
			return { results: records.slice(offset, offset + Number(req.qs?.limit)), paging: { total: records.length } };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/sites' }),
			paging: paging.offset(25, { maxOffset: 50 }),
			read: (body) => ({ ...readItems(body), total: (body as { paging?: { total: number } }).paging?.total }),
		};
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 30 }))).toHaveLength(30);
		expect(a.log).toEqual(['GET /sites?offset=0&limit=25', 'GET /sites?offset=25&limit=5']);
		a.log.length = 0;
		const failed = collectList(a.fetch, spec, {}, { returnAll: true });
		await expect(failed).rejects.toThrow(ListProblem);
		await expect(collectList(a.fetch, spec, {}, { returnAll: true })).rejects.toThrow(
			'The API lists at most 75 records of /sites (it refuses offsets above 50), and 120 exist',
		);
		expect(a.log.slice(0, 3)).toEqual(['GET /sites?offset=0&limit=25', 'GET /sites?offset=25&limit=25', 'GET /sites?offset=50&limit=25']);
		// 'stop' is for lists known to end before the cap.
		const stopping = { ...spec, paging: paging.offset(25, { maxOffset: 50, beyondCap: 'stop' }) };
		expect(await collectList(a.fetch, stopping, {}, { returnAll: true })).toHaveLength(75);
	});

	test('offset: the cap error names the platform when the paging says which it is', async () => {
		const a = api(120, (req, records) => ({ results: records.slice(Number(req.qs?.offset), Number(req.qs?.offset) + 25), paging: { total: records.length } }));
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/conversations' }),
			paging: paging.offset(25, { maxOffset: 50, platform: 'Cliengo' }),
			read: (body) => ({ ...readItems(body), total: (body as { paging: { total: number } }).paging.total }),
		};
		const error = (await collectList(a.fetch, spec, {}, { returnAll: true }).catch((e) => e)) as ListProblem;
		expect(error).toBeInstanceOf(ListProblem);
		expect(error.message).toBe('Cliengo lists at most 75 records of /conversations (it refuses offsets above 50), and 120 exist');
		expect(error.hint).toBe('Turn off "Return All" and set a Limit of at most 75, or narrow the list with filters.');
		expect(a.log).toEqual(['GET /conversations?offset=0&limit=25', 'GET /conversations?offset=25&limit=25', 'GET /conversations?offset=50&limit=25']);
	});

	test('cursor in the query (messages before an id): walks back, stops at the limit and at the end', async () => {
		const a = api(45, (req, records) => {
			const before = req.qs?.before === undefined ? Infinity : Number(req.qs.before);
			return { payload: records.filter((r) => Number(r.id) < before).slice(-20) };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: apiPath`/conversations/${7}/messages` }),
			paging: paging.cursorParam('before', (_body, page) => (page.items.length < 20 ? undefined : Math.min(...page.items.map((m) => Number(m.id))))),
			finish: (records) => [...records].sort((x, y) => Number(y.id) - Number(x.id)),
		};
		const all = await collectList(a.fetch, spec, {}, { returnAll: true });
		expect(ids(all)).toEqual(Array.from({ length: 45 }, (_, i) => 45 - i));
		expect(a.log).toEqual(['GET /conversations/7/messages', 'GET /conversations/7/messages?before=26', 'GET /conversations/7/messages?before=6']);
		a.log.length = 0;
		expect(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 20 })).toHaveLength(20);
		expect(a.log).toEqual(['GET /conversations/7/messages']);
	});

	test('next link: only its query is used, so a link cannot send the request elsewhere', async () => {
		const a = api(25, (req, records) => {
			const page = Number(req.qs?.page ?? 1);
			const slice = records.slice((page - 1) * 10, page * 10);
			return { result: slice, links: page * 10 < records.length ? { next: `https://evil.example/other?page=${page + 1}` } : {} };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/visitors', qs: { q: 'x' } }),
			paging: paging.nextLink((body) => (body as { links: { next?: string } }).links.next),
			read: (body) => ({ items: (body as { result: IDataObject[] }).result }),
		};
		expect(await collectList(a.fetch, spec, {}, { returnAll: true })).toHaveLength(25);
		expect(a.log).toEqual(['GET /visitors?q=x', 'GET /visitors?q=x&page=2', 'GET /visitors?q=x&page=3']);
	});

	test("a platform's own walk gets the request and the wanted count", async () => {
		const a = api(10, (_req, records) => records);
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/w' }),
			paging: paging.walk(async function* (fetch, req, wanted) {
				const all = (await fetch(req)) as IDataObject[];
				yield* all.slice(0, Math.min(wanted, all.length));
			}),
		};
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 3 }))).toEqual([1, 2, 3]);
	});

	test('paging may depend on the parameters (an option of a walk); listPage reads it the same way', async () => {
		const a = api(10, (_req, records) => records);
		const spec: ListSpec<{ reverse?: boolean }> = {
			request: () => ({ method: 'GET', path: '/w' }),
			paging: (params) =>
				params.reverse
					? paging.walk(async function* (fetch, req) {
							yield* [...((await fetch(req)) as IDataObject[])].reverse();
						})
					: paging.whole(),
		};
		expect(ids(await collectList(a.fetch, spec, { reverse: true }, { returnAll: false, limit: 3 }))).toEqual([10, 9, 8]);
		expect(ids(await collectList(a.fetch, spec, {}, { returnAll: false, limit: 3 }))).toEqual([1, 2, 3]);
		expect(ids((await listPage(a.fetch, spec, { reverse: true })).records)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(a.log).toEqual(['GET /w', 'GET /w', 'GET /w']);
		// An operation whose paging depends on its own parameters still belongs to a resource (type-checked).
		const reversible = defineOperation({
			resource: 'w',
			operation: 'getAll',
			name: 'Get Many',
			action: 'Get many',
			fields: [field.boolean('reverse', 'Reverse'), ...returnAllOrLimit()],
			list: { ...spec, paging: (p) => (typeof spec.paging === 'function' ? spec.paging({ reverse: p.reverse }) : spec.paging) },
		});
		const resource: ResourceSpec = { value: 'w', name: 'W', operations: [reversible] };
		expect(resource.operations).toHaveLength(1);
	});

	test('the reader gets the parameters: a total that depends on a filter ends the walk (Return All and listPage)', async () => {
		// Like Chatwoot's conversations: the page carries one count per assignee filter.
		const a = api(60, (req, records) => {
			const mine = records.filter((r) => r.id % 2 === 0);
			const list = req.qs?.assignee === 'me' ? mine : records;
			const page = Number(req.qs?.page);
			return { payload: list.slice((page - 1) * 10, page * 10), meta: { all_count: records.length, mine_count: mine.length } };
		});
		const spec: ListSpec<{ assignee: string }> = {
			request: (p) => ({ method: 'GET', path: '/conversations', qs: { assignee: p.assignee } }),
			paging: paging.pageNumber(10),
			read: (body, p) => {
				const { meta } = body as { meta: Record<string, number> };
				return { ...readItems(body), total: p.assignee === 'me' ? meta.mine_count : meta.all_count };
			},
		};
		expect(await collectList(a.fetch, spec, { assignee: 'me' }, { returnAll: true })).toHaveLength(30);
		// 30 of mine in pages of 10: three requests, not a fourth for an empty page.
		expect(a.log).toEqual([1, 2, 3].map((n) => `GET /conversations?assignee=me&page=${n}`));
		expect((await listPage(a.fetch, spec, { assignee: 'me' }, '3')).next).toBeUndefined();
		expect((await listPage(a.fetch, spec, { assignee: 'all' }, '3')).next).toBe('4');
	});

	test('records without a key are never merged; key: false keeps duplicates', async () => {
		const a = api(0, () => [{ name: 'a' }, { name: 'b' }, { id: 1 }, { id: 1 }]);
		const spec: ListSpec = { request: () => ({ method: 'GET', path: '/x' }), paging: paging.whole() };
		expect(await collectList(a.fetch, spec, {}, { returnAll: true })).toEqual([{ name: 'a' }, { name: 'b' }, { id: 1 }]);
		expect(await collectList(a.fetch, { ...spec, key: false }, {}, { returnAll: true })).toHaveLength(4);
		// Keyed by name, the two records without a name are both kept.
		expect(await collectList(a.fetch, { ...spec, key: 'name' }, {}, { returnAll: true })).toEqual([{ name: 'a' }, { name: 'b' }, { id: 1 }, { id: 1 }]);
	});

	test('readItems finds the records of the usual envelopes', () => {
		expect(readItems([{ id: 1 }]).items).toEqual([{ id: 1 }]);
		expect(readItems({ payload: [{ id: 2 }] }).items).toEqual([{ id: 2 }]);
		expect(readItems({ data: { payload: [{ id: 3 }] } }).items).toEqual([{ id: 3 }]);
		expect(readItems({ results: [{ id: 4 }] }).items).toEqual([{ id: 4 }]);
		expect(readItems({ nothing: true }).items).toEqual([]);
		expect(readItems(undefined).items).toEqual([]);
	});

	test('an offset list that shrinks while read is re-read from earlier offsets: nothing lost, nothing repeated', async () => {
		let records = Array.from({ length: 60 }, (_, i) => ({ id: i + 1 }));
		const log: number[] = [];
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/contacts' }),
			paging: paging.offset(20),
			read: (body) => body as { items: IDataObject[]; total: number },
		};
		const fetch = async (req: ListRequest) => {
			const offset = Number(req.qs?.offset);
			log.push(offset);
			if (offset === 40 && records.length === 60) records = records.filter((r) => ![3, 5].includes(r.id));
			return { items: records.slice(offset, offset + Number(req.qs?.limit)), total: records.length };
		};
		const out = await collectList(fetch, spec, {}, { returnAll: true });
		expect(new Set(ids(out)).size).toBe(out.length);
		expect(out).toHaveLength(60);
		expect(log).toEqual([0, 20, 40, 38]);
	});
});

describe('a list that keeps shrinking while it is read', () => {
	// Two records deleted before every page: each step back is read again, until the walk gives up.
	function shrinking() {
		let records = Array.from({ length: 200 }, (_, i) => ({ id: i + 1 }));
		const log: number[] = [];
		const fetch = async (offset: number, limit: number) => {
			log.push(offset);
			if (log.length > 1) records = records.slice(2);
			return { items: records.slice(offset, offset + limit), total: records.length };
		};
		return { fetch, log };
	}

	test('a declared offset list fails with a ListProblem naming the list, after ten steps back', async () => {
		const s = shrinking();
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/contacts' }),
			paging: paging.offset(20),
			read: (body) => body as { items: IDataObject[]; total: number },
		};
		const error = (await collectList((req) => s.fetch(Number(req.qs?.offset), Number(req.qs?.limit)), spec, {}, { returnAll: true }).catch((e) => e)) as ListProblem;
		expect(error).toBeInstanceOf(ListProblem);
		expect(error.message).toMatch(/^The list \/contacts kept shrinking while it was read \(\d+ → \d+ records\), so records could be missing$/);
		expect(error.hint).toBe('Run the node again when fewer records are being deleted, or narrow the list with filters.');
		expect(s.log.length).toBeGreaterThan(11);
	});

	test("unsettledList gives a platform's own walk the same failure", async () => {
		const s = shrinking();
		const walk = byOffset<IDataObject>({ pageSize: 20, uniqueBy: (r) => Number(r.id), onUnsettled: unsettledList('/contacts'), fetch: s.fetch });
		await expect(collect(walk, { returnAll: true })).rejects.toThrow(/^The list \/contacts kept shrinking while it was read/);
	});
});

describe('listPage (searchable dropdowns reuse the list declaration)', () => {
	test('page number: the token is the next page; none after the last', async () => {
		const a = api(20, (req, records) => {
			const page = Number(req.qs?.page);
			return { payload: records.slice((page - 1) * 15, page * 15), meta: { count: 20 } };
		});
		const spec: ListSpec = {
			request: () => ({ method: 'GET', path: '/contacts' }),
			paging: paging.pageNumber(15),
			read: (body) => ({ ...readItems(body), total: 20 }),
		};
		const first = await listPage(a.fetch, spec, {});
		expect([first.records.length, first.next]).toEqual([15, '2']);
		const second = await listPage(a.fetch, spec, {}, first.next);
		expect([second.records.length, second.next]).toEqual([5, undefined]);
	});

	test('offset, cursor and whole lists', async () => {
		const a = api(30, (req, records) => {
			if (req.path === '/o') return { results: records.slice(Number(req.qs?.offset), Number(req.qs?.offset) + 25), paging: { total: 30 } };
			if (req.path === '/c') return { payload: records.filter((r) => Number(r.id) > Number(req.qs?.after ?? 0)).slice(0, 10) };
			return records;
		});
		const offset = await listPage(a.fetch, { request: () => ({ method: 'GET', path: '/o' }), paging: paging.offset(25) }, {});
		expect(offset.next).toBe('25');
		const cursorSpec: ListSpec = { request: () => ({ method: 'GET', path: '/c' }), paging: paging.cursorParam('after', (_b, page) => page.items[page.items.length - 1].id as number) };
		const c1 = await listPage(a.fetch, cursorSpec, {});
		expect([ids(c1.records)[0], c1.next]).toEqual([1, '10']);
		const c2 = await listPage(a.fetch, cursorSpec, {}, c1.next);
		expect(ids(c2.records)[0]).toBe(11);
		const whole = await listPage(a.fetch, { request: () => ({ method: 'GET', path: '/w' }), paging: paging.whole() }, {});
		expect([whole.records.length, whole.next]).toEqual([30, undefined]);
	});
});

describe('a list operation is one declaration; the router does Return All / Limit', () => {
	const getMany = defineOperation<{ status?: string; returnAll: boolean; limit?: number }>({
		resource: 'site',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many sites',
		fields: [...returnAllOrLimit(), field.string('status', 'Status')],
		list: {
			request: (p) => ({ method: 'GET', path: '/sites', qs: { status: p.status } }),
			paging: paging.offset(2, { maxOffset: 4 }),
			read: (body) => ({ ...readItems(body), total: (body as { total: number }).total }),
		},
	});

	function run(parameters: IDataObject, total: number) {
		const log: ListRequest[] = [];
		const router = createRouter({
			resources: [{ value: 'site', name: 'Site', operations: [getMany] }],
			transport: async (req) => {
				log.push(req);
				const offset = Number(req.qs?.offset);
				const items = Array.from({ length: total }, (_, i) => ({ id: `s${i}` })).slice(offset, offset + Number(req.qs?.limit));
				return { status: 200, headers: {}, body: { results: items, total } };
			},
		});
		return { log, out: router.call(createExecuteContext({ parameters: { resource: 'site', operation: 'getAll', ...parameters } }) as never) };
	}

	test('Limit: exactly N items, each paired with its input item', async () => {
		const { log, out } = run({ returnAll: false, limit: 3, status: 'on' }, 5);
		const [items] = await out;
		expect(items).toEqual([0, 1, 2].map((i) => ({ json: { id: `s${i}` }, pairedItem: { item: 0 } })));
		expect(log.map((r) => r.qs)).toEqual([
			{ status: 'on', offset: 0, limit: 2 },
			{ status: 'on', offset: 2, limit: 1 },
		]);
	});

	test('Return All past the offset cap: a NodeOperationError for the item, with the hint', async () => {
		const { out } = run({ returnAll: true }, 9);
		const error = (await out.catch((e) => e)) as NodeOperationError;
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Item 1: The API lists at most 6 records of /sites (it refuses offsets above 4), and 9 exist');
		expect(error.description).toBe('Turn off "Return All" and set a Limit of at most 6, or narrow the list with filters.');
	});
});

describe('a page size the API does not tell', () => {
	test('pageNumber(0): a short page does not end the list, an empty one does; dropdown tokens follow', async () => {
		const a = api(23, (req, records) => {
			const page = Number(req.path.split('/').pop());
			return records.slice((page - 1) * 10, page * 10);
		});
		const spec: ListSpec = { request: () => ({ method: 'GET', path: '/visitors/list' }), paging: paging.pageNumber(0, { inPath: true }) };
		expect(await collectList(a.fetch, spec, {}, { returnAll: true })).toHaveLength(23);
		expect(a.log).toEqual(['GET /visitors/list/1', 'GET /visitors/list/2', 'GET /visitors/list/3', 'GET /visitors/list/4']);
		const first = await listPage(a.fetch, spec, {});
		expect(first.next).toBe('2');
		const last = await listPage(a.fetch, spec, {}, '4');
		expect([last.records.length, last.next]).toEqual([0, undefined]);
	});
});
