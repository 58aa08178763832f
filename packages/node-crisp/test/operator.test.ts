/**
 * Operator resource: the team members of the website (list, get, last active, invite, membership,
 * unlink, email), against the fake Crisp server; operators' API tokens never reach the items.
 */
import type { IDataObject } from 'n8n-workflow';
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'operator', operation, ...parameters });
const operators = () => [...h.fake.site().operators.values()];
const ids = () => h.fake.seeded!.operators;

describe('operator: read', () => {
	it('getAll: GET /operators/list gives { type, details } per member; Limit keeps the first ones', async () => {
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all).toEqual(operators().map(({ type, details }) => JSON.parse(JSON.stringify({ type, details }))));
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 2 }))).toEqual(all.slice(0, 2));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/operators/list`, query: {} },
			{ method: 'GET', path: `${W()}/operators/list`, query: {} },
		]);
	});

	it("getAll and get: an operator's API token (identifier, key) is left out of the items", async () => {
		const owner = h.fake.site().operators.get(ids().owner)!;
		Object.assign(owner.details, { has_token: true, identifier: 'b1f2c3d4-aaaa-bbbb-cccc-000000000000', key: 'f'.repeat(64) });
		const all = jsonOf(await run('getAll', { returnAll: true }));
		const got = jsonOf(await run('get', { userId: ids().owner }))[0];
		for (const details of [all.find((o) => (o.details as IDataObject).user_id === ids().owner)!.details as IDataObject, got]) {
			expect(details).toMatchObject({ user_id: ids().owner, has_token: true });
			expect(details).not.toHaveProperty('identifier');
			expect(details).not.toHaveProperty('key');
		}
		expect(JSON.stringify([all, got])).not.toContain('f'.repeat(64));
	});

	it('get: GET /operator/{user_id}; an unknown one is not_found', async () => {
		const owner = h.fake.site().operators.get(ids().owner)!;
		expect(jsonOf(await run('get', { userId: ids().owner }))).toEqual([JSON.parse(JSON.stringify(owner.details))]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/operator/${ids().owner}`, query: {} }]);
		await apiError(h, { resource: 'operator', operation: 'get', userId: '00000000-0000-4000-8000-000000000000' }, 404, 'not_found');
	});

	it('getLastActive, then flushLastActive empties it', async () => {
		const active = jsonOf(await run('getLastActive', { returnAll: true }));
		expect(active.map((o) => o.user_id)).toEqual([ids().owner, ids().member, ids().away]);
		expect(active[0]).toEqual({ user_id: ids().owner, avatar: expect.any(String), nickname: 'Alice Owner', timestamp: expect.any(Number) });
		expect(jsonOf(await run('flushLastActive'))).toEqual([{ success: true }]);
		expect(jsonOf(await run('getLastActive', { returnAll: true }))).toEqual([]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/operators/active`, query: {} },
			{ method: 'DELETE', path: `${W()}/operators/active`, query: {} },
			{ method: 'GET', path: `${W()}/operators/active`, query: {} },
		]);
	});
});

describe('operator: write', () => {
	it('invite: POST /operator with the email and the role; the invitation is listed', async () => {
		expect(jsonOf(await run('invite', { email: 'new.agent@acme.example', role: 'member' }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/operator`, query: {}, body: { email: 'new.agent@acme.example', role: 'member' } }]);
		expect(operators().find((o) => o.details.email === 'new.agent@acme.example')).toMatchObject({ type: 'invitation', details: { role: 'member' } });
	});

	it('invite: refuses a bad email before any request', async () => {
		await refused(h, { resource: 'operator', operation: 'invite', email: 'agent@', role: 'member' }, 'Email', /email address/);
	});

	it('update: PATCH /operator/{user_id} with the role and title given', async () => {
		expect(jsonOf(await run('update', { userId: ids().member, updateFields: { role: 'owner', title: 'Head of Support' } }))).toEqual([{ success: true }]);
		await run('update', { userId: ids().away, updateFields: { title: 'Night shift' } });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/operator/${ids().member}`, query: {}, body: { role: 'owner', title: 'Head of Support' } },
			{ method: 'PATCH', path: `${W()}/operator/${ids().away}`, query: {}, body: { title: 'Night shift' } },
		]);
		expect(h.fake.site().operators.get(ids().member)!.details).toMatchObject({ role: 'owner', title: 'Head of Support' });
		expect(h.fake.site().operators.get(ids().away)!.details).toMatchObject({ role: 'member', title: 'Night shift' });
	});

	it('update: refuses nothing to change, and a role Crisp does not have', async () => {
		await refused(h, { resource: 'operator', operation: 'update', userId: ids().member, updateFields: {} }, 'Update Fields', /needs a Role or a Title/);
		await refused(h, { resource: 'operator', operation: 'update', userId: ids().member, updateFields: { role: 'admin' } }, 'Update Fields → Role', /must be one of: member, owner/);
	});

	it('unlink: DELETE /operator/{user_id}', async () => {
		expect(jsonOf(await run('unlink', { userId: ids().away }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/operator/${ids().away}`, query: {} }]);
		expect(h.fake.site().operators.has(ids().away)).toBe(false);
	});

	it('sendEmail: POST /operators/email with the subject, message, one operator and the link', async () => {
		const items = await run('sendEmail', {
			subject: 'Order #42',
			message: 'Please call the customer back.',
			options: { userId: ids().member, linkLabel: 'Open the order', linkUrl: 'https://shop.example/orders/42' },
		});
		await run('sendEmail', { subject: 'Heads up', message: 'Sale starts now', options: { recipient: 'owners' } });
		expect(jsonOf(items)).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${W()}/operators/email`,
				query: {},
				body: { user_id: ids().member, subject: 'Order #42', message: 'Please call the customer back.', target: { label: 'Open the order', url: 'https://shop.example/orders/42' } },
			},
			{ method: 'POST', path: `${W()}/operators/email`, query: {}, body: { recipient: 'owners', subject: 'Heads up', message: 'Sale starts now' } },
		]);
	});

	it('sendEmail: refuses no subject, and half a link', async () => {
		await refused(h, { resource: 'operator', operation: 'sendEmail', message: 'x' }, 'Subject', /is required/);
		await refused(h, { resource: 'operator', operation: 'sendEmail', subject: 's', message: 'x', options: { linkUrl: 'https://a.example' } }, 'Options → Link Label', /other half of the link/);
	});
});

describe('operator: dropdown', () => {
	it('getOperators lists "First Last <email>" → user_id, sorted', async () => {
		const options = await h.loadOptions('getOperators');
		expect(options.map((o) => o.value)).toEqual([ids().owner, ids().member, ids().away]);
		expect(options[0].name).toBe(`Alice Owner <${h.fake.site().operators.get(ids().owner)!.details.email}>`);
	});
});
