/**
 * Platform API (`/platform/api/v1`, Platform App token): agent bots and users.
 * Every operation: the exact request, the items against the fake's state, no spec violation.
 */
import { nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.platform });
const P = '/platform/api/v1';

const app = () => h.fake.state.platformApps.find((a) => a.access_token === h.fake.tokens.platform)!;
const visibleBots = () => h.fake.state.agentBots.filter((b) => app().permissibles.has(`AgentBot:${b.id}`));

describe('platformAgentBot', () => {
	it('create: POST /platform/api/v1/agent_bots with the platform token; the app owns the bot', async () => {
		const items = await h.run({
			resource: 'platformAgentBot',
			operation: 'create',
			name: 'Triage',
			additionalFields: { description: 'Sorts questions', outgoingUrl: 'https://bots.example.com/triage', accountId: String(h.fake.accountId), avatarUrl: 'https://example.com/t.png' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${P}/agent_bots`,
			query: {},
			body: { name: 'Triage', description: 'Sorts questions', outgoing_url: 'https://bots.example.com/triage', account_id: h.fake.accountId, avatar_url: 'https://example.com/t.png' },
		});
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.platform);
		const bot = h.fake.state.agentBots.find((b) => b.name === 'Triage')!;
		expect(app().permissibles.has(`AgentBot:${bot.id}`)).toBe(true);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: bot.id, name: 'Triage', description: 'Sorts questions', outgoing_url: 'https://bots.example.com/triage', account_id: h.fake.accountId, access_token: bot.access_token }),
		]);
	});

	it('getAll: Return All gives the bots the app may see, in one request', async () => {
		await h.run({ resource: 'platformAgentBot', operation: 'create', name: 'Second bot', additionalFields: {} });
		h.fake.clearLog();
		const items = await h.run({ resource: 'platformAgentBot', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/agent_bots`, query: {} });
		expect(items.map((i) => i.json.id)).toEqual(visibleBots().map((b) => b.id));
		expect(items.length).toBeGreaterThanOrEqual(2);
	});

	it('getAll: Limit slices the one list', async () => {
		const items = await h.run({ resource: 'platformAgentBot', operation: 'getAll', returnAll: false, limit: 1 });
		expect(h.fake.requests).toHaveLength(1);
		expect(items.map((i) => i.json.id)).toEqual([visibleBots()[0].id]);
	});

	it('get, update, delete', async () => {
		const bot = visibleBots()[visibleBots().length - 1];
		const got = await h.run({ resource: 'platformAgentBot', operation: 'get', agentBotId: bot.id });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/agent_bots/${bot.id}`, query: {} });
		expect(got[0].json).toMatchObject({ id: bot.id, name: bot.name });

		h.fake.clearLog();
		const updated = await h.run({ resource: 'platformAgentBot', operation: 'update', agentBotId: String(bot.id), updateFields: { name: 'Renamed', outgoingUrl: 'https://bots.example.com/new' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${P}/agent_bots/${bot.id}`, query: {}, body: { name: 'Renamed', outgoing_url: 'https://bots.example.com/new' } });
		expect(bot.name).toBe('Renamed');
		expect(updated[0].json).toMatchObject({ id: bot.id, name: 'Renamed', outgoing_url: 'https://bots.example.com/new' });

		h.fake.clearLog();
		const deleted = await h.run({ resource: 'platformAgentBot', operation: 'delete', agentBotId: bot.id });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${P}/agent_bots/${bot.id}`, query: {} });
		expect(deleted.map((i) => i.json)).toEqual([{ success: true }]);
		expect(h.fake.state.agentBots.find((b) => b.id === bot.id)).toBeUndefined();
	});

	it('bad input is refused before any request', async () => {
		await h.refused({ resource: 'platformAgentBot', operation: 'get', agentBotId: '3/../../users/1' }, 'Agent Bot ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformAgentBot', operation: 'create', name: '', additionalFields: {} }, 'Name', 'is required');
		await h.refused({ resource: 'platformAgentBot', operation: 'create', name: 'X', additionalFields: { accountId: 'acme' } }, 'Additional Fields → Account ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformAgentBot', operation: 'update', agentBotId: 1, updateFields: {} }, 'Update Fields', 'needs at least one field');
	});

	it('API errors: a bot the app did not create is "Non permissible resource"; an unknown one is a 404', async () => {
		const foreign = h.fake.state.createAgentBot({ name: 'Not yours' });
		await h.apiError({ resource: 'platformAgentBot', operation: 'get', agentBotId: foreign.id }, 401, 'Non permissible resource');
		h.fake.clearLog();
		await h.apiError({ resource: 'platformAgentBot', operation: 'delete', agentBotId: 999999 }, 404, 'Resource could not be found');
	});
});

describe('platformUser', () => {
	it('create: POST /platform/api/v1/users; the app is granted the user', async () => {
		const items = await h.run({
			resource: 'platformUser',
			operation: 'create',
			name: 'Gina',
			email: 'gina@acme.test',
			password: 'Passw0rd!x',
			additionalFields: { displayName: 'G', customAttributes: '{"team": "north"}' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${P}/users`,
			query: {},
			body: { name: 'Gina', display_name: 'G', email: 'gina@acme.test', password: 'Passw0rd!x', custom_attributes: { team: 'north' } },
		});
		const user = h.fake.state.users.find((u) => u.email === 'gina@acme.test')!;
		expect(app().permissibles.has(`User:${user.id}`)).toBe(true);
		expect(items[0].json).toMatchObject({ id: user.id, name: 'Gina', display_name: 'G', email: 'gina@acme.test', custom_attributes: { team: 'north' } });
	});

	it('get, update, getSsoUrl, delete', async () => {
		const user = h.fake.state.users.find((u) => u.email === 'gina@acme.test')!;
		const got = await h.run({ resource: 'platformUser', operation: 'get', userId: user.id });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/users/${user.id}`, query: {} });
		expect(got[0].json).toMatchObject({ id: user.id, email: user.email, name: user.name });

		h.fake.clearLog();
		const updated = await h.run({ resource: 'platformUser', operation: 'update', userId: String(user.id), updateFields: { name: 'Gina Lopez', email: 'gina.lopez@acme.test' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${P}/users/${user.id}`, query: {}, body: { name: 'Gina Lopez', email: 'gina.lopez@acme.test' } });
		expect(user.name).toBe('Gina Lopez');
		expect(updated[0].json).toMatchObject({ id: user.id, name: 'Gina Lopez', email: 'gina.lopez@acme.test' });

		h.fake.clearLog();
		const sso = await h.run({ resource: 'platformUser', operation: 'getSsoUrl', userId: user.id });
		expect(h.only()).toEqual({ method: 'GET', path: `${P}/users/${user.id}/login`, query: {} });
		expect(Object.keys(sso[0].json)).toEqual(['url']);
		expect(String(sso[0].json.url)).toMatch(new RegExp(`^${h.fake.url}/app/login\\?email=gina\\.lopez%40acme\\.test&sso_auth_token=\\w+$`));

		h.fake.clearLog();
		const deleted = await h.run({ resource: 'platformUser', operation: 'delete', userId: user.id });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${P}/users/${user.id}`, query: {} });
		expect(deleted.map((i) => i.json)).toEqual([{ success: true }]);
		expect(h.fake.state.user(user.id)).toBeUndefined();
	});

	it('bad input is refused before any request', async () => {
		await h.refused({ resource: 'platformUser', operation: 'create', name: 'H', email: 'h@acme.test', additionalFields: {} }, 'Password', 'is required');
		await h.refused({ resource: 'platformUser', operation: 'create', name: 'H', email: 'h@acme.test', password: 'x', additionalFields: { customAttributes: '[1]' } }, 'Additional Fields → Custom Attributes (JSON)');
		await h.refused({ resource: 'platformUser', operation: 'getSsoUrl', userId: '7?x=1' }, 'User ID', 'must be a numeric ID');
		await h.refused({ resource: 'platformUser', operation: 'update', userId: 1, updateFields: {} }, 'Update Fields', 'needs at least one field');
	});

	it('API errors: a user the app may not reach is "Non permissible resource"', async () => {
		const dave = h.fake.seeded!.users.dave;
		await h.apiError({ resource: 'platformUser', operation: 'getSsoUrl', userId: dave }, 401, 'Non permissible resource');
		expect(h.only().path).toBe(`${P}/users/${dave}/login`);
	});
});
