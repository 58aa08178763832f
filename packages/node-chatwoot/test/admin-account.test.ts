/**
 * Admin group: account, agents, account agent bots, audit logs, branded email layout.
 * Every operation: the exact request the fake received, the items out against the fake's state,
 * and no spec violation.
 */
import { NodeApiError } from 'n8n-workflow';
import { jsonOf, rl, run, useFake } from './harness';

const { fake, A, only, refused, apiError } = useFake();

const agentsOf = () => fake.state.agentsOf(fake.accountId);

describe('account', () => {
	it('get: GET the account, sends the token header', async () => {
		const items = await run(fake, { resource: 'account', operation: 'get' });
		expect(only()).toEqual({ method: 'GET', path: A(), query: {}, body: undefined });
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		const account = fake.state.account(fake.accountId)!;
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: account.id, name: account.name, domain: account.domain, support_email: account.support_email });
	});

	it('update: PATCH only the fields given', async () => {
		const items = await run(fake, {
			resource: 'account',
			operation: 'update',
			updateFields: { name: 'Acme Inc', autoResolveAfter: 60, autoResolveIgnoreWaiting: true, timezone: 'UTC' },
		});
		expect(only()).toEqual({
			method: 'PATCH',
			path: A(),
			query: {},
			body: { name: 'Acme Inc', auto_resolve_after: 60, auto_resolve_ignore_waiting: true, timezone: 'UTC' },
		});
		const account = fake.state.account(fake.accountId)!;
		expect(account.name).toBe('Acme Inc');
		expect(account.settings.auto_resolve_after).toBe(60);
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: account.id, name: 'Acme Inc' })]);
	});

	it('update: refuses an empty update and an out-of-range auto-resolve', async () => {
		await refused({ resource: 'account', operation: 'update', updateFields: {} }, 'Update Fields');
		await refused({ resource: 'account', operation: 'update', updateFields: { autoResolveAfter: 5 } }, 'Update Fields → Auto Resolve After (Minutes)');
		await refused({ resource: 'account', operation: 'update', updateFields: { autoResolveAfter: 'soon' } }, 'Update Fields → Auto Resolve After (Minutes)');
	});

	it('API error: a 401 from the server becomes a NodeApiError with its message', async () => {
		const error = await run(fake, { resource: 'account', operation: 'update', updateFields: { name: 'x' } }, { token: fake.tokens.agent }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('agent', () => {
	it('getAll: Return All gives every agent, in the server order', async () => {
		const items = await run(fake, { resource: 'agent', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/agents`, query: {}, body: undefined });
		expect(jsonOf(items).map((a) => a.id)).toEqual(agentsOf().map((a) => a.user.id));
		expect(jsonOf(items)[0]).toMatchObject({ email: agentsOf()[0].user.email, role: agentsOf()[0].membership.role });
	});

	it('getAll: Limit slices the one list the server sends', async () => {
		const items = await run(fake, { resource: 'agent', operation: 'getAll', returnAll: false, limit: 2 });
		expect(fake.server.requests).toHaveLength(1);
		expect(jsonOf(items).map((a) => a.id)).toEqual(agentsOf().slice(0, 2).map((a) => a.user.id));
	});

	let created: number;
	it('create: POST name, email, role and presence', async () => {
		const items = await run(fake, {
			resource: 'agent',
			operation: 'create',
			name: 'Dora Agent',
			email: 'dora@acme.test',
			role: 'agent',
			additionalFields: { availability: 'busy', autoOffline: false },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/agents`,
			query: {},
			body: { name: 'Dora Agent', email: 'dora@acme.test', role: 'agent', availability: 'busy', auto_offline: false },
		});
		const agent = agentsOf().find((a) => a.user.email === 'dora@acme.test')!;
		expect(agent.membership).toMatchObject({ role: 'agent', availability: 'busy', auto_offline: false });
		created = agent.user.id;
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created, name: 'Dora Agent', role: 'agent', availability_status: 'busy' })]);
	});

	it('create: refuses a bad email or role before sending', async () => {
		await refused({ resource: 'agent', operation: 'create', name: 'X', email: 'not-an-email', role: 'agent' }, 'Email', 'must be an email address (e.g. jane@example.com)');
		await refused({ resource: 'agent', operation: 'create', name: 'X', email: 'x@y.z', role: 'owner' }, 'Role');
		await refused({ resource: 'agent', operation: 'create', email: 'x@y.z', role: 'agent' }, 'Name');
	});

	it('update: PATCH the role of the agent', async () => {
		const items = await run(fake, { resource: 'agent', operation: 'update', agentId: rl(created), updateFields: { role: 'administrator', availability: 'online' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/agents/${created}`, query: {}, body: { role: 'administrator', availability: 'online' } });
		expect(agentsOf().find((a) => a.user.id === created)!.membership.role).toBe('administrator');
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created, role: 'administrator' })]);
	});

	it('update: refuses a missing or non-numeric agent id, an encoded path never leaves the segment', async () => {
		await refused({ resource: 'agent', operation: 'update', updateFields: { role: 'agent' } }, 'Agent');
		await refused({ resource: 'agent', operation: 'update', agentId: rl('abc'), updateFields: { role: 'agent' } }, 'Agent');
		await refused({ resource: 'agent', operation: 'update', agentId: rl('12/../../x'), updateFields: { role: 'agent' } }, 'Agent');
		await refused({ resource: 'agent', operation: 'update', agentId: rl(created), updateFields: {} }, 'Update Fields');
	});

	it('delete: DELETE removes the agent from the account', async () => {
		const items = await run(fake, { resource: 'agent', operation: 'delete', agentId: rl(created) });
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/agents/${created}`, query: {}, body: undefined });
		expect(agentsOf().some((a) => a.user.id === created)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: deleting an unknown agent gives the server 404', async () => {
		await apiError({ resource: 'agent', operation: 'delete', agentId: rl(999) }, 404, 'Resource could not be found');
	});

	it('bulkCreate: POST the emails', async () => {
		const items = await run(fake, { resource: 'agent', operation: 'bulkCreate', emails: 'erin@acme.test, finn@acme.test' });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/agents/bulk_create`, query: {}, body: { emails: ['erin@acme.test', 'finn@acme.test'] } });
		const emails = agentsOf().map((a) => a.user.email);
		expect(emails).toEqual(expect.arrayContaining(['erin@acme.test', 'finn@acme.test']));
		expect(jsonOf(items)).toEqual([{ success: true }]);
		fake.server.clearLog();
		await refused({ resource: 'agent', operation: 'bulkCreate', emails: 'ok@acme.test, nope' }, 'Emails', 'must contain only email addresses (got "nope")');
		await refused({ resource: 'agent', operation: 'bulkCreate', emails: '' }, 'Emails');
	});

	it('getAssignable: GET with inbox_ids[] and Limit', async () => {
		const { website, api } = fake.seeded!.inboxes;
		const items = await run(fake, { resource: 'agent', operation: 'getAssignable', inboxIds: [String(website), String(api)], returnAll: true });
		const r = only();
		expect(r).toMatchObject({ method: 'GET', path: `${A()}/assignable_agents`, body: undefined });
		expect(r.query).toEqual({ inbox_ids: [String(website), String(api)] });
		expect(fake.server.requests[0].rawQuery).toBe(`inbox_ids%5B%5D=${website}&inbox_ids%5B%5D=${api}`);
		// Assignable in an inbox: its members plus the administrators; here, in both inboxes.
		const admins = agentsOf().filter((a) => a.membership.role === 'administrator').map((a) => a.user.id);
		const assignable = (id: number) => [...fake.state.inboxes.find((i) => i.id === id)!.member_ids, ...admins];
		const both = agentsOf().map((a) => a.user.id).filter((id) => assignable(website).includes(id) && assignable(api).includes(id));
		expect(jsonOf(items).map((a) => a.id)).toEqual(both);
		fake.server.clearLog();
		const limited = await run(fake, { resource: 'agent', operation: 'getAssignable', inboxIds: [String(website)], returnAll: false, limit: 1 });
		expect(limited).toHaveLength(1);
		fake.server.clearLog();
		await refused({ resource: 'agent', operation: 'getAssignable', inboxIds: ['x'], returnAll: true }, 'Inbox Names or IDs');
	});
});

describe('agentBot', () => {
	const bots = () => fake.state.agentBots.filter((b) => b.account_id === fake.accountId || b.account_id === null);
	let botId: number;

	it('getAll: every bot, and Limit', async () => {
		const items = await run(fake, { resource: 'agentBot', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/agent_bots`, query: {}, body: undefined });
		expect(jsonOf(items).map((b) => b.id)).toEqual(bots().map((b) => b.id));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'agentBot', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('create: POST the bot settings', async () => {
		const items = await run(fake, {
			resource: 'agentBot',
			operation: 'create',
			name: 'Triage Bot',
			additionalFields: { description: 'Sorts new chats', outgoingUrl: 'https://bot.example.com/hook', botConfig: '{"lang":"en"}' },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/agent_bots`,
			query: {},
			body: { name: 'Triage Bot', description: 'Sorts new chats', outgoing_url: 'https://bot.example.com/hook', bot_config: { lang: 'en' } },
		});
		const bot = fake.state.agentBots.find((b) => b.name === 'Triage Bot')!;
		botId = bot.id;
		expect(bot).toMatchObject({ outgoing_url: 'https://bot.example.com/hook', bot_config: { lang: 'en' }, account_id: fake.accountId });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: bot.id, name: 'Triage Bot', access_token: bot.access_token })]);
	});

	it('create: refuses invalid JSON config', async () => {
		await refused({ resource: 'agentBot', operation: 'create', name: 'X', additionalFields: { botConfig: '{nope' } }, 'Additional Fields → Bot Config (JSON)');
	});

	it('get: GET one bot', async () => {
		const items = await run(fake, { resource: 'agentBot', operation: 'get', agentBotId: rl(botId) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/agent_bots/${botId}`, query: {}, body: undefined });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: botId, name: 'Triage Bot' })]);
		fake.server.clearLog();
		await refused({ resource: 'agentBot', operation: 'get', agentBotId: rl('12/../../x') }, 'Agent Bot');
	});

	it('update: PATCH the name', async () => {
		const items = await run(fake, { resource: 'agentBot', operation: 'update', agentBotId: rl(botId), updateFields: { name: 'Sorting Bot' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/agent_bots/${botId}`, query: {}, body: { name: 'Sorting Bot' } });
		expect(fake.state.agentBots.find((b) => b.id === botId)!.name).toBe('Sorting Bot');
		expect(jsonOf(items)[0]).toMatchObject({ id: botId, name: 'Sorting Bot' });
	});

	it('delete: DELETE the bot', async () => {
		const items = await run(fake, { resource: 'agentBot', operation: 'delete', agentBotId: rl(botId) });
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/agent_bots/${botId}`, query: {}, body: undefined });
		expect(fake.state.agentBots.some((b) => b.id === botId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the deleted bot is gone (404)', async () => {
		await apiError({ resource: 'agentBot', operation: 'get', agentBotId: rl(botId) }, 404, 'Resource could not be found');
	});
});

describe('auditLog', () => {
	const logs = () => fake.state.auditLogs.filter((l) => l.account_id === fake.accountId).sort((a, b) => b.id - a.id);

	beforeAll(() => {
		// Enough entries for several pages of 25.
		for (let i = 0; i < 60; i++) fake.state.addAuditLog(fake.accountId, 'Contact', 1000 + i, 'update', undefined, { name: `n${i}` });
	});

	it('getAll: Return All walks every page once', async () => {
		const items = await run(fake, { resource: 'auditLog', operation: 'getAll', returnAll: true });
		const pages = fake.server.requests.map((r) => r.query.page);
		expect(fake.server.requests.every((r) => r.method === 'GET' && r.path === `${A()}/audit_logs`)).toBe(true);
		expect(pages).toEqual(['1', '2', '3']);
		expect(jsonOf(items).map((l) => l.id)).toEqual(logs().map((l) => l.id));
	});

	it('getAll: Limit 30 asks for two pages and stops', async () => {
		const items = await run(fake, { resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 30 });
		expect(fake.server.requests.map((r) => r.query.page)).toEqual(['1', '2']);
		const ids = jsonOf(items).map((l) => l.id);
		expect(ids).toEqual(logs().slice(0, 30).map((l) => l.id));
		expect(new Set(ids).size).toBe(30);
	});

	it('getAll: refuses a bad limit', async () => {
		await refused({ resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 0 }, 'Limit');
	});

	it('API error: an agent is refused', async () => {
		const error = await run(fake, { resource: 'auditLog', operation: 'getAll', returnAll: true }, { token: fake.tokens.agent }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('brandedEmailLayout', () => {
	it('update then get: PATCH the layout, GET it back', async () => {
		const layout = '<html><body>{{ content_for_layout }}</body></html>';
		const items = await run(fake, { resource: 'brandedEmailLayout', operation: 'update', layout });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/branded_email_layout`, query: {}, body: { branded_email_layout: layout } });
		expect(fake.state.account(fake.accountId)!.branded_email_layout).toBe(layout);
		expect(jsonOf(items)).toEqual([{ branded_email_layout: layout }]);

		fake.server.clearLog();
		const got = await run(fake, { resource: 'brandedEmailLayout', operation: 'get' });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/branded_email_layout`, query: {}, body: undefined });
		expect(jsonOf(got)).toEqual([{ branded_email_layout: fake.state.account(fake.accountId)!.branded_email_layout }]);
	});

	it('update: Remove Layout sends null', async () => {
		await run(fake, { resource: 'brandedEmailLayout', operation: 'update', remove: true });
		expect(only().body).toEqual({ branded_email_layout: null });
		expect(fake.state.account(fake.accountId)!.branded_email_layout).toBeNull();
	});

	it('update: refuses a layout without {{ content_for_layout }}', async () => {
		await refused({ resource: 'brandedEmailLayout', operation: 'update', layout: '<p>hi</p>' }, 'Layout');
		await refused({ resource: 'brandedEmailLayout', operation: 'update' }, 'Layout');
	});

	it('API error: agents may not read it', async () => {
		const error = await run(fake, { resource: 'brandedEmailLayout', operation: 'get' }, { token: fake.tokens.agent }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
	});
});
