/**
 * Admin group: account, agents, account agent bots, audit logs, branded email layout.
 * Every operation: the exact request the fake received, the items out against the fake's state,
 * and no spec violation.
 */
import { NodeApiError } from 'n8n-workflow';
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const agentsOf = () => h.fake.state.agentsOf(h.fake.accountId);

describe('account', () => {
	it('get: GET the account, sends the token header', async () => {
		const items = await h.run({ resource: 'account', operation: 'get' });
		expect(h.only()).toEqual({ method: 'GET', path: h.A(), query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		const account = h.fake.state.account(h.fake.accountId)!;
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: account.id, name: account.name, domain: account.domain, support_email: account.support_email });
	});

	it('update: PATCH only the fields given', async () => {
		const items = await h.run({
			resource: 'account',
			operation: 'update',
			updateFields: { name: 'Acme Inc', autoResolveAfter: 60, autoResolveIgnoreWaiting: true, timezone: 'UTC' },
		});
		expect(h.only()).toEqual({
			method: 'PATCH',
			path: h.A(),
			query: {},
			body: { name: 'Acme Inc', auto_resolve_after: 60, auto_resolve_ignore_waiting: true, timezone: 'UTC' },
		});
		const account = h.fake.state.account(h.fake.accountId)!;
		expect(account.name).toBe('Acme Inc');
		expect(account.settings.auto_resolve_after).toBe(60);
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: account.id, name: 'Acme Inc' })]);
	});

	it('update: refuses an empty update and an out-of-range auto-resolve', async () => {
		await h.refused({ resource: 'account', operation: 'update', updateFields: {} }, 'Update Fields');
		await h.refused({ resource: 'account', operation: 'update', updateFields: { autoResolveAfter: 5 } }, 'Update Fields → Auto Resolve After (Minutes)');
		await h.refused({ resource: 'account', operation: 'update', updateFields: { autoResolveAfter: 'soon' } }, 'Update Fields → Auto Resolve After (Minutes)');
	});

	it('API error: a 401 from the server becomes a NodeApiError with its message', async () => {
		const error = await h.runError({ resource: 'account', operation: 'update', updateFields: { name: 'x' } }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('agent', () => {
	it('getAll: Return All gives every agent, in the server order', async () => {
		const items = await h.run({ resource: 'agent', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/agents`, query: {} });
		expect(jsonOf(items).map((a) => a.id)).toEqual(agentsOf().map((a) => a.user.id));
		expect(jsonOf(items)[0]).toMatchObject({ email: agentsOf()[0].user.email, role: agentsOf()[0].membership.role });
	});

	it('getAll: Limit slices the one list the server sends', async () => {
		const items = await h.run({ resource: 'agent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(h.fake.requests).toHaveLength(1);
		expect(jsonOf(items).map((a) => a.id)).toEqual(agentsOf().slice(0, 2).map((a) => a.user.id));
	});

	let created: number;
	it('create: POST name, email, role and presence', async () => {
		const items = await h.run({
			resource: 'agent',
			operation: 'create',
			name: 'Dora Agent',
			email: 'dora@acme.test',
			role: 'agent',
			additionalFields: { availability: 'busy', autoOffline: false },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/agents`,
			query: {},
			body: { name: 'Dora Agent', email: 'dora@acme.test', role: 'agent', availability: 'busy', auto_offline: false },
		});
		const agent = agentsOf().find((a) => a.user.email === 'dora@acme.test')!;
		expect(agent.membership).toMatchObject({ role: 'agent', availability: 'busy', auto_offline: false });
		created = agent.user.id;
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created, name: 'Dora Agent', role: 'agent', availability_status: 'busy' })]);
	});

	it('create: refuses a bad email or role before sending', async () => {
		await h.refused({ resource: 'agent', operation: 'create', name: 'X', email: 'not-an-email', role: 'agent' }, 'Email', 'must be an email address (e.g. jane@example.com)');
		await h.refused({ resource: 'agent', operation: 'create', name: 'X', email: 'x@y.z', role: 'owner' }, 'Role');
		await h.refused({ resource: 'agent', operation: 'create', email: 'x@y.z', role: 'agent' }, 'Name');
	});

	it('update: PATCH the role of the agent', async () => {
		const items = await h.run({ resource: 'agent', operation: 'update', agentId: byId(created), updateFields: { role: 'administrator', availability: 'online' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/agents/${created}`, query: {}, body: { role: 'administrator', availability: 'online' } });
		expect(agentsOf().find((a) => a.user.id === created)!.membership.role).toBe('administrator');
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created, role: 'administrator' })]);
	});

	it('update: refuses a missing or non-numeric agent id, an encoded path never leaves the segment', async () => {
		await h.refused({ resource: 'agent', operation: 'update', updateFields: { role: 'agent' } }, 'Agent');
		await h.refused({ resource: 'agent', operation: 'update', agentId: byId('abc'), updateFields: { role: 'agent' } }, 'Agent');
		await h.refused({ resource: 'agent', operation: 'update', agentId: byId('12/../../x'), updateFields: { role: 'agent' } }, 'Agent');
		await h.refused({ resource: 'agent', operation: 'update', agentId: byId(created), updateFields: {} }, 'Update Fields');
	});

	it('delete: DELETE removes the agent from the account', async () => {
		const items = await h.run({ resource: 'agent', operation: 'delete', agentId: byId(created) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/agents/${created}`, query: {} });
		expect(agentsOf().some((a) => a.user.id === created)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: deleting an unknown agent gives the server 404', async () => {
		await h.apiError({ resource: 'agent', operation: 'delete', agentId: byId(999) }, 404, 'Resource could not be found');
	});

	it('bulkCreate: POST the emails', async () => {
		const items = await h.run({ resource: 'agent', operation: 'bulkCreate', emails: 'erin@acme.test, finn@acme.test' });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/agents/bulk_create`, query: {}, body: { emails: ['erin@acme.test', 'finn@acme.test'] } });
		const emails = agentsOf().map((a) => a.user.email);
		expect(emails).toEqual(expect.arrayContaining(['erin@acme.test', 'finn@acme.test']));
		expect(jsonOf(items)).toEqual([{ success: true }]);
		h.fake.clearLog();
		await h.refused({ resource: 'agent', operation: 'bulkCreate', emails: 'ok@acme.test, nope' }, 'Emails', 'must contain only email addresses (got "nope")');
		await h.refused({ resource: 'agent', operation: 'bulkCreate', emails: '' }, 'Emails');
	});

	it('getAssignable: GET with inbox_ids[] and Limit', async () => {
		const { website, api } = h.fake.seeded!.inboxes;
		const items = await h.run({ resource: 'agent', operation: 'getAssignable', inboxIds: [String(website), String(api)], returnAll: true });
		const r = h.only();
		expect(r).toMatchObject({ method: 'GET', path: `${h.A()}/assignable_agents` });
		expect(r.query).toEqual({ inbox_ids: [String(website), String(api)] });
		expect(h.fake.requests[0].rawQuery).toBe(`inbox_ids%5B%5D=${website}&inbox_ids%5B%5D=${api}`);
		// Assignable in an inbox: its members plus the administrators; here, in both inboxes.
		const admins = agentsOf().filter((a) => a.membership.role === 'administrator').map((a) => a.user.id);
		const assignable = (id: number) => [...h.fake.state.inboxes.find((i) => i.id === id)!.member_ids, ...admins];
		const both = agentsOf().map((a) => a.user.id).filter((id) => assignable(website).includes(id) && assignable(api).includes(id));
		expect(jsonOf(items).map((a) => a.id)).toEqual(both);
		h.fake.clearLog();
		const limited = await h.run({ resource: 'agent', operation: 'getAssignable', inboxIds: [String(website)], returnAll: false, limit: 1 });
		expect(limited).toHaveLength(1);
		h.fake.clearLog();
		await h.refused({ resource: 'agent', operation: 'getAssignable', inboxIds: ['x'], returnAll: true }, 'Inbox Names or IDs');
	});
});

describe('agentBot', () => {
	const bots = () => h.fake.state.agentBots.filter((b) => b.account_id === h.fake.accountId || b.account_id === null);
	let botId: number;

	it('getAll: every bot, and Limit', async () => {
		const items = await h.run({ resource: 'agentBot', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/agent_bots`, query: {} });
		expect(jsonOf(items).map((b) => b.id)).toEqual(bots().map((b) => b.id));
		h.fake.clearLog();
		expect(await h.run({ resource: 'agentBot', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('create: POST the bot settings', async () => {
		const items = await h.run({
			resource: 'agentBot',
			operation: 'create',
			name: 'Triage Bot',
			additionalFields: { description: 'Sorts new chats', outgoingUrl: 'https://bot.example.com/hook', botConfig: '{"lang":"en"}' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/agent_bots`,
			query: {},
			body: { name: 'Triage Bot', description: 'Sorts new chats', outgoing_url: 'https://bot.example.com/hook', bot_config: { lang: 'en' } },
		});
		const bot = h.fake.state.agentBots.find((b) => b.name === 'Triage Bot')!;
		botId = bot.id;
		expect(bot).toMatchObject({ outgoing_url: 'https://bot.example.com/hook', bot_config: { lang: 'en' }, account_id: h.fake.accountId });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: bot.id, name: 'Triage Bot', access_token: bot.access_token })]);
	});

	it('create: refuses invalid JSON config', async () => {
		await h.refused({ resource: 'agentBot', operation: 'create', name: 'X', additionalFields: { botConfig: '{nope' } }, 'Additional Fields → Bot Config (JSON)');
	});

	it('get: GET one bot', async () => {
		const items = await h.run({ resource: 'agentBot', operation: 'get', agentBotId: byId(botId) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/agent_bots/${botId}`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: botId, name: 'Triage Bot' })]);
		h.fake.clearLog();
		await h.refused({ resource: 'agentBot', operation: 'get', agentBotId: byId('12/../../x') }, 'Agent Bot');
	});

	it('update: PATCH the name', async () => {
		const items = await h.run({ resource: 'agentBot', operation: 'update', agentBotId: byId(botId), updateFields: { name: 'Sorting Bot' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/agent_bots/${botId}`, query: {}, body: { name: 'Sorting Bot' } });
		expect(h.fake.state.agentBots.find((b) => b.id === botId)!.name).toBe('Sorting Bot');
		expect(jsonOf(items)[0]).toMatchObject({ id: botId, name: 'Sorting Bot' });
	});

	it('delete: DELETE the bot', async () => {
		const items = await h.run({ resource: 'agentBot', operation: 'delete', agentBotId: byId(botId) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/agent_bots/${botId}`, query: {} });
		expect(h.fake.state.agentBots.some((b) => b.id === botId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the deleted bot is gone (404)', async () => {
		await h.apiError({ resource: 'agentBot', operation: 'get', agentBotId: byId(botId) }, 404, 'Resource could not be found');
	});
});

describe('auditLog', () => {
	const logs = () => h.fake.state.auditLogs.filter((l) => l.account_id === h.fake.accountId).sort((a, b) => b.id - a.id);

	beforeAll(() => {
		// Enough entries for several pages of 25.
		for (let i = 0; i < 60; i++) h.fake.state.addAuditLog(h.fake.accountId, 'Contact', 1000 + i, 'update', undefined, { name: `n${i}` });
	});

	it('getAll: Return All walks every page once', async () => {
		const items = await h.run({ resource: 'auditLog', operation: 'getAll', returnAll: true });
		const pages = h.fake.requests.map((r) => r.query.page);
		expect(h.fake.requests.every((r) => r.method === 'GET' && r.path === `${h.A()}/audit_logs`)).toBe(true);
		expect(pages).toEqual(['1', '2', '3']);
		expect(jsonOf(items).map((l) => l.id)).toEqual(logs().map((l) => l.id));
	});

	it('getAll: Limit 30 asks for two pages and stops', async () => {
		const items = await h.run({ resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 30 });
		expect(h.fake.requests.map((r) => r.query.page)).toEqual(['1', '2']);
		const ids = jsonOf(items).map((l) => l.id);
		expect(ids).toEqual(logs().slice(0, 30).map((l) => l.id));
		expect(new Set(ids).size).toBe(30);
	});

	it('getAll: refuses a bad limit', async () => {
		await h.refused({ resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 0 }, 'Limit');
	});

	it('API error: an agent is refused', async () => {
		const error = await h.runError({ resource: 'auditLog', operation: 'getAll', returnAll: true }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('brandedEmailLayout', () => {
	it('update then get: PATCH the layout, GET it back', async () => {
		const layout = '<html><body>{{ content_for_layout }}</body></html>';
		const items = await h.run({ resource: 'brandedEmailLayout', operation: 'update', layout });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/branded_email_layout`, query: {}, body: { branded_email_layout: layout } });
		expect(h.fake.state.account(h.fake.accountId)!.branded_email_layout).toBe(layout);
		expect(jsonOf(items)).toEqual([{ branded_email_layout: layout }]);

		h.fake.clearLog();
		const got = await h.run({ resource: 'brandedEmailLayout', operation: 'get' });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/branded_email_layout`, query: {} });
		expect(jsonOf(got)).toEqual([{ branded_email_layout: h.fake.state.account(h.fake.accountId)!.branded_email_layout }]);
	});

	it('update: Remove Layout sends null', async () => {
		await h.run({ resource: 'brandedEmailLayout', operation: 'update', remove: true });
		expect(h.only().body).toEqual({ branded_email_layout: null });
		expect(h.fake.state.account(h.fake.accountId)!.branded_email_layout).toBeNull();
	});

	it('update: refuses a layout without {{ content_for_layout }}', async () => {
		await h.refused({ resource: 'brandedEmailLayout', operation: 'update', layout: '<p>hi</p>' }, 'Layout');
		await h.refused({ resource: 'brandedEmailLayout', operation: 'update' }, 'Layout');
	});

	it('API error: agents may not read it', async () => {
		const error = await h.runError({ resource: 'brandedEmailLayout', operation: 'get' }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
	});
});
