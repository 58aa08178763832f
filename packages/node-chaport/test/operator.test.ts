/**
 * Operator resource against the fake Chaport: list, get, the token's own operator (`/me.json`),
 * create, update, delete, set status; the operator dropdowns.
 */
import { api, byId, jsonOf, useChaport } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useChaport(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'operator', operation, ...parameters });
const ops = () => h.fake.seeded!.operators;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const operators = () => json([...h.fake.store.operators.values()]);

describe('operator: read', () => {
	it('getAll: GET /operators, the whole team; Limit keeps the first ones', async () => {
		expect(jsonOf(await run('getAll', { returnAll: true }))).toEqual(operators());
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 2 }))).toEqual(operators().slice(0, 2));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/operators'), query: {} },
			{ method: 'GET', path: api('/operators'), query: {} },
		]);
	});

	it('get: GET /operators/{id}; an unknown one is 404; ".." refused', async () => {
		expect(jsonOf(await run('get', { operatorId: byId(ops().bob) }))).toEqual([json(h.fake.store.operators.get(ops().bob))]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/operators/${ops().bob}`), query: {} }]);
		await apiError(h, { resource: 'operator', operation: 'get', operatorId: byId('0123456789abcdef01234567') }, 404, 'Operator not found');
		await refused(h, { resource: 'operator', operation: 'get', operatorId: byId('..') }, 'Operator');
	});

	it("getMe: GET /me.json, the token's operator", async () => {
		expect(jsonOf(await run('getMe'))).toEqual([json(h.fake.me)]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api('/me.json'), query: {} }]);
		expect(h.fake.me.id).toBe(ops().admin);
	});
});

describe('operator: write', () => {
	it('create: POST /operators with the email, the name and the fields given', async () => {
		const out = jsonOf(await run('create', { email: 'dan@acme.test', name: 'Dan Field', additionalFields: { role: 'admin', language: 'pt', jobTitle: 'Night shift' } }));
		await run('create', { email: 'eve@acme.test', name: 'Eve Ray' });
		expect(h.requests()).toEqual([
			{ method: 'POST', path: api('/operators'), query: {}, body: { email: 'dan@acme.test', name: 'Dan Field', role: 'admin', language: 'pt', jobTitle: 'Night shift' } },
			{ method: 'POST', path: api('/operators'), query: {}, body: { email: 'eve@acme.test', name: 'Eve Ray' } },
		]);
		const dan = [...h.fake.store.operators.values()].find((o) => o.email === 'dan@acme.test');
		expect(out).toEqual([json(dan)]);
		expect(dan).toMatchObject({ name: 'Dan Field', role: 'admin', language: 'pt', jobTitle: 'Night shift' });
	});

	it('create: refuses a bad email, no name and a role Chaport does not have; a taken email is Chaport\'s 400', async () => {
		await refused(h, { resource: 'operator', operation: 'create', email: 'dan@', name: 'Dan' }, 'Email', /email address/);
		await refused(h, { resource: 'operator', operation: 'create', email: 'dan@acme.test', name: '' }, 'Name', /is required/);
		await refused(h, { resource: 'operator', operation: 'create', email: 'dan@acme.test', name: 'Dan', additionalFields: { role: 'owner' } }, 'Additional Fields → Role', /must be one of: operator, admin/);
		await apiError(h, { resource: 'operator', operation: 'create', email: 'bob@acme.test', name: 'Bob Again' }, 400, 'An operator with this email already exists');
	});

	it('update: PUT /operators/{id} with only the fields given', async () => {
		const out = jsonOf(await run('update', { operatorId: byId(ops().carla), updateFields: { name: 'Carla R. Ruiz', jobTitle: 'Lead' } }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/operators/${ops().carla}`), query: {}, body: { name: 'Carla R. Ruiz', jobTitle: 'Lead' } }]);
		expect(out).toEqual([json(h.fake.store.operators.get(ops().carla))]);
		expect(out[0]).toMatchObject({ name: 'Carla R. Ruiz', jobTitle: 'Lead', email: 'carla@acme.test' });
	});

	it('update: refuses nothing to change', async () => {
		await refused(h, { resource: 'operator', operation: 'update', operatorId: byId(ops().carla), updateFields: {} }, 'Update Fields', /needs at least one field/);
	});

	it('delete: DELETE /operators/{id} answers { success: true }; the operator is gone', async () => {
		expect(jsonOf(await run('delete', { operatorId: byId(ops().carla) }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: api(`/operators/${ops().carla}`), query: {} }]);
		expect(h.fake.store.operators.has(ops().carla)).toBe(false);
	});

	it('setStatus: PUT /operators/{id}/status {status}', async () => {
		const out = jsonOf(await run('setStatus', { operatorId: byId(ops().bob), status: 'offline' }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/operators/${ops().bob}/status`), query: {}, body: { status: 'offline' } }]);
		expect(out[0]).toMatchObject({ id: ops().bob, lastStatus: 'offline', realStatus: 'offline' });
		await refused(h, { resource: 'operator', operation: 'setStatus', operatorId: byId(ops().bob), status: 'busy' }, 'Status', /must be one of: online, away, offline/);
	});
});

describe('operator: dropdowns', () => {
	it('searchOperators filters by name or email; getOperators lists "Name <email>" sorted', async () => {
		expect((await h.listSearch('searchOperators', 'BOB')).results).toEqual([{ name: 'Bob Stone <bob@acme.test>', value: ops().bob }]);
		expect((await h.listSearch('searchOperators')).results).toHaveLength(3);
		expect(await h.loadOptions('getOperators')).toEqual([
			{ name: 'Alice Admin <alice@acme.test>', value: ops().admin },
			{ name: 'Bob Stone <bob@acme.test>', value: ops().bob },
			{ name: 'Carla Ruiz <carla@acme.test>', value: ops().carla },
		]);
	});
});
