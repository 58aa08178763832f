/**
 * Platform API (`/platform/api/v1`, Platform App token): accounts and account users.
 * Every operation: the exact request the fake received (with the platform token, never the user
 * token), the items out against the fake's state, no spec violation.
 */
import { nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.platform });
const P = '/platform/api/v1';

const app = () => h.fake.state.platformApps.find((a) => a.access_token === h.fake.tokens.platform)!;
const account = (id: number) => h.fake.state.account(id);

describe('platformAccount', () => {
	it('create: POST /platform/api/v1/accounts with the platform token; the app is granted the new account', async () => {
		const items = await h.run({
			resource: 'platformAccount',
			operation: 'create',
			name: 'Initech',
			additionalFields: { locale: 'es', domain: 'initech.test', supportEmail: 'help@initech.test', status: 'active', limits: '{"agents": 5}', customAttributes: { plan: 'pro' } },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${P}/accounts`,
			query: {},
			body: { name: 'Initech', locale: 'es', domain: 'initech.test', support_email: 'help@initech.test', status: 'active', limits: { agents: 5 }, custom_attributes: { plan: 'pro' } },
		});
		const headers = h.fake.requests[0].headers;
		expect(headers.api_access_token).toBe(h.fake.tokens.platform);
		expect(headers.api_access_token).not.toBe(h.fake.tokens.user);
		const created = h.fake.state.accounts.find((a) => a.name === 'Initech')!;
		expect(app().permissibles.has(`Account:${created.id}`)).toBe(true);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: created.id,
			name: 'Initech',
			locale: 'es',
			domain: 'initech.test',
			support_email: 'help@initech.test',
			status: 'active',
			limits: { agents: 5 },
			custom_attributes: { plan: 'pro' },
		});
	});

	it('get: GET /platform/api/v1/accounts/{id}', async () => {
		const items = await h.run({ resource: 'platformAccount', operation: 'get', platformAccountId: h.fake.accountId });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/accounts/${h.fake.accountId}`, query: {} });
		const a = account(h.fake.accountId)!;
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: a.id, name: a.name, domain: a.domain, support_email: a.support_email, status: a.status, locale: a.locale }),
		]);
	});

	it('update: PATCH only the fields given; the fake stores them', async () => {
		const items = await h.run({
			resource: 'platformAccount',
			operation: 'update',
			platformAccountId: String(h.fake.accountId),
			updateFields: { name: 'Acme Corp', customAttributes: '{"tier": "gold"}' },
		});
		expect(h.only()).toEqual({ method: 'PATCH', path: `${P}/accounts/${h.fake.accountId}`, query: {}, body: { name: 'Acme Corp', custom_attributes: { tier: 'gold' } } });
		const a = account(h.fake.accountId)!;
		expect(a.name).toBe('Acme Corp');
		expect(a.custom_attributes).toMatchObject({ tier: 'gold' });
		expect(items[0].json).toMatchObject({ id: a.id, name: 'Acme Corp', custom_attributes: a.custom_attributes });
	});

	it('delete: DELETE → {success: true}; the account is gone', async () => {
		await h.run({ resource: 'platformAccount', operation: 'create', name: 'Doomed', additionalFields: {} });
		const doomed = h.fake.state.accounts.find((a) => a.name === 'Doomed')!;
		h.fake.clearLog();
		const items = await h.run({ resource: 'platformAccount', operation: 'delete', platformAccountId: doomed.id });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${P}/accounts/${doomed.id}`, query: {} });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(account(doomed.id)).toBeUndefined();
	});

	it('one item per input item, each with its own account', async () => {
		const second = h.fake.state.createAccount({ name: 'Second Co' });
		app().permissibles.add(`Account:${second.id}`);
		const items = await h.run((i) => ({ resource: 'platformAccount', operation: 'get', platformAccountId: i === 0 ? h.fake.accountId : second.id }), {
			items: [{ json: {} }, { json: {} }],
		});
		expect(h.fake.requests.map((r) => r.path)).toEqual([`${P}/accounts/${h.fake.accountId}`, `${P}/accounts/${second.id}`]);
		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			[h.fake.accountId, { item: 0 }],
			[second.id, { item: 1 }],
		]);
	});

	it('bad input is refused before any request (missing or non-numeric id, unknown status, bad JSON, nothing to update)', async () => {
		await h.refused({ resource: 'platformAccount', operation: 'get', platformAccountId: '' }, 'Account ID', 'is required');
		await h.refused({ resource: 'platformAccount', operation: 'get', platformAccountId: '12/../../x' }, 'Account ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformAccount', operation: 'delete', platformAccountId: 'abc' }, 'Account ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformAccount', operation: 'create', name: '  ', additionalFields: {} }, 'Name', 'is required');
		await h.refused({ resource: 'platformAccount', operation: 'create', name: 'X', additionalFields: { status: 'closed' } }, 'Additional Fields → Status', 'must be one of: active, suspended');
		await h.refused({ resource: 'platformAccount', operation: 'create', name: 'X', additionalFields: { limits: '{agents: 5}' } }, 'Additional Fields → Limits (JSON)', 'must be valid JSON');
		await h.refused({ resource: 'platformAccount', operation: 'update', platformAccountId: 1, updateFields: {} }, 'Update Fields', 'needs at least one field');
	});

	it('API errors: an account the app may not reach is "Non permissible resource" (401); an unknown one is a 404', async () => {
		await h.apiError({ resource: 'platformAccount', operation: 'get', platformAccountId: h.fake.otherAccountId }, 401, 'Non permissible resource');
		expect(h.only().path).toBe(`${P}/accounts/${h.fake.otherAccountId}`);
		h.fake.clearLog();
		await h.apiError({ resource: 'platformAccount', operation: 'get', platformAccountId: 999999 }, 404, 'Resource could not be found');
	});
});

describe('platformAccountUser', () => {
	const members = (accountId: number) => h.fake.state.accountUsers.filter((au) => au.account_id === accountId);

	it('getAll: Return All gives every member (one request: the server does not paginate)', async () => {
		const items = await h.run({ resource: 'platformAccountUser', operation: 'getAll', platformAccountId: h.fake.accountId, returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/accounts/${h.fake.accountId}/account_users`, query: {} });
		expect(items.map((i) => i.json)).toEqual(members(h.fake.accountId).map((m) => ({ account_id: m.account_id, user_id: m.user_id, role: m.role })));
	});

	it('getAll: Limit slices the one list', async () => {
		const items = await h.run({ resource: 'platformAccountUser', operation: 'getAll', platformAccountId: h.fake.accountId, returnAll: false, limit: 2 });
		expect(h.fake.requests).toHaveLength(1);
		expect(items.map((i) => i.json.user_id)).toEqual(members(h.fake.accountId).slice(0, 2).map((m) => m.user_id));
	});

	it('create: POST {user_id, role}; the user becomes a member with that role', async () => {
		const user = h.fake.state.createUser({ name: 'Erin', email: 'erin@acme.test' });
		const items = await h.run({ resource: 'platformAccountUser', operation: 'create', platformAccountId: h.fake.accountId, userId: String(user.id), role: 'administrator' });
		expect(h.only()).toEqual({ method: 'POST', path: `${P}/accounts/${h.fake.accountId}/account_users`, query: {}, body: { user_id: user.id, role: 'administrator' } });
		expect(h.fake.state.accountUser(h.fake.accountId, user.id)?.role).toBe('administrator');
		expect(items.map((i) => i.json)).toEqual([{ account_id: h.fake.accountId, user_id: user.id, role: 'administrator' }]);
	});

	it('delete: DELETE with {user_id}; the membership is gone, the user stays', async () => {
		const user = h.fake.state.createUser({ name: 'Finn', email: 'finn@acme.test' });
		h.fake.state.addUserToAccount(h.fake.accountId, user.id, 'agent');
		const items = await h.run({ resource: 'platformAccountUser', operation: 'delete', platformAccountId: h.fake.accountId, userId: user.id });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${P}/accounts/${h.fake.accountId}/account_users`, query: {}, body: { user_id: user.id } });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(h.fake.state.accountUser(h.fake.accountId, user.id)).toBeUndefined();
		expect(h.fake.state.user(user.id)).toBeDefined();
	});

	it('bad input is refused before any request', async () => {
		await h.refused({ resource: 'platformAccountUser', operation: 'create', platformAccountId: 1, userId: 'x1', role: 'agent' }, 'User ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformAccountUser', operation: 'create', platformAccountId: 1, userId: 2, role: 'owner' }, 'Role', 'must be one of: agent, administrator');
		await h.refused({ resource: 'platformAccountUser', operation: 'delete', platformAccountId: 1 }, 'User ID', 'is required');
		await h.refused({ resource: 'platformAccountUser', operation: 'getAll', platformAccountId: 1, returnAll: false, limit: 0 }, 'Limit', 'must be at least 1');
	});

	it('API error: removing a user who is not a member is a 404', async () => {
		await h.apiError({ resource: 'platformAccountUser', operation: 'delete', platformAccountId: h.fake.accountId, userId: 999999 }, 404, 'Resource could not be found');
	});
});
