/**
 * The fake Chatwoot behaves like the real server (`shared/api/chatwoot.md`): auth failures (§2),
 * envelopes (§4), pagination (§6), error bodies (§7), display ids (§3).
 */
import { chatwootClient, createChatwootFake, type ChatwootApi, type ChatwootFake } from '../../src/fakes/chatwoot';

const A = '/api/v1/accounts/1';

async function startFake(options: Parameters<typeof createChatwootFake>[0] = {}) {
	const fake = createChatwootFake(options);
	const url = await fake.start();
	return { fake, api: chatwootClient(url, fake.tokens.user) };
}

describe('Chatwoot fake: authentication (§2)', () => {
	let fake: ChatwootFake;
	let api: ChatwootApi;
	beforeAll(async () => ({ fake, api } = await startFake()));
	afterAll(() => fake.stop());

	test('no api_access_token header → 401 devise errors array', async () => {
		const r = await api(`${A}/contacts`, { token: null });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
	});

	test('unknown token → 401 Invalid Access Token', async () => {
		const r = await api(`${A}/contacts`, { token: 'nope' });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ error: 'Invalid Access Token' });
	});

	test('both header spellings are accepted (api_access_token and Api-Access-Token)', async () => {
		expect((await api(`${A}/agents`)).status).toBe(200);
		expect((await api(`${A}/agents`, { tokenHeader: 'Api-Access-Token' })).status).toBe(200);
	});

	test('a user who is not a member of the account → 401', async () => {
		const r = await api(`${A}/contacts`, { token: fake.tokens.otherAccountUser });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ error: 'You are not authorized to access this account' });
		expect((await api('/api/v1/accounts/2/contacts', { token: fake.tokens.otherAccountUser })).status).toBe(200);
	});

	test('unknown account → 404 Resource could not be found', async () => {
		const r = await api('/api/v1/accounts/999/contacts');
		expect(r.status).toBe(404);
		expect(r.body).toEqual({ error: 'Resource could not be found' });
	});

	test('agent-bot tokens only reach BOT_ACCESSIBLE_ENDPOINTS', async () => {
		const bot = { token: fake.tokens.agentBot };
		const denied = await api(`${A}/contacts`, bot);
		expect(denied.status).toBe(401);
		expect(denied.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
		expect((await api(`${A}/conversations/3`, bot)).status).toBe(200);
		expect((await api(`${A}/conversations/3/labels`, bot)).status).toBe(200);
		const sent = await api(`${A}/conversations/3/messages`, { ...bot, method: 'POST', body: { content: 'Hi, I am the bot' } });
		expect(sent.status).toBe(200);
		expect(sent.body.sender).toMatchObject({ type: 'agent_bot', name: 'Acme Bot' });
		expect((await api(`${A}/conversations/3/messages`, bot)).status).toBe(401); // messages#index is not bot-accessible
	});

	test('administrator-only actions answer 401 to plain agents (Pundit)', async () => {
		const r = await api(`${A}/webhooks`, { token: fake.tokens.agent });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ error: 'You are not authorized to do this action' });
	});

	test('platform routes need a platform-app token and a permissible object', async () => {
		expect((await api('/platform/api/v1/accounts/1')).status).toBe(401); // user token
		const own = await api('/platform/api/v1/accounts/1', { token: fake.tokens.platform });
		expect(own.status).toBe(200);
		expect(own.body).toMatchObject({ id: 1, name: 'Acme' });
		const foreign = await api('/platform/api/v1/accounts/2', { token: fake.tokens.platform });
		expect(foreign.status).toBe(401);
		expect(foreign.body).toEqual({ error: 'Non permissible resource' });
		expect((await api(`${A}/contacts`, { token: fake.tokens.platform })).body).toEqual({ error: 'Invalid Access Token' });
	});

	test('public client routes need no token, only a valid inbox_identifier', async () => {
		const ok = await api(`/public/api/v1/inboxes/${fake.seeded!.apiInboxIdentifier}`, { token: null });
		expect(ok.status).toBe(200);
		expect(ok.body).toMatchObject({ identifier: fake.seeded!.apiInboxIdentifier, name: 'API Inbox' });
		const missing = await api('/public/api/v1/inboxes/not-an-inbox', { token: null });
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({ error: 'Resource could not be found' });
	});

	test('not found records → 404 Resource could not be found', async () => {
		expect((await api(`${A}/contacts/9999`)).body).toEqual({ error: 'Resource could not be found' });
		expect((await api(`${A}/conversations/9999`)).status).toBe(404);
	});
});

describe('Chatwoot fake: envelopes and shapes (§4)', () => {
	let fake: ChatwootFake;
	let api: ChatwootApi;
	beforeAll(async () => ({ fake, api } = await startFake()));
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	test('bare arrays for agents and teams, {payload} for inboxes and labels', async () => {
		const agents = await api(`${A}/agents`);
		expect(Array.isArray(agents.body)).toBe(true);
		expect(agents.body).toHaveLength(3);
		expect(agents.body[0]).toEqual(
			expect.objectContaining({ id: 1, account_id: 1, role: 'administrator', availability_status: 'online', provider: 'email', available_name: 'Alice Admin' }),
		);
		expect((await api(`${A}/teams`)).body.map((t: { name: string }) => t.name)).toEqual(['sales', 'support']);
		const inboxes = await api(`${A}/inboxes`);
		expect(inboxes.body.payload.map((i: { channel_type: string }) => i.channel_type)).toEqual(['Channel::WebWidget', 'Channel::Api']);
		expect(inboxes.body.payload[1].inbox_identifier).toBe(fake.seeded!.apiInboxIdentifier);
		const labels = await api(`${A}/labels`);
		expect(labels.body.payload[0]).toEqual({ id: 1, title: 'billing', description: 'billing conversations', color: '#2BA1E5', show_on_sidebar: true });
		expect((await api(`${A}/inbox_members/2`)).body.payload).toHaveLength(3);
	});

	test('POST /contacts → {payload:{contact, contact_inbox}}; inbox_id is optional', async () => {
		const bare = await api(`${A}/contacts`, { method: 'POST', body: { name: 'No Inbox', email: 'no.inbox@example.org' } });
		expect(bare.status).toBe(200);
		expect(bare.body.payload.contact).toMatchObject({ name: 'No Inbox', email: 'no.inbox@example.org', contact_inboxes: [] });
		expect(bare.body.payload.contact_inbox).toEqual({ inbox: null, source_id: null });

		const withInbox = await api(`${A}/contacts`, { method: 'POST', body: { name: 'Api Person', inbox_id: 2, source_id: 'ext-42', custom_attributes: { plan: 'pro' } } });
		expect(withInbox.body.payload.contact_inbox.source_id).toBe('ext-42');
		expect(withInbox.body.payload.contact_inbox.inbox).toMatchObject({ id: 2, channel_type: 'Channel::Api' });
		expect(withInbox.body.payload.contact.contact_inboxes).toEqual([{ source_id: 'ext-42', inbox: expect.objectContaining({ id: 2, name: 'API Inbox' }) }]);
	});

	test('PUT and PATCH /contacts/{id} → 200 {payload: contact}, attribute hashes are merged', async () => {
		const put = await api(`${A}/contacts/1`, { method: 'PUT', body: { custom_attributes: { tier: 'gold' }, additional_attributes: { city: 'Rosario' } } });
		expect(put.status).toBe(200);
		expect(put.body.payload).toMatchObject({ id: 1, custom_attributes: { plan: 'enterprise', tier: 'gold' } });
		expect(put.body.payload.additional_attributes).toMatchObject({ city: 'Rosario', country: 'Argentina' });
		const patch = await api(`${A}/contacts/1`, { method: 'PATCH', body: { name: 'Ana S.' } });
		expect(patch.status).toBe(200);
		expect(patch.body.payload.name).toBe('Ana S.');
		expect((await api(`${A}/contacts/1`)).body.payload.name).toBe('Ana S.');
	});

	test('DELETE /contacts/{id} → 200 with an empty body; an online contact → 422', async () => {
		const created = await api(`${A}/contacts`, { method: 'POST', body: { name: 'Temp' } });
		const deleted = await api(`${A}/contacts/${created.body.payload.contact.id}`, { method: 'DELETE' });
		expect(deleted.status).toBe(200);
		expect(deleted.text).toBe('');
		const online = await api(`${A}/contacts/4`, { method: 'DELETE' }); // seeded as online
		expect(online.status).toBe(422);
		expect(online.body).toEqual({ message: 'Dana Silva is Online, please try again later' });
	});

	test('labels POST replaces the whole set (contacts and conversations)', async () => {
		await api(`${A}/conversations/5/labels`, { method: 'POST', body: { labels: ['bug', 'vip'] } });
		const replaced = await api(`${A}/conversations/5/labels`, { method: 'POST', body: { labels: ['lead'] } });
		expect(replaced.body).toEqual({ payload: ['lead'] });
		expect((await api(`${A}/conversations/5/labels`)).body).toEqual({ payload: ['lead'] });
		expect((await api(`${A}/contacts/2/labels`, { method: 'POST', body: { labels: ['vip'] } })).body).toEqual({ payload: ['vip'] });
	});

	test('conversation shape: id = display_id, int timestamps, float updated_at, meta', async () => {
		const r = await api(`${A}/conversations/2`);
		expect(r.status).toBe(200);
		const c = r.body;
		expect(c.id).toBe(2);
		expect(c.account_id).toBe(1);
		expect(typeof c.uuid).toBe('string');
		expect(Number.isInteger(c.created_at)).toBe(true);
		expect(Number.isInteger(c.timestamp)).toBe(true);
		expect(Number.isInteger(c.updated_at)).toBe(false);
		expect(c.meta).toMatchObject({ channel: 'Channel::Api', assignee_type: 'User', assignee: { id: 2, name: 'Bob Agent' }, hmac_verified: false });
		expect(c.meta.sender).toMatchObject({ id: 2, name: 'Bruno Okafor' });
		expect(c.messages).toHaveLength(1);
		expect(c.messages[0].conversation_id).toBe(2);
	});

	test('messages: REST message_type is an integer and conversation_id is the display id', async () => {
		const created = await api(`${A}/conversations/2/messages`, { method: 'POST', body: { content: 'Your order shipped', message_type: 'outgoing', private: false } });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ content: 'Your order shipped', message_type: 1, conversation_id: 2, inbox_id: 2, status: 'sent', private: false });
		expect(created.body.sender).toMatchObject({ id: 1, type: 'user' });
		const incoming = await api(`${A}/conversations/2/messages`, { method: 'POST', body: { content: 'thanks', message_type: 'incoming' } });
		expect(incoming.body.message_type).toBe(0);
	});

	test('multipart attachments[] become message attachments', async () => {
		const form = new FormData();
		form.append('content', 'see attached');
		form.append('attachments[]', new Blob(['%PDF-1.4 fake'], { type: 'application/pdf' }), 'invoice.pdf');
		form.append('attachments[]', new Blob(['png'], { type: 'image/png' }), 'shot.png');
		const r = await api(`${A}/conversations/2/messages`, { method: 'POST', body: form });
		expect(r.status).toBe(200);
		expect(r.body.attachments).toHaveLength(2);
		expect(r.body.attachments[0]).toMatchObject({ file_type: 'file', extension: 'pdf', file_size: 13, message_id: r.body.id });
		expect(r.body.attachments[1].file_type).toBe('image');
		const listed = await api(`${A}/conversations/2/attachments`);
		expect(listed.body.payload.length).toBeGreaterThanOrEqual(2);
	});

	test('PATCH message status is only allowed for API inboxes (403 otherwise)', async () => {
		const conv1 = fake.conversation(1)!; // Website inbox
		const websiteMessage = fake.state.messagesOf(conv1)[0];
		const denied = await api(`${A}/conversations/1/messages/${websiteMessage.id}`, { method: 'PATCH', body: { status: 'read' } });
		expect(denied.status).toBe(403);
		expect(denied.body).toEqual({ error: 'Message status update is only allowed for API inboxes' });
		const apiMessage = fake.state.messagesOf(fake.conversation(2)!)[0];
		const allowed = await api(`${A}/conversations/2/messages/${apiMessage.id}`, { method: 'PATCH', body: { status: 'failed', external_error: 'Number blocked' } });
		expect(allowed.status).toBe(200);
		expect(allowed.body).toMatchObject({ id: apiMessage.id, status: 'failed', content_attributes: { external_error: 'Number blocked' } });
	});

	test('DELETE message soft-deletes it', async () => {
		const message = fake.state.messagesOf(fake.conversation(6)!)[0];
		const r = await api(`${A}/conversations/6/messages/${message.id}`, { method: 'DELETE' });
		expect(r.body).toMatchObject({ id: message.id, content: 'This message was deleted', content_attributes: { deleted: true } });
	});

	test('toggle_status envelope, toggling without status, toggle_priority 200 empty', async () => {
		const resolved = await api(`${A}/conversations/4/toggle_status`, { method: 'POST', body: { status: 'resolved' } });
		expect(resolved.body).toEqual({ meta: {}, payload: { success: true, conversation_id: 4, current_status: 'resolved', snoozed_until: null } });
		const toggled = await api(`${A}/conversations/4/toggle_status`, { method: 'POST', body: {} });
		expect(toggled.body.payload.current_status).toBe('open');
		const priority = await api(`${A}/conversations/4/toggle_priority`, { method: 'POST', body: { priority: 'urgent' } });
		expect(priority.status).toBe(200);
		expect(priority.text).toBe('');
		expect((await api(`${A}/conversations/4`)).body.priority).toBe('urgent');
	});

	test('assignments return the agent; team assignment returns the team', async () => {
		const agent = await api(`${A}/conversations/4/assignments`, { method: 'POST', body: { assignee_id: 3 } });
		expect(agent.body).toMatchObject({ id: 3, name: 'Carol Agent', role: 'agent' });
		const team = await api(`${A}/conversations/4/assignments`, { method: 'POST', body: { team_id: 2 } });
		expect(team.body).toMatchObject({ id: 2, name: 'support' });
		const c = (await api(`${A}/conversations/4`)).body;
		expect(c.meta.assignee.id).toBe(3);
		expect(c.meta.team.id).toBe(2);
	});

	test('webhooks: {payload:{webhooks}} list, {payload:{webhook}} with a secret, flat or wrapped body', async () => {
		const wrapped = await api(`${A}/webhooks`, { method: 'POST', body: { webhook: { url: 'https://example.com/hook-a', subscriptions: ['message_created', 'inbox_created'] } } });
		expect(wrapped.status).toBe(200);
		expect(wrapped.body.payload.webhook).toMatchObject({ url: 'https://example.com/hook-a', account_id: 1, subscriptions: ['message_created', 'inbox_created'] });
		expect(wrapped.body.payload.webhook.secret).toMatch(/^\w{24}$/);
		const flat = await api(`${A}/webhooks`, { method: 'POST', body: { url: 'https://example.com/hook-b', subscriptions: ['contact_created'], name: 'CRM' } });
		expect(flat.body.payload.webhook.name).toBe('CRM');
		const list = await api(`${A}/webhooks`);
		expect(list.body.payload.webhooks.map((w: { url: string }) => w.url)).toEqual(['https://example.com/hook-a', 'https://example.com/hook-b']);
		const id = flat.body.payload.webhook.id;
		const put = await api(`${A}/webhooks/${id}`, { method: 'PUT', body: { webhook: { subscriptions: ['contact_updated'] } } });
		expect(put.body.payload.webhook.subscriptions).toEqual(['contact_updated']);
		const del = await api(`${A}/webhooks/${id}`, { method: 'DELETE' });
		expect(del.status).toBe(200);
		expect(del.text).toBe('');
	});

	test('webhook errors: invalid events and missing params', async () => {
		const bad = await api(`${A}/webhooks`, { method: 'POST', body: { webhook: { url: 'https://example.com/x', subscriptions: [] } } });
		expect(bad.status).toBe(422);
		expect(bad.body).toEqual({ message: 'Subscriptions Invalid events', attributes: ['subscriptions'] });
		const missing = await api(`${A}/webhooks`, { method: 'POST', body: {} });
		expect(missing.status).toBe(422);
		expect(missing.body).toEqual({ error: 'param is missing or the value is empty: webhook' });
	});

	test('search without q → 422', async () => {
		const r = await api(`${A}/contacts/search`);
		expect(r.status).toBe(422);
		expect(r.body).toEqual({ error: 'Specify search string with parameter q' });
	});

	test('contact notes (code-confirmed routes)', async () => {
		const created = await api(`${A}/contacts/5/notes`, { method: 'POST', body: { content: 'Prefers email' } });
		expect(created.body).toMatchObject({ content: 'Prefers email', contact_id: 5, account_id: 1, user: { id: 1 } });
		const updated = await api(`${A}/contacts/5/notes/${created.body.id}`, { method: 'PATCH', body: { note: { content: 'Prefers phone' } } });
		expect(updated.body.content).toBe('Prefers phone');
		expect((await api(`${A}/contacts/5/notes`)).body).toHaveLength(1);
		expect((await api(`${A}/contacts/5/notes/${created.body.id}`, { method: 'DELETE' })).status).toBe(200);
	});

	test('seeded notifications and CSAT responses; code-confirmed tables are per fake', async () => {
		const alice = fake.seeded!.users.alice;
		expect(fake.state.notifications).toHaveLength(20);
		expect(fake.state.notifications.every((n) => n.user_id === alice && n.account_id === 1)).toBe(true);
		expect(fake.state.notifications.filter((n) => n.read_at !== null)).toHaveLength(7);
		const unread = await api(`${A}/notifications/unread_count`);
		expect(unread.body).toBe(13);
		expect(fake.state.csatResponses.map((r) => r.rating)).toEqual(Array.from({ length: 30 }, (_, k) => (k % 5) + 1));
		const empty = createChatwootFake({ seed: false });
		expect([empty.state.notifications, empty.state.csatResponses, empty.state.macros, empty.state.campaigns, empty.state.dashboardApps]).toEqual([[], [], [], [], []]);
		expect(empty.state.participants).not.toBe(fake.state.participants);
	});

	test('GET /contacts/active lists online contacts with the list envelope', async () => {
		const r = await api(`${A}/contacts/active`);
		expect(r.body.meta).toEqual({ count: 2, current_page: 1 });
		expect(r.body.payload.every((c: { availability_status: string }) => c.availability_status === 'online')).toBe(true);
	});
});

describe('Chatwoot fake: display ids and validation (§3, §7)', () => {
	let fake: ChatwootFake;
	let api: ChatwootApi;
	beforeAll(async () => ({ fake, api } = await startFake()));
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	test('display_id is a per-account counter', async () => {
		const one = await api(`${A}/conversations`, { method: 'POST', body: { inbox_id: 2, contact_id: 2, message: { content: 'Opening a ticket' } } });
		expect(one.status).toBe(200);
		expect(one.body.id).toBe(61);
		expect(one.body.messages[0]).toMatchObject({ content: 'Opening a ticket', message_type: 1 });
		const other = await api('/api/v1/accounts/2/conversations', { method: 'POST', token: fake.tokens.otherAccountUser, body: { inbox_id: 3, contact_id: 43 } });
		expect(other.status).toBe(200);
		expect(other.body.id).toBe(3);
		const bySource = await api(`${A}/conversations`, { method: 'POST', body: { source_id: one.body.messages[0].conversation.contact_inbox.source_id } });
		expect(bySource.body.id).toBe(62);
		expect(fake.state.account(1)!.last_display_id).toBe(62);
	});

	test('duplicate email / identifier / phone and bad phone → 422 {message, attributes}', async () => {
		const email = await api(`${A}/contacts`, { method: 'POST', body: { name: 'Dup', email: 'ANA.SILVA@example.com' } });
		expect(email.status).toBe(422);
		expect(email.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
		const several = await api(`${A}/contacts`, { method: 'POST', body: { name: 'Dup', identifier: 'crm-1000', phone_number: '+15550100001' } });
		expect(several.body).toEqual({ message: 'Identifier has already been taken, Phone number has already been taken', attributes: ['identifier', 'phone_number'] });
		const phone = await api(`${A}/contacts`, { method: 'POST', body: { name: 'Bad', phone_number: '12345' } });
		expect(phone.body).toEqual({ message: 'Phone number should be in e164 format', attributes: ['phone_number'] });
		const update = await api(`${A}/contacts/2`, { method: 'PUT', body: { email: 'ana.silva@example.com' } });
		expect(update.status).toBe(422);
		// The same values are fine in another account.
		const other = await api('/api/v1/accounts/2/contacts', { method: 'POST', token: fake.tokens.otherAccountUser, body: { name: 'Ana', email: 'ana.silva@example.com' } });
		expect(other.status).toBe(200);
	});
});

describe('Chatwoot fake: pagination (§6)', () => {
	let fake: ChatwootFake;
	let api: ChatwootApi;
	beforeAll(async () => ({ fake, api } = await startFake()));
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	test('contacts: 15 per page, meta.count is the total, past the end is empty', async () => {
		const pages = await Promise.all([1, 2, 3, 4].map((page) => api(`${A}/contacts?page=${page}`)));
		expect(pages.map((p) => p.body.payload.length)).toEqual([15, 15, 10, 0]);
		expect(pages.map((p) => p.body.meta)).toEqual([1, 2, 3, 4].map((page) => ({ count: 40, current_page: page })));
		const ids = pages.flatMap((p) => p.body.payload.map((c: { id: number }) => c.id));
		expect(new Set(ids).size).toBe(40);
		const sorted = await api(`${A}/contacts?sort=name&include_contact_inboxes=false`);
		expect(sorted.body.payload[0].name).toBe('Ana Kowalski');
		expect(sorted.body.payload[0].contact_inboxes).toBeUndefined();
	});

	test('contacts search: count = rows on the page, has_more, no total', async () => {
		const first = await api(`${A}/contacts/search?q=example.com`);
		expect(first.body.meta).toEqual({ count: 15, current_page: 1, has_more: true });
		const last = await api(`${A}/contacts/search?q=example.com&page=3`);
		expect(last.body.meta).toEqual({ count: 5, current_page: 3, has_more: false });
		const phone = await api(`${A}/contacts/search?q=${encodeURIComponent('+15550100007')}`);
		expect(phone.body.payload.map((c: { id: number }) => c.id)).toEqual([8]);
	});

	test('contacts filter uses the list envelope', async () => {
		const r = await api(`${A}/contacts/filter`, {
			method: 'POST',
			body: { payload: [{ attribute_key: 'country_code', filter_operator: 'equal_to', values: ['AR'], query_operator: null }] },
		});
		expect(r.body.meta).toEqual({ count: 8, current_page: 1 });
	});

	test('conversations: 25 per page, counts per assignee filter, default status open', async () => {
		const p1 = await api(`${A}/conversations`);
		expect(p1.body.data.meta).toEqual({ mine_count: 10, assigned_count: 30, unassigned_count: 5, all_count: 35 });
		expect(p1.body.data.payload).toHaveLength(25);
		expect(p1.body.data.payload.every((c: { status: string }) => c.status === 'open')).toBe(true);
		const p2 = await api(`${A}/conversations?page=2`);
		expect(p2.body.data.payload).toHaveLength(10);
		expect((await api(`${A}/conversations?page=3`)).body.data.payload).toHaveLength(0);

		const all = await api(`${A}/conversations?status=all&page=3`);
		expect(all.body.data.meta.all_count).toBe(60);
		expect(all.body.data.payload).toHaveLength(10);

		const mine = await api(`${A}/conversations?assignee_type=me`);
		expect(mine.body.data.payload).toHaveLength(mine.body.data.meta.mine_count);
		expect(mine.body.data.payload.every((c: { meta: { assignee: { id: number } } }) => c.meta.assignee.id === 1)).toBe(true);
		const unassigned = await api(`${A}/conversations?assignee_type=unassigned&status=all`);
		expect(unassigned.body.data.payload).toHaveLength(15);

		const sortedDesc = p1.body.data.payload.map((c: { last_activity_at: number }) => c.last_activity_at);
		expect([...sortedDesc].sort((a, b) => b - a)).toEqual(sortedDesc);
		const byCreated = await api(`${A}/conversations?status=all&sort_by=created_at_asc`);
		expect(byCreated.body.data.payload[0].id).toBe(1);
	});

	test('conversations filters: inbox_id, team_id, labels[], q', async () => {
		const inbox = await api(`${A}/conversations?status=all&inbox_id=2`);
		expect(inbox.body.data.payload.every((c: { inbox_id: number }) => c.inbox_id === 2)).toBe(true);
		expect(inbox.body.data.meta.all_count).toBe(30);
		const team = await api(`${A}/conversations?status=all&team_id=1`);
		expect(team.body.data.meta.all_count).toBe(20);
		const labels = await api(`${A}/conversations?status=all&labels[]=bug&labels[]=lead`);
		expect(labels.body.data.payload.every((c: { labels: string[] }) => c.labels.includes('bug') || c.labels.includes('lead'))).toBe(true);
		expect(labels.body.data.meta.all_count).toBeGreaterThan(0);
		// `q` is a substring match (ILIKE) on the contact's name/email/phone/identifier and message content.
		const q = await api(`${A}/conversations?status=all&q=${encodeURIComponent('Bruno Okafor')}`);
		expect(q.body.data.payload.map((c: { id: number }) => c.id).sort()).toEqual([2, 42]);
		const meta = await api(`${A}/conversations/meta?status=all`);
		expect(meta.body).toEqual({ meta: { mine_count: 15, assigned_count: 45, unassigned_count: 15, all_count: 60 } });
	});

	test('conversation filter: no assigned_count in meta', async () => {
		const r = await api(`${A}/conversations/filter`, {
			method: 'POST',
			body: { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'], query_operator: null }] },
		});
		expect(Object.keys(r.body.meta).sort()).toEqual(['all_count', 'mine_count', 'unassigned_count']);
		expect(r.body.meta.all_count).toBe(15);
	});

	test('agents only see conversations of their inboxes', async () => {
		const carol = fake.state.users.find((u) => u.name === 'Carol Agent')!;
		const r = await api(`${A}/conversations?status=all`, { token: carol.access_token });
		expect(r.body.data.payload.every((c: { inbox_id: number }) => c.inbox_id === 2)).toBe(true);
	});

	test('messages: latest 20 oldest-first, before=20 older, after=up to 100', async () => {
		const all = fake.state.messagesOf(fake.conversation(1)!).map((m) => m.id);
		expect(all.length).toBeGreaterThanOrEqual(130);
		const latest = await api(`${A}/conversations/1/messages`);
		const latestIds = latest.body.payload.map((m: { id: number }) => m.id);
		expect(latestIds).toEqual(all.slice(-20));
		expect(latest.body.meta).toMatchObject({ labels: ['billing'], contact: { id: 1, type: 'contact' }, assignee: { id: 1 } });

		const older = await api(`${A}/conversations/1/messages?before=${latestIds[0]}`);
		expect(older.body.payload.map((m: { id: number }) => m.id)).toEqual(all.slice(-40, -20));

		const after = await api(`${A}/conversations/1/messages?after=${all[0]}`);
		expect(after.body.payload.map((m: { id: number }) => m.id)).toEqual(all.slice(1, 101));

		// With both, `after` is inclusive (upstream messages_between: id >= after AND id < before).
		const between = await api(`${A}/conversations/1/messages?after=${all[4]}&before=${all[10]}`);
		expect(between.body.payload.map((m: { id: number }) => m.id)).toEqual(all.slice(4, 10));

		// Walking back with `before` until a short page collects everything.
		const walked: number[] = [...latestIds];
		let cursor = latestIds[0];
		for (;;) {
			const page = await api(`${A}/conversations/1/messages?before=${cursor}`);
			const ids = page.body.payload.map((m: { id: number }) => m.id);
			walked.unshift(...ids);
			if (ids.length < 20) break;
			cursor = ids[0];
		}
		expect(walked).toEqual(all);
	});

	test('message finder page sizes by params: 20 (none, before), 100 (after), 1000 (after + before, after inclusive)', async () => {
		const contact = fake.addContact({ name: 'Finder', inboxId: 1 });
		const conversation = fake.addConversation({ contactId: contact.id, inboxId: 1 });
		const other = fake.addConversation({ contactId: contact.id, inboxId: 1 });
		for (let i = 0; i < 1200; i++) {
			fake.addMessage(conversation, { content: `m${i}` });
			fake.addMessage(other, { content: `o${i}` });
		}
		const all = fake.state.messagesOf(conversation).map((m) => m.id);
		const ids = async (query: string) => (await api(`${A}/conversations/${conversation.display_id}/messages${query}`)).body.payload.map((m: { id: number }) => m.id);
		expect(await ids('')).toEqual(all.slice(-20));
		expect(await ids(`?before=${all[500]}`)).toEqual(all.slice(480, 500));
		expect(await ids(`?after=${all[500]}`)).toEqual(all.slice(501, 601));
		expect(await ids(`?after=0&before=${Number.MAX_SAFE_INTEGER}`)).toEqual(all.slice(0, 1000));
		// Inferred: the fake dates messages by its clock and numbers them in order, so created_at order
		// (the finder's ORDER BY) and id order (its bounds) agree, as for messages Chatwoot creates.
	});

	test('unpaginated lists return everything', async () => {
		for (let i = 0; i < 4; i++) fake.addContact({ name: `Extra ${i}`, inboxId: 2 });
		expect((await api(`${A}/contacts/1/conversations`)).body.payload.length).toBe(2);
		expect((await api(`${A}/canned_responses`)).body).toHaveLength(3);
		expect((await api(`${A}/custom_attribute_definitions`)).body).toHaveLength(2);
	});
});
