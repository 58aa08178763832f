/**
 * Visitor resource against the fake Chaport: the list walked over `links.next` (`?page=N`), get,
 * update (only the fields given), delete; the visitors dropdown.
 */
import { chaport as fakes, apiError, refused } from '@leadchat/testkit';
import { api, byId, jsonOf, useChaport } from './harness';

const h = useChaport(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'visitor', operation, ...parameters });
const ids = () => h.fake.seeded!.visitorIds;
/** The visitors as the API lists them: most recent chat first. */
const listed = () => h.fake.store.visitorList().map((v) => JSON.parse(JSON.stringify(fakes.visitorView(v))));

describe('visitor: read', () => {
	it('getAll with Return All: GET /visitors, then the page links.next names, until there is none', async () => {
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all).toHaveLength(26);
		expect(all).toEqual(listed());
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/visitors'), query: {} },
			{ method: 'GET', path: api('/visitors'), query: { page: '2' } },
		]);
	});

	it('getAll with a Limit asks for no page past it', async () => {
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 5 }))).toEqual(listed().slice(0, 5));
		expect(h.requests()).toEqual([{ method: 'GET', path: api('/visitors'), query: {} }]);
		h.fake.clearLog();
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 21 }))).toEqual(listed().slice(0, 21));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/visitors'), query: {} },
			{ method: 'GET', path: api('/visitors'), query: { page: '2' } },
		]);
	});

	it('getAll: a next link on another host is read for its page only: the request stays on the credential host', async () => {
		h.fake.inject({ status: 200, body: { result: [{ id: 'a1' }], links: { next: 'https://elsewhere.example/steal?page=2' } } }, { match: { method: 'GET', path: api('/visitors') } });
		const out = jsonOf(await run('getAll', { returnAll: false, limit: 3 }));
		expect(out).toEqual([{ id: 'a1' }, ...listed().slice(20, 22)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/visitors'), query: {} },
			{ method: 'GET', path: api('/visitors'), query: { page: '2' } },
		]);
	});

	it('getAll: Limit must be a whole number from 1', async () => {
		await refused(h, { resource: 'visitor', operation: 'getAll', returnAll: false, limit: 0 }, 'Limit', /at least 1/);
	});

	it('get: GET /visitors/{id}; an unknown visitor is Chaport\'s 404 message', async () => {
		expect(jsonOf(await run('get', { visitorId: byId(ids()[2]) }))).toEqual([h.fake.visitorJson(ids()[2])]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${ids()[2]}`), query: {} }]);
		await apiError(h, { resource: 'visitor', operation: 'get', visitorId: byId('0123456789abcdef01234567') }, 404, 'Visitor not found');
	});

	it('get: an ID of "." or ".." is refused before any request', async () => {
		await refused(h, { resource: 'visitor', operation: 'get', visitorId: byId('..') }, 'Visitor');
		await refused(h, { resource: 'visitor', operation: 'get', visitorId: byId('.') }, 'Visitor');
		await refused(h, { resource: 'visitor', operation: 'get', visitorId: byId('') }, 'Visitor', /is required/);
	});
});

describe('visitor: write', () => {
	it('update: PUT /visitors/{id} with only the fields given (custom and UTM merged by Chaport)', async () => {
		const id = ids()[0];
		const out = jsonOf(
			await run('update', {
				visitorId: byId(id),
				updateFields: { name: 'Ana S. Souza', email: 'ana@example.org', notes: 'Called back', custom: '{"plan": "team", "seats": null}', utm: { source: 'newsletter', content: 'hero' }, emailMarketingConsent: false },
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'PUT',
				path: api(`/visitors/${id}`),
				query: {},
				body: { name: 'Ana S. Souza', email: 'ana@example.org', notes: 'Called back', custom: { plan: 'team', seats: null }, utm: { source: 'newsletter', content: 'hero' }, emailMarketingConsent: false },
			},
		]);
		expect(out).toEqual([h.fake.visitorJson(id)]);
		expect(out[0]).toMatchObject({ name: 'Ana S. Souza', email: 'ana@example.org', notes: 'Called back', custom: { plan: 'team' }, utm: { source: 'newsletter', medium: 'cpc', campaign: 'spring', content: 'hero' }, emailMarketingConsent: false });
	});

	it('update: phone and source host alone', async () => {
		const id = ids()[1];
		await run('update', { visitorId: byId(id), updateFields: { phone: '+15550100', sourceHost: 'shop.acme.test' } });
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/visitors/${id}`), query: {}, body: { phone: '+15550100', sourceHost: 'shop.acme.test' } }]);
		expect(h.fake.visitor(id)).toMatchObject({ phone: '+15550100', sourceHost: 'shop.acme.test' });
	});

	it('update: refuses nothing to change, a bad email and custom fields that are not a JSON object', async () => {
		const visitorId = byId(ids()[0]);
		await refused(h, { resource: 'visitor', operation: 'update', visitorId, updateFields: {} }, 'Update Fields', /needs at least one field/);
		await refused(h, { resource: 'visitor', operation: 'update', visitorId, updateFields: { utm: {} } }, 'Update Fields', /the UTM added has no key/);
		await refused(h, { resource: 'visitor', operation: 'update', visitorId, updateFields: { email: 'ana@' } }, 'Update Fields → Email', /email address/);
		await refused(h, { resource: 'visitor', operation: 'update', visitorId, updateFields: { custom: '[1, 2]' } }, 'Update Fields → Custom Fields', /JSON object/);
		await refused(h, { resource: 'visitor', operation: 'update', visitorId, updateFields: { custom: '{"plan": ' } }, 'Update Fields → Custom Fields', /valid JSON/);
	});

	it('delete: DELETE /visitors/{id} gives the deleted visitor; the visitor is gone', async () => {
		const id = ids()[4];
		const before = h.fake.visitorJson(id);
		expect(jsonOf(await run('delete', { visitorId: byId(id) }))).toEqual([before]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: api(`/visitors/${id}`), query: {} }]);
		expect(h.fake.visitor(id)).toBeUndefined();
	});
});

describe('visitor: dropdown', () => {
	it('searchVisitors without a filter: one page, the next page as the token', async () => {
		const first = await h.listSearch('searchVisitors');
		expect(first.results).toHaveLength(20);
		expect(first.results[0]).toEqual({ name: `${listed()[0].name} <${listed()[0].email}>`, value: listed()[0].id });
		expect(first.paginationToken).toBe(`${h.fake.url}/visitors?page=2`);
		const second = await h.listSearch('searchVisitors', undefined, first.paginationToken as string);
		expect(second.results.map((r) => r.value)).toEqual(listed().slice(20).map((v) => v.id));
		expect(second.paginationToken).toBeUndefined();
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/visitors'), query: {} },
			{ method: 'GET', path: api('/visitors'), query: { page: '2' } },
		]);
	});

	it('searchVisitors with a filter reads on until a page matches (name or email, any case)', async () => {
		const zoe = listed().find((v) => v.name === 'Zoe Laurent');
		const found = await h.listSearch('searchVisitors', 'zoe');
		expect(found.results).toEqual([{ name: zoe.email ? `Zoe Laurent <${zoe.email}>` : 'Zoe Laurent', value: zoe.id }]);
		const byEmail = await h.listSearch('searchVisitors', 'CHEN2@EXAMPLE');
		expect(byEmail.results.map((r) => r.value)).toEqual([ids()[2]]);
	});
});
