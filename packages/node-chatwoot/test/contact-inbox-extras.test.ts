/**
 * Contact → Find by Inbox Source ID and Get Attachments, Inbox → Get Campaigns and Get Health,
 * Profile → Set Availability. Routes the spec lacks; the fake serves them as Chatwoot's controllers
 * do. Inferred there and read tolerantly here: the filter's `{payload: contact}` envelope (the node
 * unwraps a payload, or takes a bare contact), the inbox campaigns' bare array and the health
 * fields (passed on as they come).
 */
import { NodeApiError } from 'n8n-workflow';
import type { INodeExecutionData } from 'n8n-workflow';
import { chatwootViews, prepareBinaryData } from '@leadchat/testkit';
import type { MultipartBody } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const contactOp = resourceOp('contact');
const inboxOp = resourceOp('inbox');
const { attachmentView, campaignView, contactView, userView } = chatwootViews;

describe('contact: find by inbox source ID', () => {
	it('POSTs inbox_id and source_id; returns the contact', async () => {
		const api = h.fake.seeded!.inboxes.api;
		const contact = h.fake.addContact({ name: 'Sourced', inboxId: api, sourceId: 'ext-4711' });
		h.fake.clearLog();
		const out = await h.run(contactOp('findBySourceId', { inboxId: byId(api), sourceId: 'ext-4711' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contact_inboxes/filter`, query: {}, body: { inbox_id: api, source_id: 'ext-4711' } }]);
		expect(jsonOf(out)).toEqual([contactView(h.fake.state, contact, { withContactInboxes: true })]);
	});

	it('no contact with that source ID: the 404 as the API error', async () => {
		const error = await h.runError(contactOp('findBySourceId', { inboxId: byId(h.fake.seeded!.inboxes.api), sourceId: 'nobody' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses a blank source ID before any request', async () => {
		await h.refused(contactOp('findBySourceId', { inboxId: byId(h.fake.seeded!.inboxes.api), sourceId: ' ' }), 'Source ID', /required/);
	});
});

describe('contact: get attachments', () => {
	it('lists the files of the contact’s conversations, newest first', async () => {
		const conversation = h.newConversation();
		h.fake.addMessage(conversation, { attachments: [{ filename: 'a.png', content_type: 'image/png' }], created_at: 100 });
		h.fake.addMessage(conversation, { attachments: [{ filename: 'b.pdf', content_type: 'application/pdf' }], created_at: 200 });
		h.fake.clearLog();
		const out = await h.run(contactOp('getAttachments', { contactId: byId(conversation.contact_id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/${conversation.contact_id}/attachments`, query: { page: '1' } }]);
		const files = h.fake.state.messagesOf(conversation).flatMap((m) => m.attachments);
		expect(files).toHaveLength(2);
		expect(jsonOf(out)).toEqual([...files].reverse().map((a) => attachmentView(h.fake.state, a)));
	});

	it('a missing contact: the API error with Chatwoot’s message', async () => {
		await h.apiError(contactOp('getAttachments', { contactId: byId(987654), returnAll: true }), 404, 'Resource could not be found');
	});
});

describe('inbox: campaigns and health', () => {
	it('getCampaigns: the campaigns of the inbox only', async () => {
		const { website, api } = h.fake.seeded!.inboxes;
		await h.run({ resource: 'campaign', operation: 'create', title: 'On site', inboxId: byId(website), message: 'Hi!', additionalFields: {} });
		h.fake.clearLog();
		const out = await h.run(inboxOp('getCampaigns', { inboxId: byId(website), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/inboxes/${website}/campaigns`, query: {} }]);
		const expected = h.fake.state.campaigns.filter((c) => c.inbox_id === website).map((c) => campaignView(h.fake.state, c));
		expect(expected.length).toBeGreaterThan(0);
		expect(jsonOf(out)).toEqual(expected);
		h.fake.clearLog();
		expect(await h.run(inboxOp('getCampaigns', { inboxId: byId(api), returnAll: true }))).toEqual([]);
	});

	it('getHealth: a WhatsApp inbox answers Meta’s status; another inbox is refused with Chatwoot’s message', async () => {
		const wa = h.fake.addInbox({ name: 'WhatsApp Sales', channel_type: 'Channel::Whatsapp', phone_number: '+15550001111' });
		h.fake.clearLog();
		const out = await h.run(inboxOp('getHealth', { inboxId: byId(wa.id) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/inboxes/${wa.id}/health`, query: {} }]);
		expect(jsonOf(out)).toEqual([
			{
				display_phone_number: '+15550001111',
				verified_name: 'WhatsApp Sales',
				name_status: 'APPROVED',
				quality_rating: 'GREEN',
				messaging_limit_tier: 'TIER_1K',
				account_mode: 'LIVE',
				code_verification_status: 'VERIFIED',
				platform_type: 'CLOUD_API',
				throughput: { level: 'STANDARD' },
			},
		]);
		await h.apiError(inboxOp('getHealth', { inboxId: byId(h.fake.seeded!.inboxes.api) }), 400, 'Health data only available for WhatsApp Cloud API channels');
	});
});

describe('profile: set availability', () => {
	it('POSTs the account and availability under profile; the membership changes', async () => {
		const out = await h.run({ resource: 'profile', operation: 'setAvailability', availabilityAccountId: byId(h.fake.accountId), availability: 'busy' });
		expect(h.requests()).toEqual([{ method: 'POST', path: '/api/v1/profile/availability', query: {}, body: { profile: { account_id: h.fake.accountId, availability: 'busy' } } }]);
		const user = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;
		const membership = h.fake.state.accountUsers.find((au) => au.user_id === user.id && au.account_id === h.fake.accountId)!;
		expect(membership.availability).toBe('busy');
		expect(jsonOf(out)).toEqual([userView(h.fake.state, user, h.fake.accountId)]);
	});

	it('an account the user is not in: the API error', async () => {
		await h.apiError({ resource: 'profile', operation: 'setAvailability', availabilityAccountId: byId(987654), availability: 'online' }, 404, 'Resource could not be found');
	});

	it('refuses a missing account before any request', async () => {
		await h.refused({ resource: 'profile', operation: 'setAvailability', availability: 'online' }, 'Account', /required/);
	});
});

describe('contact: export', () => {
	it('POSTs the columns and label; the export is queued for the user of the token', async () => {
		const out = await h.run(contactOp('export', { options: { columns: 'name, email', label: 'vip' } }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/export`, query: {}, body: { column_names: ['name', 'email'], label: 'vip' } }]);
		const user = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;
		expect(h.fake.state.contactExports).toEqual([{ account_id: h.fake.accountId, user_id: user.id, column_names: ['name', 'email'], payload: null, label: 'vip' }]);
		expect(jsonOf(out)).toEqual([{ success: true, exportRequested: true }]);
	});

	it('no options: no body, Chatwoot’s default columns', async () => {
		await h.run(contactOp('export', { options: {} }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/export`, query: {} }]);
		expect(h.fake.state.contactExports.at(-1)).toEqual({ account_id: h.fake.accountId, user_id: expect.any(Number), column_names: null, payload: null, label: null });
	});
});

describe('inbox: sync templates', () => {
	it('a WhatsApp inbox: queued; another inbox: the API error with Chatwoot’s message', async () => {
		const wa = h.fake.addInbox({ name: 'WhatsApp Templates', channel_type: 'Channel::Whatsapp', phone_number: '+15550002222' });
		h.fake.clearLog();
		const out = await h.run(inboxOp('syncTemplates', { inboxId: byId(wa.id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/inboxes/${wa.id}/sync_templates`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ message: 'Template sync initiated successfully' }]);
		await h.apiError(inboxOp('syncTemplates', { inboxId: byId(h.fake.seeded!.inboxes.api) }), 422, 'Template sync is only available for WhatsApp channels');
	});
});

describe('profile: set auto offline', () => {
	it('POSTs the account and the flag under profile; the membership changes', async () => {
		const user = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;
		const membership = h.fake.state.accountUsers.find((au) => au.user_id === user.id && au.account_id === h.fake.accountId)!;
		const out = await h.run({ resource: 'profile', operation: 'setAutoOffline', autoOfflineAccountId: byId(h.fake.accountId), autoOffline: false });
		expect(h.requests()).toEqual([{ method: 'POST', path: '/api/v1/profile/auto_offline', query: {}, body: { profile: { account_id: h.fake.accountId, auto_offline: false } } }]);
		expect(membership.auto_offline).toBe(false);
		expect(jsonOf(out)).toEqual([userView(h.fake.state, user, h.fake.accountId)]);
		h.fake.clearLog();
		await h.run({ resource: 'profile', operation: 'setAutoOffline', autoOfflineAccountId: byId(h.fake.accountId), autoOffline: true });
		expect(membership.auto_offline).toBe(true);
	});

	it('refuses a missing account before any request', async () => {
		await h.refused({ resource: 'profile', operation: 'setAutoOffline', autoOffline: true }, 'Account', /required/);
	});
});

describe('contact: import', () => {
	const csv = 'name,email\nAda,ada@example.com\nBob,bob@example.com\n';

	it('uploads the CSV of the input item as multipart import_file; the import is kept', async () => {
		const items: INodeExecutionData[] = [{ json: {}, binary: { contacts: await prepareBinaryData(Buffer.from(csv), 'people.csv', 'text/csv') } }];
		const out = await h.run(contactOp('import', { binaryPropertyName: 'contacts' }), { items });
		expect(h.fake.requests).toHaveLength(1);
		const request = h.fake.requests[0];
		expect([request.method, request.path]).toEqual(['POST', `${h.A()}/contacts/import`]);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const body = request.body as MultipartBody;
		expect(body.fields).toEqual({});
		expect(body.files.map((f) => [f.field, f.filename, f.contentType, f.data.toString('utf8')])).toEqual([['import_file', 'people.csv', 'text/csv', csv]]);
		expect(h.fake.state.contactImports).toEqual([{ account_id: h.fake.accountId, filename: 'people.csv', content_type: 'text/csv', text: csv }]);
		expect(jsonOf(out)).toEqual([{ success: true, importRequested: true, fileName: 'people.csv' }]);
	});

	it('refuses an input item without that binary property before any request', async () => {
		const items: INodeExecutionData[] = [{ json: {}, binary: { data: await prepareBinaryData(Buffer.from(csv), 'people.csv', 'text/csv') } }];
		await h.refused(contactOp('import', { binaryPropertyName: 'missing' }), 'Input Binary Field', /"missing"/, { items });
	});
});
