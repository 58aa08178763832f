/**
 * Admin group: teams, team members, inboxes, inbox members.
 */
import { jsonOf, rl, run, useFake } from './harness';

const { fake, A, only, refused, apiError } = useFake();

const teams = () => fake.state.teamsOf(fake.accountId);
const team = (id: number) => fake.state.teams.find((t) => t.id === id)!;
const inboxes = () => fake.state.inboxes.filter((i) => i.account_id === fake.accountId);
const inbox = (id: number) => fake.state.inboxes.find((i) => i.id === id)!;

describe('team', () => {
	let teamId: number;

	it('getAll: every team, sends the token header; Limit slices', async () => {
		const items = await run(fake, { resource: 'team', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/teams`, query: {}, body: undefined });
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(jsonOf(items).map((t) => t.id)).toEqual(teams().map((t) => t.id));
		fake.server.clearLog();
		const one = await run(fake, { resource: 'team', operation: 'getAll', limit: 1 });
		expect(jsonOf(one).map((t) => t.id)).toEqual([teams()[0].id]);
	});

	it('create: POST name, description, auto assign', async () => {
		const items = await run(fake, { resource: 'team', operation: 'create', name: 'billing', additionalFields: { description: 'Invoices', allowAutoAssign: false } });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/teams`, query: {}, body: { name: 'billing', description: 'Invoices', allow_auto_assign: false } });
		const created = teams().find((t) => t.name === 'billing')!;
		teamId = created.id;
		expect(created).toMatchObject({ description: 'Invoices', allow_auto_assign: false });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created.id, name: 'billing', allow_auto_assign: false })]);
		fake.server.clearLog();
		await refused({ resource: 'team', operation: 'create', name: '  ' }, 'Name');
	});

	it('get: GET one team', async () => {
		const items = await run(fake, { resource: 'team', operation: 'get', teamId: rl(teamId) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/teams/${teamId}`, query: {}, body: undefined });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: teamId, name: team(teamId).name })]);
	});

	it('update: PATCH the description', async () => {
		const items = await run(fake, { resource: 'team', operation: 'update', teamId: rl(teamId), updateFields: { description: 'Payments' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/teams/${teamId}`, query: {}, body: { description: 'Payments' } });
		expect(team(teamId).description).toBe('Payments');
		expect(jsonOf(items)[0]).toMatchObject({ id: teamId, description: 'Payments' });
		fake.server.clearLog();
		await refused({ resource: 'team', operation: 'update', teamId: rl('12/../../x'), updateFields: { name: 'x' } }, 'Team');
		await refused({ resource: 'team', operation: 'update', teamId: rl(teamId), updateFields: {} }, 'Update Fields');
	});

	describe('teamMember', () => {
		const users = () => fake.seeded!.users;

		it('add: POST user_ids, the added agents come back', async () => {
			const items = await run(fake, { resource: 'teamMember', operation: 'add', teamId: rl(teamId), userIds: [String(users().bob), String(users().carol)] });
			expect(only()).toEqual({ method: 'POST', path: `${A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().bob, users().carol] } });
			expect(team(teamId).member_ids).toEqual([users().bob, users().carol]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().bob, users().carol]);
		});

		it('getAll: GET the members; Limit slices', async () => {
			const items = await run(fake, { resource: 'teamMember', operation: 'getAll', teamId: rl(teamId), returnAll: true });
			expect(only()).toEqual({ method: 'GET', path: `${A()}/teams/${teamId}/team_members`, query: {}, body: undefined });
			expect(jsonOf(items).map((a) => a.id)).toEqual(team(teamId).member_ids);
			fake.server.clearLog();
			expect(jsonOf(await run(fake, { resource: 'teamMember', operation: 'getAll', teamId: rl(teamId), limit: 1 })).map((a) => a.id)).toEqual([team(teamId).member_ids[0]]);
		});

		it('update: PATCH replaces the members', async () => {
			const items = await run(fake, { resource: 'teamMember', operation: 'update', teamId: rl(teamId), userIds: [String(users().alice)] });
			expect(only()).toEqual({ method: 'PATCH', path: `${A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().alice] } });
			expect(team(teamId).member_ids).toEqual([users().alice]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().alice]);
		});

		it('remove: DELETE with user_ids in the body', async () => {
			const items = await run(fake, { resource: 'teamMember', operation: 'remove', teamId: rl(teamId), userIds: [String(users().alice)] });
			expect(only()).toEqual({ method: 'DELETE', path: `${A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().alice] } });
			expect(team(teamId).member_ids).toEqual([]);
			expect(jsonOf(items)).toEqual([{ success: true }]);
		});

		it('refuses missing agents, non-numeric agents or team', async () => {
			await refused({ resource: 'teamMember', operation: 'add', teamId: rl(teamId), userIds: [] }, 'Agents');
			await refused({ resource: 'teamMember', operation: 'add', teamId: rl(teamId), userIds: ['bob'] }, 'Agents');
			await refused({ resource: 'teamMember', operation: 'remove', teamId: rl('x'), userIds: ['1'] }, 'Team');
		});

		it('API error: an unknown team gives 404', async () => {
			await apiError({ resource: 'teamMember', operation: 'getAll', teamId: rl(9999), returnAll: true }, 404, 'Resource could not be found');
		});
	});

	it('delete: DELETE the team', async () => {
		const items = await run(fake, { resource: 'team', operation: 'delete', teamId: rl(teamId) });
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/teams/${teamId}`, query: {}, body: undefined });
		expect(teams().some((t) => t.id === teamId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the deleted team is gone', async () => {
		await apiError({ resource: 'team', operation: 'get', teamId: rl(teamId) }, 404, 'Resource could not be found');
	});
});

describe('inbox', () => {
	let apiInbox: number;

	it('getAll: unwraps {payload}; Limit slices', async () => {
		const items = await run(fake, { resource: 'inbox', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/inboxes`, query: {}, body: undefined });
		expect(jsonOf(items).map((i) => i.id)).toEqual(inboxes().map((i) => i.id));
		fake.server.clearLog();
		expect(jsonOf(await run(fake, { resource: 'inbox', operation: 'getAll', limit: 1 })).map((i) => i.id)).toEqual([inboxes()[0].id]);
	});

	it('create: an API inbox with webhook URL, JSON channel settings and inbox settings', async () => {
		const items = await run(fake, {
			resource: 'inbox',
			operation: 'create',
			name: 'Orders API',
			channelType: 'api',
			webhookUrl: 'https://example.com/events',
			channelSettings: '{"hmac_mandatory": true}',
			additionalFields: { enableAutoAssignment: false, greetingEnabled: true, greetingMessage: 'Hello', lockToSingleConversation: true },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/inboxes`,
			query: {},
			body: {
				name: 'Orders API',
				enable_auto_assignment: false,
				greeting_enabled: true,
				greeting_message: 'Hello',
				lock_to_single_conversation: true,
				channel: { type: 'api', webhook_url: 'https://example.com/events', hmac_mandatory: true },
			},
		});
		const created = inboxes().find((i) => i.name === 'Orders API')!;
		apiInbox = created.id;
		expect(created).toMatchObject({ channel_type: 'Channel::Api', webhook_url: 'https://example.com/events', enable_auto_assignment: false, greeting_message: 'Hello' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created.id, name: 'Orders API', channel_type: 'Channel::Api' })]);
	});

	it('create: a website inbox sends website_url; an email inbox its address', async () => {
		await run(fake, { resource: 'inbox', operation: 'create', name: 'Shop', channelType: 'web_widget', websiteUrl: 'https://shop.example.com', channelSettings: '{"widget_color":"#ff0000"}' });
		expect(only().body).toEqual({ name: 'Shop', channel: { type: 'web_widget', website_url: 'https://shop.example.com', widget_color: '#ff0000' } });
		expect(inboxes().find((i) => i.name === 'Shop')).toMatchObject({ channel_type: 'Channel::WebWidget', website_url: 'https://shop.example.com', widget_color: '#ff0000' });
		fake.server.clearLog();
		await run(fake, { resource: 'inbox', operation: 'create', name: 'Mail', channelType: 'email', email: 'help@acme.test' });
		expect(only().body).toEqual({ name: 'Mail', channel: { type: 'email', email: 'help@acme.test' } });
		expect(inboxes().find((i) => i.name === 'Mail')).toMatchObject({ channel_type: 'Channel::Email', email: 'help@acme.test' });
		fake.server.clearLog();
		await run(fake, {
			resource: 'inbox',
			operation: 'create',
			name: 'WA',
			channelType: 'whatsapp',
			phoneNumber: '+5511999990000',
			whatsappApiKey: 'key',
			whatsappPhoneNumberId: '123',
			whatsappBusinessAccountId: '456',
		});
		expect(only().body).toEqual({
			name: 'WA',
			channel: { type: 'whatsapp', phone_number: '+5511999990000', provider: 'whatsapp_cloud', provider_config: { api_key: 'key', phone_number_id: '123', business_account_id: '456' } },
		});
		expect(inboxes().find((i) => i.name === 'WA')).toMatchObject({ channel_type: 'Channel::Whatsapp', phone_number: '+5511999990000' });
	});

	it('create: SMS, Telegram and LINE channels send their own keys', async () => {
		await run(fake, { resource: 'inbox', operation: 'create', name: 'Texts', channelType: 'sms', phoneNumber: '+15550001111', channelSettings: '{"provider_config":{"api_key":"k"}}' });
		expect(only().body).toEqual({ name: 'Texts', channel: { type: 'sms', phone_number: '+15550001111', provider_config: { api_key: 'k' } } });
		expect(inboxes().find((i) => i.name === 'Texts')).toMatchObject({ channel_type: 'Channel::Sms', phone_number: '+15550001111' });
		fake.server.clearLog();
		await run(fake, { resource: 'inbox', operation: 'create', name: 'TG', channelType: 'telegram', botToken: '123:abc' });
		expect(only().body).toEqual({ name: 'TG', channel: { type: 'telegram', bot_token: '123:abc' } });
		expect(inboxes().find((i) => i.name === 'TG')).toMatchObject({ channel_type: 'Channel::Telegram' });
		fake.server.clearLog();
		// The fake does not model LINE channels (it answers 422); the request is what matters here.
		await run(fake, { resource: 'inbox', operation: 'create', name: 'LINE', channelType: 'line', lineChannelId: 'c1', lineChannelSecret: 's1', lineChannelToken: 't1' }).catch(() => undefined);
		expect(only().body).toEqual({ name: 'LINE', channel: { type: 'line', line_channel_id: 'c1', line_channel_secret: 's1', line_channel_token: 't1' } });
		fake.server.clearLog();
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'line', lineChannelId: 'c1', lineChannelSecret: 's1' }, 'LINE Channel Token');
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'whatsapp', phoneNumber: '+1555' }, 'API Key');
	});

	it('create: refuses a missing channel field, a bad channel type, invalid JSON', async () => {
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'web_widget' }, 'Website URL');
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'fax' }, 'Channel Type');
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'api', channelSettings: '{oops' }, 'Channel Settings (JSON)');
		await refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'api', channelSettings: '{"type":"email"}' }, 'Channel Settings (JSON)');
	});

	it('get: GET one inbox', async () => {
		const items = await run(fake, { resource: 'inbox', operation: 'get', inboxId: rl(apiInbox) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/inboxes/${apiInbox}`, query: {}, body: undefined });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: apiInbox, name: inbox(apiInbox).name })]);
	});

	it('update: PATCH settings and the channel webhook', async () => {
		const items = await run(fake, {
			resource: 'inbox',
			operation: 'update',
			inboxId: rl(apiInbox),
			updateFields: { name: 'Orders', timezone: 'UTC', webhookUrl: 'https://example.com/v2' },
		});
		expect(only()).toEqual({
			method: 'PATCH',
			path: `${A()}/inboxes/${apiInbox}`,
			query: {},
			body: { name: 'Orders', timezone: 'UTC', channel: { webhook_url: 'https://example.com/v2' } },
		});
		expect(inbox(apiInbox)).toMatchObject({ name: 'Orders', timezone: 'UTC', webhook_url: 'https://example.com/v2' });
		expect(jsonOf(items)[0]).toMatchObject({ id: apiInbox, name: 'Orders' });
		fake.server.clearLog();
		await refused({ resource: 'inbox', operation: 'update', inboxId: rl(apiInbox), updateFields: {} }, 'Update Fields');
		await refused({ resource: 'inbox', operation: 'update', inboxId: rl('12/../../x'), updateFields: { name: 'x' } }, 'Inbox');
	});

	it('setAgentBot and getAgentBot: connect, read, disconnect', async () => {
		const bot = fake.state.agentBots.find((b) => b.account_id === fake.accountId)!;
		const set = await run(fake, { resource: 'inbox', operation: 'setAgentBot', inboxId: rl(apiInbox), agentBotId: rl(bot.id) });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/inboxes/${apiInbox}/set_agent_bot`, query: {}, body: { agent_bot: bot.id } });
		expect(inbox(apiInbox).agent_bot_id).toBe(bot.id);
		expect(jsonOf(set)).toEqual([{ success: true }]);

		fake.server.clearLog();
		const got = await run(fake, { resource: 'inbox', operation: 'getAgentBot', inboxId: rl(apiInbox) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/inboxes/${apiInbox}/agent_bot`, query: {}, body: undefined });
		expect(jsonOf(got)).toEqual([expect.objectContaining({ id: bot.id, name: bot.name })]);

		fake.server.clearLog();
		await run(fake, { resource: 'inbox', operation: 'setAgentBot', inboxId: rl(apiInbox), removeBot: true });
		expect(only().body).toEqual({ agent_bot: null });
		expect(inbox(apiInbox).agent_bot_id).toBeNull();

		fake.server.clearLog();
		const none = await run(fake, { resource: 'inbox', operation: 'getAgentBot', inboxId: rl(apiInbox) });
		expect(jsonOf(none)).toEqual([{ agent_bot: null }]);

		fake.server.clearLog();
		await refused({ resource: 'inbox', operation: 'setAgentBot', inboxId: rl(apiInbox) }, 'Agent Bot');
	});

	it('getAssignableAgents: GET the agents of the inbox', async () => {
		const { website } = fake.seeded!.inboxes;
		const items = await run(fake, { resource: 'inbox', operation: 'getAssignableAgents', inboxId: rl(website), returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/inboxes/${website}/assignable_agents`, query: {}, body: undefined });
		// Its members plus the administrators of the account.
		const agents = fake.state.agentsOf(fake.accountId);
		const assignable = agents.filter((a) => inbox(website).member_ids.includes(a.user.id) || a.membership.role === 'administrator').map((a) => a.user.id);
		expect(jsonOf(items).map((a) => a.id)).toEqual(assignable);
		fake.server.clearLog();
		expect(await run(fake, { resource: 'inbox', operation: 'getAssignableAgents', inboxId: rl(website), limit: 1 })).toHaveLength(1);
	});

	describe('inboxMember', () => {
		const users = () => fake.seeded!.users;

		it('add: POST inbox_id and user_ids; the members come back', async () => {
			const items = await run(fake, { resource: 'inboxMember', operation: 'add', inboxId: rl(apiInbox), userIds: [String(users().bob)] });
			expect(only()).toEqual({ method: 'POST', path: `${A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().bob] } });
			expect(inbox(apiInbox).member_ids).toContain(users().bob);
			expect(jsonOf(items).map((a) => a.id)).toEqual(inbox(apiInbox).member_ids);
		});

		it('getAll: GET /inbox_members/{inbox}; Limit slices', async () => {
			const items = await run(fake, { resource: 'inboxMember', operation: 'getAll', inboxId: rl(apiInbox), returnAll: true });
			expect(only()).toEqual({ method: 'GET', path: `${A()}/inbox_members/${apiInbox}`, query: {}, body: undefined });
			expect(jsonOf(items).map((a) => a.id)).toEqual(inbox(apiInbox).member_ids);
			fake.server.clearLog();
			expect(await run(fake, { resource: 'inboxMember', operation: 'getAll', inboxId: rl(apiInbox), limit: 1 })).toHaveLength(1);
		});

		it('update: PATCH sets exactly these agents', async () => {
			const items = await run(fake, { resource: 'inboxMember', operation: 'update', inboxId: rl(apiInbox), userIds: [String(users().alice), String(users().carol)] });
			expect(only()).toEqual({ method: 'PATCH', path: `${A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().alice, users().carol] } });
			expect(inbox(apiInbox).member_ids).toEqual([users().alice, users().carol]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().alice, users().carol]);
		});

		it('remove: DELETE with the body', async () => {
			const items = await run(fake, { resource: 'inboxMember', operation: 'remove', inboxId: rl(apiInbox), userIds: [String(users().carol)] });
			expect(only()).toEqual({ method: 'DELETE', path: `${A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().carol] } });
			expect(inbox(apiInbox).member_ids).toEqual([users().alice]);
			expect(jsonOf(items)).toEqual([{ success: true }]);
		});

		it('refuses bad agents and inbox', async () => {
			await refused({ resource: 'inboxMember', operation: 'add', inboxId: rl(apiInbox), userIds: ['1', 'two'] }, 'Agents');
			await refused({ resource: 'inboxMember', operation: 'add', userIds: ['1'] }, 'Inbox');
		});

		it('API error: an unknown agent gives 404', async () => {
			await apiError({ resource: 'inboxMember', operation: 'add', inboxId: rl(apiInbox), userIds: ['9999'] }, 404, 'Resource could not be found');
		});
	});

	it('delete: DELETE the inbox', async () => {
		const items = await run(fake, { resource: 'inbox', operation: 'delete', inboxId: rl(apiInbox) });
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/inboxes/${apiInbox}`, query: {}, body: undefined });
		expect(inboxes().some((i) => i.id === apiInbox)).toBe(false);
		expect(items).toHaveLength(1);
	});

	it('API error: the deleted inbox is gone', async () => {
		await apiError({ resource: 'inbox', operation: 'get', inboxId: rl(apiInbox) }, 404, 'Resource could not be found');
	});
});
