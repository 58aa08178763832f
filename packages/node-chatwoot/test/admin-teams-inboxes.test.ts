/**
 * Admin group: teams, team members, inboxes, inbox members.
 */
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const teams = () => h.fake.state.teamsOf(h.fake.accountId);
const team = (id: number) => h.fake.state.teams.find((t) => t.id === id)!;
const inboxes = () => h.fake.state.inboxes.filter((i) => i.account_id === h.fake.accountId);
const inbox = (id: number) => h.fake.state.inboxes.find((i) => i.id === id)!;

describe('team', () => {
	let teamId: number;

	it('getAll: every team, sends the token header; Limit slices', async () => {
		const items = await h.run({ resource: 'team', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/teams`, query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(items).map((t) => t.id)).toEqual(teams().map((t) => t.id));
		h.fake.clearLog();
		const one = await h.run({ resource: 'team', operation: 'getAll', limit: 1 });
		expect(jsonOf(one).map((t) => t.id)).toEqual([teams()[0].id]);
	});

	it('create: POST name, description, auto assign', async () => {
		const items = await h.run({ resource: 'team', operation: 'create', name: 'billing', additionalFields: { description: 'Invoices', allowAutoAssign: false } });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/teams`, query: {}, body: { name: 'billing', description: 'Invoices', allow_auto_assign: false } });
		const created = teams().find((t) => t.name === 'billing')!;
		teamId = created.id;
		expect(created).toMatchObject({ description: 'Invoices', allow_auto_assign: false });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created.id, name: 'billing', allow_auto_assign: false })]);
		h.fake.clearLog();
		await h.refused({ resource: 'team', operation: 'create', name: '  ' }, 'Name');
	});

	it('get: GET one team', async () => {
		const items = await h.run({ resource: 'team', operation: 'get', teamId: byId(teamId) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/teams/${teamId}`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: teamId, name: team(teamId).name })]);
	});

	it('update: PATCH the description', async () => {
		const items = await h.run({ resource: 'team', operation: 'update', teamId: byId(teamId), updateFields: { description: 'Payments' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/teams/${teamId}`, query: {}, body: { description: 'Payments' } });
		expect(team(teamId).description).toBe('Payments');
		expect(jsonOf(items)[0]).toMatchObject({ id: teamId, description: 'Payments' });
		h.fake.clearLog();
		await h.refused({ resource: 'team', operation: 'update', teamId: byId('12/../../x'), updateFields: { name: 'x' } }, 'Team');
		await h.refused({ resource: 'team', operation: 'update', teamId: byId(teamId), updateFields: {} }, 'Update Fields');
	});

	describe('teamMember', () => {
		const users = () => h.fake.seeded!.users;

		it('add: POST user_ids, the added agents come back', async () => {
			const items = await h.run({ resource: 'teamMember', operation: 'add', teamId: byId(teamId), userIds: [String(users().bob), String(users().carol)] });
			expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().bob, users().carol] } });
			expect(team(teamId).member_ids).toEqual([users().bob, users().carol]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().bob, users().carol]);
		});

		it('getAll: GET the members; Limit slices', async () => {
			const items = await h.run({ resource: 'teamMember', operation: 'getAll', teamId: byId(teamId), returnAll: true });
			expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/teams/${teamId}/team_members`, query: {} });
			expect(jsonOf(items).map((a) => a.id)).toEqual(team(teamId).member_ids);
			h.fake.clearLog();
			expect(jsonOf(await h.run({ resource: 'teamMember', operation: 'getAll', teamId: byId(teamId), limit: 1 })).map((a) => a.id)).toEqual([team(teamId).member_ids[0]]);
		});

		it('update: PATCH replaces the members', async () => {
			const items = await h.run({ resource: 'teamMember', operation: 'update', teamId: byId(teamId), userIds: [String(users().alice)] });
			expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().alice] } });
			expect(team(teamId).member_ids).toEqual([users().alice]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().alice]);
		});

		it('remove: DELETE with user_ids in the body', async () => {
			const items = await h.run({ resource: 'teamMember', operation: 'remove', teamId: byId(teamId), userIds: [String(users().alice)] });
			expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/teams/${teamId}/team_members`, query: {}, body: { user_ids: [users().alice] } });
			expect(team(teamId).member_ids).toEqual([]);
			expect(jsonOf(items)).toEqual([{ success: true }]);
		});

		it('refuses missing agents, non-numeric agents or team', async () => {
			await h.refused({ resource: 'teamMember', operation: 'add', teamId: byId(teamId), userIds: [] }, 'Agents');
			await h.refused({ resource: 'teamMember', operation: 'add', teamId: byId(teamId), userIds: ['bob'] }, 'Agents');
			await h.refused({ resource: 'teamMember', operation: 'remove', teamId: byId('x'), userIds: ['1'] }, 'Team');
		});

		it('API error: an unknown team gives 404', async () => {
			await h.apiError({ resource: 'teamMember', operation: 'getAll', teamId: byId(9999), returnAll: true }, 404, 'Resource could not be found');
		});
	});

	it('delete: DELETE the team', async () => {
		const items = await h.run({ resource: 'team', operation: 'delete', teamId: byId(teamId) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/teams/${teamId}`, query: {} });
		expect(teams().some((t) => t.id === teamId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the deleted team is gone', async () => {
		await h.apiError({ resource: 'team', operation: 'get', teamId: byId(teamId) }, 404, 'Resource could not be found');
	});
});

describe('inbox', () => {
	let apiInbox: number;

	it('getAll: unwraps {payload}; Limit slices', async () => {
		const items = await h.run({ resource: 'inbox', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/inboxes`, query: {} });
		expect(jsonOf(items).map((i) => i.id)).toEqual(inboxes().map((i) => i.id));
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'inbox', operation: 'getAll', limit: 1 })).map((i) => i.id)).toEqual([inboxes()[0].id]);
	});

	it('create: an API inbox with webhook URL, JSON channel settings and inbox settings', async () => {
		const items = await h.run({
			resource: 'inbox',
			operation: 'create',
			name: 'Orders API',
			channelType: 'api',
			webhookUrl: 'https://example.com/events',
			channelSettings: '{"hmac_mandatory": true}',
			additionalFields: { enableAutoAssignment: false, greetingEnabled: true, greetingMessage: 'Hello', lockToSingleConversation: true },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/inboxes`,
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
		await h.run({ resource: 'inbox', operation: 'create', name: 'Shop', channelType: 'web_widget', websiteUrl: 'https://shop.example.com', channelSettings: '{"widget_color":"#ff0000"}' });
		expect(h.only().body).toEqual({ name: 'Shop', channel: { type: 'web_widget', website_url: 'https://shop.example.com', widget_color: '#ff0000' } });
		expect(inboxes().find((i) => i.name === 'Shop')).toMatchObject({ channel_type: 'Channel::WebWidget', website_url: 'https://shop.example.com', widget_color: '#ff0000' });
		h.fake.clearLog();
		await h.run({ resource: 'inbox', operation: 'create', name: 'Mail', channelType: 'email', email: 'help@acme.test' });
		expect(h.only().body).toEqual({ name: 'Mail', channel: { type: 'email', email: 'help@acme.test' } });
		expect(inboxes().find((i) => i.name === 'Mail')).toMatchObject({ channel_type: 'Channel::Email', email: 'help@acme.test' });
		h.fake.clearLog();
		await h.run({
			resource: 'inbox',
			operation: 'create',
			name: 'WA',
			channelType: 'whatsapp',
			phoneNumber: '+5511999990000',
			whatsappApiKey: 'key',
			whatsappPhoneNumberId: '123',
			whatsappBusinessAccountId: '456',
		});
		expect(h.only().body).toEqual({
			name: 'WA',
			channel: { type: 'whatsapp', phone_number: '+5511999990000', provider: 'whatsapp_cloud', provider_config: { api_key: 'key', phone_number_id: '123', business_account_id: '456' } },
		});
		expect(inboxes().find((i) => i.name === 'WA')).toMatchObject({ channel_type: 'Channel::Whatsapp', phone_number: '+5511999990000' });
	});

	it('create: SMS, Telegram and LINE channels send their own keys', async () => {
		await h.run({ resource: 'inbox', operation: 'create', name: 'Texts', channelType: 'sms', phoneNumber: '+15550001111', channelSettings: '{"provider_config":{"api_key":"k"}}' });
		expect(h.only().body).toEqual({ name: 'Texts', channel: { type: 'sms', phone_number: '+15550001111', provider_config: { api_key: 'k' } } });
		expect(inboxes().find((i) => i.name === 'Texts')).toMatchObject({ channel_type: 'Channel::Sms', phone_number: '+15550001111' });
		h.fake.clearLog();
		await h.run({ resource: 'inbox', operation: 'create', name: 'TG', channelType: 'telegram', botToken: '123:abc' });
		expect(h.only().body).toEqual({ name: 'TG', channel: { type: 'telegram', bot_token: '123:abc' } });
		expect(inboxes().find((i) => i.name === 'TG')).toMatchObject({ channel_type: 'Channel::Telegram' });
		h.fake.clearLog();
		// The fake does not model LINE channels (it answers 422); the request is what matters here.
		await h.run({ resource: 'inbox', operation: 'create', name: 'LINE', channelType: 'line', lineChannelId: 'c1', lineChannelSecret: 's1', lineChannelToken: 't1' }).catch(() => undefined);
		expect(h.only().body).toEqual({ name: 'LINE', channel: { type: 'line', line_channel_id: 'c1', line_channel_secret: 's1', line_channel_token: 't1' } });
		h.fake.clearLog();
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'line', lineChannelId: 'c1', lineChannelSecret: 's1' }, 'LINE Channel Token');
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'whatsapp', phoneNumber: '+1555' }, 'API Key');
	});

	it('create: refuses a missing channel field, a bad channel type, invalid JSON', async () => {
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'web_widget' }, 'Website URL');
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'fax' }, 'Channel Type');
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'api', channelSettings: '{oops' }, 'Channel Settings (JSON)');
		await h.refused({ resource: 'inbox', operation: 'create', name: 'X', channelType: 'api', channelSettings: '{"type":"email"}' }, 'Channel Settings (JSON)');
	});

	it('get: GET one inbox', async () => {
		const items = await h.run({ resource: 'inbox', operation: 'get', inboxId: byId(apiInbox) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/inboxes/${apiInbox}`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: apiInbox, name: inbox(apiInbox).name })]);
	});

	it('update: PATCH settings and the channel webhook', async () => {
		const items = await h.run({
			resource: 'inbox',
			operation: 'update',
			inboxId: byId(apiInbox),
			updateFields: { name: 'Orders', timezone: 'UTC', webhookUrl: 'https://example.com/v2' },
		});
		expect(h.only()).toEqual({
			method: 'PATCH',
			path: `${h.A()}/inboxes/${apiInbox}`,
			query: {},
			body: { name: 'Orders', timezone: 'UTC', channel: { webhook_url: 'https://example.com/v2' } },
		});
		expect(inbox(apiInbox)).toMatchObject({ name: 'Orders', timezone: 'UTC', webhook_url: 'https://example.com/v2' });
		expect(jsonOf(items)[0]).toMatchObject({ id: apiInbox, name: 'Orders' });
		h.fake.clearLog();
		await h.refused({ resource: 'inbox', operation: 'update', inboxId: byId(apiInbox), updateFields: {} }, 'Update Fields');
		await h.refused({ resource: 'inbox', operation: 'update', inboxId: byId('12/../../x'), updateFields: { name: 'x' } }, 'Inbox');
	});

	it('setAgentBot and getAgentBot: connect, read, disconnect', async () => {
		const bot = h.fake.state.agentBots.find((b) => b.account_id === h.fake.accountId)!;
		const set = await h.run({ resource: 'inbox', operation: 'setAgentBot', inboxId: byId(apiInbox), agentBotId: byId(bot.id) });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/inboxes/${apiInbox}/set_agent_bot`, query: {}, body: { agent_bot: bot.id } });
		expect(inbox(apiInbox).agent_bot_id).toBe(bot.id);
		expect(jsonOf(set)).toEqual([{ success: true }]);

		h.fake.clearLog();
		const got = await h.run({ resource: 'inbox', operation: 'getAgentBot', inboxId: byId(apiInbox) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/inboxes/${apiInbox}/agent_bot`, query: {} });
		expect(jsonOf(got)).toEqual([expect.objectContaining({ id: bot.id, name: bot.name })]);

		h.fake.clearLog();
		await h.run({ resource: 'inbox', operation: 'setAgentBot', inboxId: byId(apiInbox), removeBot: true });
		expect(h.only().body).toEqual({ agent_bot: null });
		expect(inbox(apiInbox).agent_bot_id).toBeNull();

		h.fake.clearLog();
		const none = await h.run({ resource: 'inbox', operation: 'getAgentBot', inboxId: byId(apiInbox) });
		expect(jsonOf(none)).toEqual([{ agent_bot: null }]);

		h.fake.clearLog();
		await h.refused({ resource: 'inbox', operation: 'setAgentBot', inboxId: byId(apiInbox) }, 'Agent Bot');
	});

	it('getAssignableAgents: GET the agents of the inbox', async () => {
		const { website } = h.fake.seeded!.inboxes;
		const items = await h.run({ resource: 'inbox', operation: 'getAssignableAgents', inboxId: byId(website), returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/inboxes/${website}/assignable_agents`, query: {} });
		// Its members plus the administrators of the account.
		const agents = h.fake.state.agentsOf(h.fake.accountId);
		const assignable = agents.filter((a) => inbox(website).member_ids.includes(a.user.id) || a.membership.role === 'administrator').map((a) => a.user.id);
		expect(jsonOf(items).map((a) => a.id)).toEqual(assignable);
		h.fake.clearLog();
		expect(await h.run({ resource: 'inbox', operation: 'getAssignableAgents', inboxId: byId(website), limit: 1 })).toHaveLength(1);
	});

	describe('inboxMember', () => {
		const users = () => h.fake.seeded!.users;

		it('add: POST inbox_id and user_ids; the members come back', async () => {
			const items = await h.run({ resource: 'inboxMember', operation: 'add', inboxId: byId(apiInbox), userIds: [String(users().bob)] });
			expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().bob] } });
			expect(inbox(apiInbox).member_ids).toContain(users().bob);
			expect(jsonOf(items).map((a) => a.id)).toEqual(inbox(apiInbox).member_ids);
		});

		it('getAll: GET /inbox_members/{inbox}; Limit slices', async () => {
			const items = await h.run({ resource: 'inboxMember', operation: 'getAll', inboxId: byId(apiInbox), returnAll: true });
			expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/inbox_members/${apiInbox}`, query: {} });
			expect(jsonOf(items).map((a) => a.id)).toEqual(inbox(apiInbox).member_ids);
			h.fake.clearLog();
			expect(await h.run({ resource: 'inboxMember', operation: 'getAll', inboxId: byId(apiInbox), limit: 1 })).toHaveLength(1);
		});

		it('update: PATCH sets exactly these agents', async () => {
			const items = await h.run({ resource: 'inboxMember', operation: 'update', inboxId: byId(apiInbox), userIds: [String(users().alice), String(users().carol)] });
			expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().alice, users().carol] } });
			expect(inbox(apiInbox).member_ids).toEqual([users().alice, users().carol]);
			expect(jsonOf(items).map((a) => a.id)).toEqual([users().alice, users().carol]);
		});

		it('remove: DELETE with the body', async () => {
			const items = await h.run({ resource: 'inboxMember', operation: 'remove', inboxId: byId(apiInbox), userIds: [String(users().carol)] });
			expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/inbox_members`, query: {}, body: { inbox_id: apiInbox, user_ids: [users().carol] } });
			expect(inbox(apiInbox).member_ids).toEqual([users().alice]);
			expect(jsonOf(items)).toEqual([{ success: true }]);
		});

		it('refuses bad agents and inbox', async () => {
			await h.refused({ resource: 'inboxMember', operation: 'add', inboxId: byId(apiInbox), userIds: ['1', 'two'] }, 'Agents');
			await h.refused({ resource: 'inboxMember', operation: 'add', userIds: ['1'] }, 'Inbox');
		});

		it('API error: an unknown agent gives 404', async () => {
			await h.apiError({ resource: 'inboxMember', operation: 'add', inboxId: byId(apiInbox), userIds: ['9999'] }, 404, 'Resource could not be found');
		});
	});

	it('delete: DELETE the inbox', async () => {
		const items = await h.run({ resource: 'inbox', operation: 'delete', inboxId: byId(apiInbox) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/inboxes/${apiInbox}`, query: {} });
		expect(inboxes().some((i) => i.id === apiInbox)).toBe(false);
		expect(items).toHaveLength(1);
	});

	it('API error: the deleted inbox is gone', async () => {
		await h.apiError({ resource: 'inbox', operation: 'get', inboxId: byId(apiInbox) }, 404, 'Resource could not be found');
	});
});
