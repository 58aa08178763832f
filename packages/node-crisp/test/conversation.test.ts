/**
 * Conversation resource against the fake Crisp: for every operation the exact request Crisp
 * received (method, path, query, body) and the exact items out, bad input refused before any
 * request, Crisp's errors as NodeApiErrors. The fake checks every request against the route table.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp();

const W = () => `/v1/website/${h.fake.websiteId}`;
const C = (sessionId: string) => `${W()}/conversation/${sessionId}`;
const json = <T>(value: T): IDataObject => JSON.parse(JSON.stringify(value)) as IDataObject;
const run = async (operation: string, parameters: Record<string, unknown> = {}) => jsonOf(await h.run({ resource: 'conversation', operation, ...parameters }));
/** A fresh conversation of the first website, with one visitor message. */
const fresh = (meta: IDataObject = {}) => {
	const c = h.fake.addConversation({ meta });
	h.fake.addVisitorMessage(c.session_id, 'Hello');
	h.fake.clearLog();
	return c.session_id;
};
const conversation = (sessionId: string) => h.fake.conversation(sessionId)!;

/** What Crisp serves for the conversation list, page after page (each conversation once). */
async function served(query: Record<string, string | number> = {}): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const res = await h.fake.call('GET', `/website/${h.fake.websiteId}/conversations/${page}`, { query: { per_page: 50, ...query } });
		const data = (res.body as { data: IDataObject[] }).data;
		if (!data.length) return all;
		all.push(...data.filter((c) => !all.some((a) => a.session_id === c.session_id)));
	}
}

describe('conversation: create', () => {
	it('creates a conversation with nothing else: POST /conversation with {} (as Crisp\'s clients send it)', async () => {
		const before = h.fake.site().conversations.size;
		const [out] = await run('create');
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/conversation`, query: {}, body: {} }]);
		expect(h.fake.site().conversations.size).toBe(before + 1);
		expect(out).toEqual({ session_id: expect.stringMatching(/^session_/) });
		expect(conversation(String(out.session_id))).toBeDefined();
	});

	it('creates a conversation from a form: metas, then the visitor’s first message', async () => {
		const [out] = await run('create', {
			metas: {
				nickname: 'Jane Doe',
				email: 'jane@example.com',
				phone: '+33 6 12 34 56 78',
				subject: 'Quote request',
				segments: 'lead, form',
				data: { pairs: [{ key: 'plan', value: 'pro' }] },
			},
			firstMessage: { text: 'I would like a quote for 20 seats.' },
		});
		const id = String(out.session_id);
		const metas = { nickname: 'Jane Doe', email: 'jane@example.com', phone: '+33 6 12 34 56 78', subject: 'Quote request', segments: ['lead', 'form'], data: { plan: 'pro' } };
		const message = { type: 'text', from: 'user', origin: 'chat', content: 'I would like a quote for 20 seats.' };
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/conversation`, query: {}, body: {} },
			{ method: 'PATCH', path: `${C(id)}/meta`, query: {}, body: metas },
			{ method: 'POST', path: `${C(id)}/message`, query: {}, body: message },
		]);
		const [sent] = h.fake.messages(id);
		expect(out).toEqual({ session_id: id, meta: metas, message: { ...message, fingerprint: sent.fingerprint } });
		expect(conversation(id).meta).toMatchObject(metas);
		expect(sent).toMatchObject(message);
	});

	it('sends the first message as an operator note on another origin when asked', async () => {
		const [out] = await run('create', { firstMessage: { text: 'Called the customer', from: 'operator', type: 'note', origin: 'urn:phone' } });
		expect(h.requests()[1]).toEqual({
			method: 'POST',
			path: `${C(String(out.session_id))}/message`,
			query: {},
			body: { type: 'note', from: 'operator', origin: 'urn:phone', content: 'Called the customer' },
		});
	});

	it('refuses first-message options without a text, and a bad email, before any request', async () => {
		await refused(h, { resource: 'conversation', operation: 'create', firstMessage: { from: 'operator' } }, 'First Message → Text', /is required/);
		await refused(h, { resource: 'conversation', operation: 'create', metas: { email: 'jane-at-example' } }, 'Metas → Email', /email address/);
	});

	it('names the created conversation when a later step fails, so a rerun does not create another', async () => {
		h.fake.inject({ status: 400, body: { error: true, reason: 'invalid_data', data: {} } }, { match: { method: 'PATCH' } });
		const error = await h.runError({ resource: 'conversation', operation: 'create', metas: { nickname: 'Jane' } });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('invalid_data');
		const created = h.requests()[0];
		expect(created.method).toBe('POST');
		const id = [...h.fake.site().conversations.keys()].pop();
		expect(error.description).toContain(`The conversation ${id} was created, but setting its metas failed`);
	});
});

describe('conversation: get, exists, delete, initiate', () => {
	it('gets a conversation as Crisp serves it', async () => {
		const id = h.fake.seeded!.longConversation;
		const out = await run('get', { sessionId: byId(id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: C(id), query: {} }]);
		expect(out).toEqual([json(conversation(id))]);
	});

	it("fails with Crisp's not_found for a conversation that does not exist", async () => {
		await apiError(h, { resource: 'conversation', operation: 'get', sessionId: byId('session_00000000-0000-4000-8000-000000000000') }, 404, 'not_found');
	});

	it('refuses a conversation ID that would leave its route', async () => {
		await refused(h, { resource: 'conversation', operation: 'get', sessionId: byId('..') }, 'Conversation');
	});

	it('tells whether a conversation exists with HEAD (404 → false)', async () => {
		const id = fresh();
		expect(await run('exists', { sessionId: byId(id) })).toEqual([{ exists: true }]);
		const missing = 'session_00000000-0000-4000-8000-000000000000';
		expect(await run('exists', { sessionId: byId(missing) })).toEqual([{ exists: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: C(id), query: {} },
			{ method: 'HEAD', path: C(missing), query: {} },
		]);
	});

	it('deletes a conversation', async () => {
		const id = fresh();
		expect(await run('delete', { sessionId: byId(id) })).toEqual([{ success: true, session_id: id, deleted: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: C(id), query: {} }]);
		expect(h.fake.conversation(id, h.fake.websiteId)).toBeUndefined();
	});

	it('initiates a conversation', async () => {
		const id = fresh();
		expect(await run('initiate', { sessionId: byId(id) })).toEqual([{ success: true, session_id: id }]);
		expect(h.requests()).toEqual([{ method: 'POST', path: `${C(id)}/initiate`, query: {}, body: {} }]);
	});
});

describe('conversation: the website and the Conversation locator', () => {
	it('works on the website chosen on the node, not only the credential\'s default', async () => {
		const other = h.fake.seeded!.otherWebsiteId;
		const [id] = [...h.fake.site(other).conversations.keys()];
		const out = await run('get', { websiteId: byId(other), sessionId: byId(id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/v1/website/${other}/conversation/${id}`, query: {} }]);
		expect(out).toEqual([json(h.fake.conversation(id, other))]);
	});

	it("searches conversations for the Conversation locator with Crisp's text search, page by page", async () => {
		const page = await h.listSearch('searchConversations', 'invoice');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/conversations/1`, query: { per_page: '50', search_query: 'invoice', search_type: 'text' } }]);
		h.fake.clearLog();
		const found = (await served({ search_query: 'invoice', search_type: 'text' })).slice(0, 50);
		expect(found.length).toBeGreaterThan(0);
		expect(page.results.map((r) => r.value)).toEqual(found.map((c) => c.session_id));
		// the state as the State dropdown names it, never Crisp's raw value
		const stateName: Record<string, string> = { pending: 'Pending', unresolved: 'Unresolved', resolved: 'Resolved' };
		expect(page.results.map((r) => r.name.split(' · ')[1])).toEqual(found.map((c) => stateName[String(c.state)]));
	});
});

describe('conversation: get many', () => {
	it('returns every conversation Crisp lists, 50 per page, each once', async () => {
		const all = await served();
		h.fake.clearLog();
		const out = await run('getAll', { returnAll: true });
		// Pages of 50 until a short one: the last page tells the list is over.
		const pages = Math.floor(all.length / 50) + 1;
		expect(h.requests()).toEqual(Array.from({ length: pages }, (_, i) => ({ method: 'GET', path: `${W()}/conversations/${i + 1}`, query: { per_page: '50' } })));
		expect(out).toEqual(all);
		expect(out.length).toBeGreaterThan(0);
	});

	it('stops at the limit without asking for another page', async () => {
		const out = await run('getAll', { returnAll: false, limit: 2 });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/conversations/1`, query: { per_page: '50' } }]);
		h.fake.clearLog();
		expect(out).toEqual((await served()).slice(0, 2));
	});

	it('walks a second page when the list is longer than 50, and ends on its short page', async () => {
		for (let i = 0; i < 30; i++) fresh();
		const out = await run('getAll', { returnAll: true, filters: { orderBy: 'created' } });
		expect(h.requests().map((r) => r.path)).toEqual([1, 2].map((n) => `${W()}/conversations/${n}`));
		h.fake.clearLog();
		const all = await served({ order_date_created: 1 });
		expect(all.length).toBeGreaterThan(50);
		expect(out).toEqual(all);
	});

	it('sends every filter as Crisp names it', async () => {
		const { owner } = h.fake.seeded!.operators;
		const { sales } = h.fake.seeded!.inboxes;
		const out = await run('getAll', {
			returnAll: false,
			limit: 5,
			filters: {
				searchText: 'invoice',
				resolution: 'notResolved',
				unread: true,
				mentioned: true,
				assignedTo: owner,
				inboxId: sales,
				dateFrom: '2020-01-01T00:00:00Z',
				dateTo: '2100-01-31T12:30:00+01:00',
				includeEmpty: true,
				orderBy: 'waiting',
			},
		});
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: `${W()}/conversations/1`,
				query: {
					per_page: '50',
					search_type: 'text',
					search_query: 'invoice',
					filter_not_resolved: '1',
					filter_unread: '1',
					filter_mention: '1',
					filter_assigned: owner,
					filter_inbox_id: sales,
					filter_date_start: '2020-01-01T00:00:00.000Z',
					filter_date_end: '2100-01-31T11:30:00.000Z',
					include_empty: '1',
					order_date_waiting: '1',
				},
			},
		]);
		h.fake.clearLog();
		expect(out).toEqual(
			(
				await served({
					search_type: 'text',
					search_query: 'invoice',
					filter_not_resolved: 1,
					filter_unread: 1,
					filter_mention: 1,
					filter_assigned: owner,
					filter_inbox_id: sales,
					filter_date_start: '2020-01-01T00:00:00.000Z',
					filter_date_end: '2100-01-31T11:30:00.000Z',
					include_empty: 1,
					order_date_waiting: 1,
				})
			).slice(0, 5),
		);
	});

	it('searches by segment, or with JSON filters and their combination', async () => {
		await run('getAll', { returnAll: false, limit: 1, filters: { segment: 'vip', resolution: 'resolved', unassigned: true, orderBy: 'updated' } });
		const filter = [{ model: 'session', criterion: 'state', operator: 'eq', query: ['resolved'] }];
		const out = await run('getAll', { returnAll: true, filters: { filter: JSON.stringify(filter), searchOperator: 'or' } });
		expect(h.requests()[0].query).toEqual({ per_page: '50', search_type: 'segment', search_query: 'vip', filter_resolved: '1', filter_unassigned: '1', order_date_updated: '1' });
		expect(h.requests()[1].query).toEqual({ per_page: '50', search_type: 'filter', search_query: JSON.stringify(filter), search_operator: 'or' });
		expect(out.length).toBeGreaterThan(0);
		expect(out.every((c) => c.state === 'resolved')).toBe(true);
	});

	it('refuses two searches at once, Assigned To with Unassigned Only, and filters that are not Crisp filters', async () => {
		const op = { resource: 'conversation', operation: 'getAll', returnAll: true };
		await refused(h, { ...op, filters: { searchText: 'a', segment: 'vip' } }, 'Filters → Segment', /cannot be combined with Search Text/);
		await refused(h, { ...op, filters: { assignedTo: h.fake.seeded!.operators.owner, unassigned: true } }, 'Filters → Unassigned Only');
		await refused(h, { ...op, filters: { filter: '[{"query": ["x"]}]' } }, 'Filters → Filter (JSON)', /item 1 must be an object with "criterion" and "operator"/);
		await refused(h, { ...op, filters: { filter: '{"criterion": "state"}' } }, 'Filters → Filter (JSON)', /JSON array/);
		await refused(h, { ...op, filters: { dateFrom: 'yesterday-ish' } }, 'Filters → From Date');
	});
});

describe('conversation: find by email', () => {
	it("returns only the conversations whose visitor email is the address (Crisp's text search also matches messages)", async () => {
		const mine = fresh({ email: 'Sam.Lee@Example.com', nickname: 'Sam' });
		const mentions = fresh({ email: 'other@example.com' });
		h.fake.addVisitorMessage(mentions, 'my colleague is sam.lee@example.com');
		const similar = fresh({ email: 'tsam.lee@example.com' });
		h.fake.clearLog();
		const out = await run('findByEmail', { email: 'sam.lee@example.com', returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/conversations/1`, query: { per_page: '50', search_type: 'text', search_query: 'sam.lee@example.com' } },
		]);
		expect(out).toEqual([json(conversation(mine))]);
		expect(out.map((c) => c.session_id)).not.toContain(similar);
	});

	it('includes conversations without messages when asked, and stops at the limit', async () => {
		const empty = h.fake.addConversation({ meta: { email: 'nomsg@example.com' } }).session_id;
		const other = fresh({ email: 'nomsg@example.com' });
		h.fake.clearLog();
		expect(await run('findByEmail', { email: 'nomsg@example.com', returnAll: true })).toEqual([json(conversation(other))]);
		const out = await run('findByEmail', { email: 'nomsg@example.com', includeEmpty: true, returnAll: false, limit: 5 });
		expect(h.requests()[1].query).toEqual({ per_page: '50', search_type: 'text', search_query: 'nomsg@example.com', include_empty: '1' });
		expect(out.map((c) => c.session_id).sort()).toEqual([empty, other].sort());
		h.fake.clearLog();
		expect(await run('findByEmail', { email: 'nomsg@example.com', includeEmpty: true, returnAll: false, limit: 1 })).toHaveLength(1);
		expect(h.requests()).toHaveLength(1);
	});

	it('refuses a text that is not an email address', async () => {
		await refused(h, { resource: 'conversation', operation: 'findByEmail', email: 'sam', returnAll: true }, 'Email', /email address/);
	});
});

describe('conversation: state, metas, routing, inbox', () => {
	it('gets and sets the state', async () => {
		const id = fresh();
		expect(await run('setState', { sessionId: byId(id), state: 'resolved' })).toEqual([{ success: true, session_id: id, state: 'resolved' }]);
		expect(await run('getState', { sessionId: byId(id) })).toEqual([{ session_id: id, state: 'resolved' }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/state`, query: {}, body: { state: 'resolved' } },
			{ method: 'GET', path: `${C(id)}/state`, query: {} },
		]);
		expect(conversation(id).state).toBe('resolved');
	});

	it('refuses a state Crisp does not have', async () => {
		await refused(h, { resource: 'conversation', operation: 'setState', sessionId: byId(fresh()), state: 'closed' }, 'State', /pending, unresolved, resolved/);
	});

	it('gets and updates the metas (only the fields set)', async () => {
		const id = fresh({ nickname: 'Old', data: { tier: 'free' } });
		const out = await run('updateMetas', {
			sessionId: byId(id),
			metas: { nickname: 'New Name', address: '1 Main St', avatar: 'https://cdn.example.com/a.png', ip: '10.0.0.1', origin: 'urn:form', data: { pairs: [{ key: 'plan', value: 'pro' }] } },
		});
		const body = { nickname: 'New Name', address: '1 Main St', avatar: 'https://cdn.example.com/a.png', ip: '10.0.0.1', origin: 'urn:form', data: { plan: 'pro' } };
		expect(out).toEqual([{ success: true, session_id: id, meta: body }]);
		const [got] = await run('getMetas', { sessionId: byId(id) });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/meta`, query: {}, body },
			{ method: 'GET', path: `${C(id)}/meta`, query: {} },
		]);
		expect(got).toEqual({ session_id: id, ...json(conversation(id).meta) });
		expect(got.data).toEqual({ tier: 'free', plan: 'pro' });
	});

	it('refuses an update with nothing to change, and a bad avatar URL', async () => {
		const op = { resource: 'conversation', operation: 'updateMetas', sessionId: byId(fresh()) };
		await refused(h, { ...op, metas: {} }, 'Update Fields', /needs at least one field/);
		await refused(h, { ...op, metas: { data: { pairs: [] } } }, 'Update Fields', /needs at least one field/);
		await refused(h, { ...op, metas: { avatar: 'not a url' } }, 'Update Fields → Avatar URL');
	});

	it('assigns to an operator (silently), reads the assignment, and unassigns', async () => {
		const id = fresh();
		const { member } = h.fake.seeded!.operators;
		expect(await run('assign', { sessionId: byId(id), assignTo: 'operator', userId: member, silent: true })).toEqual([{ success: true, session_id: id, assigned: { user_id: member } }]);
		expect(await run('getRouting', { sessionId: byId(id) })).toEqual([{ session_id: id, assigned: { user_id: member } }]);
		expect(await run('assign', { sessionId: byId(id), assignTo: 'nobody' })).toEqual([{ success: true, session_id: id, assigned: null }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/routing`, query: {}, body: { assigned: { user_id: member }, silent: true } },
			{ method: 'GET', path: `${C(id)}/routing`, query: {} },
			{ method: 'PATCH', path: `${C(id)}/routing`, query: {}, body: { assigned: null, silent: false } },
		]);
		expect(conversation(id).assigned).toBeUndefined();
	});

	it('refuses an assignment without an operator', async () => {
		await refused(h, { resource: 'conversation', operation: 'assign', sessionId: byId(fresh()), assignTo: 'operator' }, 'Operator', /is required/);
	});

	it('moves a conversation to an inbox and out of it', async () => {
		const id = fresh();
		const { support } = h.fake.seeded!.inboxes;
		expect(await run('setInbox', { sessionId: byId(id), moveTo: 'inbox', inboxId: support })).toEqual([{ success: true, session_id: id, inbox_id: support }]);
		expect(conversation(id).inbox_id).toBe(support);
		expect(await run('setInbox', { sessionId: byId(id), moveTo: 'none' })).toEqual([{ success: true, session_id: id, inbox_id: null }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/inbox`, query: {}, body: { inbox_id: support } },
			{ method: 'PATCH', path: `${C(id)}/inbox`, query: {}, body: { inbox_id: null } },
		]);
		expect(conversation(id).inbox_id).toBeNull();
		await refused(h, { resource: 'conversation', operation: 'setInbox', sessionId: byId(id), moveTo: 'inbox' }, 'Inbox', /is required/);
	});

	it('lists the inboxes for the Inbox dropdown', async () => {
		const options = await h.loadOptions('getInboxes');
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/inboxes/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/inboxes/list/2`, query: {} },
		]);
		const inboxes = [...h.fake.site().inboxes.values()];
		expect(options.map((o) => o.value).sort()).toEqual(inboxes.map((i) => i.inbox_id).sort());
		for (const i of inboxes) expect(options).toContainEqual({ name: [i.emoji, i.name].filter(Boolean).join(' '), value: i.inbox_id });
	});
});

describe('conversation: block, verification, participants, unread, open', () => {
	it('blocks, reads the block status, and unblocks', async () => {
		const id = fresh();
		expect(await run('setBlock', { sessionId: byId(id), block: 'block' })).toEqual([{ success: true, session_id: id, blocked: true }]);
		expect(await run('getBlock', { sessionId: byId(id) })).toEqual([{ session_id: id, blocked: true }]);
		expect(await run('setBlock', { sessionId: byId(id), block: 'unblock' })).toEqual([{ success: true, session_id: id, blocked: false }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/block`, query: {}, body: { blocked: true } },
			{ method: 'GET', path: `${C(id)}/block`, query: {} },
			{ method: 'PATCH', path: `${C(id)}/block`, query: {}, body: { blocked: false } },
		]);
		expect(conversation(id).is_blocked).toBe(false);
	});

	it('marks verified, reads the verification, and asks for and redeems an identity link', async () => {
		const id = fresh();
		expect(await run('setVerify', { sessionId: byId(id), verified: 'verified' })).toEqual([{ success: true, session_id: id, verified: true }]);
		expect(await run('setVerify', { sessionId: byId(id), verified: 'unverified' })).toEqual([{ success: true, session_id: id, verified: false }]);
		expect(await run('requestIdentityVerification', { sessionId: byId(id), identity: 'email', recipient: 'jane@example.com' })).toEqual([
			{ success: true, session_id: id, identity: 'email', recipient: 'jane@example.com' },
		]);
		expect(await run('requestIdentityVerification', { sessionId: byId(id), identity: 'phone' })).toEqual([{ success: true, session_id: id, identity: 'phone' }]);
		expect(await run('redeemIdentityVerification', { sessionId: byId(id), identity: 'phone', token: 'abc123', recipient: '+33612345678' })).toEqual([
			{ success: true, session_id: id, identity: 'phone', recipient: '+33612345678', verified: true },
		]);
		const [status] = await run('getVerify', { sessionId: byId(id) });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/verify`, query: {}, body: { verified: true } },
			{ method: 'PATCH', path: `${C(id)}/verify`, query: {}, body: { verified: false } },
			{ method: 'POST', path: `${C(id)}/verify/identity`, query: {}, body: { identity: 'email', recipient: 'jane@example.com' } },
			{ method: 'POST', path: `${C(id)}/verify/identity`, query: {}, body: { identity: 'phone' } },
			{ method: 'PUT', path: `${C(id)}/verify/identity/link`, query: {}, body: { identity: 'phone', token: 'abc123', recipient: '+33612345678' } },
			{ method: 'GET', path: `${C(id)}/verify`, query: {} },
		]);
		expect(status).toEqual({ session_id: id, verified: true, verifications: json(conversation(id).verifications) });
	});

	it('replaces and reads the participants', async () => {
		const id = fresh();
		const participants = [
			{ type: 'email', target: 'boss@example.com' },
			{ type: 'email', target: 'cc@example.com' },
		];
		expect(await run('setParticipants', { sessionId: byId(id), emails: 'boss@example.com, cc@example.com' })).toEqual([{ success: true, session_id: id, participants }]);
		expect(await run('getParticipants', { sessionId: byId(id) })).toEqual([{ session_id: id, participants }]);
		expect(await run('setParticipants', { sessionId: byId(id), emails: '' })).toEqual([{ success: true, session_id: id, participants: [] }]);
		expect(h.requests()).toEqual([
			{ method: 'PUT', path: `${C(id)}/participants`, query: {}, body: { participants } },
			{ method: 'GET', path: `${C(id)}/participants`, query: {} },
			{ method: 'PUT', path: `${C(id)}/participants`, query: {}, body: { participants: [] } },
		]);
		await refused(h, { resource: 'conversation', operation: 'setParticipants', sessionId: byId(id), emails: 'boss@example.com, nope' }, 'Participant Emails', /"nope", which is not an email address/);
	});

	it('marks unread for the team, and opens and closes', async () => {
		const id = fresh();
		h.fake.store.markRead(h.fake.websiteId, id, 'operator', 'chat');
		expect(await run('markUnread', { sessionId: byId(id), from: 'operator' })).toEqual([{ success: true, session_id: id, unread: 'operator' }]);
		expect(conversation(id).unread.operator).toBe(1);
		expect(await run('setOpen', { sessionId: byId(id), opened: 'opened' })).toEqual([{ success: true, session_id: id, opened: true }]);
		expect(await run('setOpen', { sessionId: byId(id), opened: 'closed' })).toEqual([{ success: true, session_id: id, opened: false }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/unread`, query: {}, body: { from: 'operator' } },
			{ method: 'PATCH', path: `${C(id)}/open`, query: {}, body: { opened: true } },
			{ method: 'PATCH', path: `${C(id)}/open`, query: {}, body: { opened: false } },
		]);
	});
});

describe('conversation: transcript, feedback, purge, reminder, report, tool call', () => {
	it('sends each request as Crisp names it', async () => {
		const id = fresh();
		expect(await run('requestTranscript', { sessionId: byId(id), to: 'user' })).toEqual([{ success: true, session_id: id, to: 'user' }]);
		expect(await run('requestTranscript', { sessionId: byId(id), to: 'operator', email: 'archive@example.com' })).toEqual([
			{ success: true, session_id: id, to: 'operator', email: 'archive@example.com' },
		]);
		expect(await run('requestFeedback', { sessionId: byId(id) })).toEqual([{ success: true, session_id: id }]);
		expect(await run('purgeBinding', { sessionId: byId(id) })).toEqual([{ success: true, session_id: id }]);
		expect(await run('scheduleReminder', { sessionId: byId(id), date: '2030-05-01T09:00:00+02:00', note: 'Call back' })).toEqual([
			{ success: true, session_id: id, date: '2030-05-01T07:00:00.000Z', note: 'Call back' },
		]);
		expect(await run('requestToolCall', { sessionId: byId(id), command: 'summarize', payload: '{"lang": "en"}' })).toEqual([{ success: true, session_id: id, command: 'summarize' }]);
		expect(await run('requestToolCall', { sessionId: byId(id), command: 'ping' })).toEqual([{ success: true, session_id: id, command: 'ping' }]);
		expect(await run('report', { sessionId: byId(id), flag: 'spam' })).toEqual([{ success: true, session_id: id, flag: 'spam' }]);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${C(id)}/transcript`, query: {}, body: { to: 'user' } },
			{ method: 'POST', path: `${C(id)}/transcript`, query: {}, body: { to: 'operator', email: 'archive@example.com' } },
			{ method: 'POST', path: `${C(id)}/feedback`, query: {}, body: {} },
			{ method: 'POST', path: `${C(id)}/purge`, query: {}, body: {} },
			{ method: 'POST', path: `${C(id)}/reminder`, query: {}, body: { date: '2030-05-01T07:00:00.000Z', note: 'Call back' } },
			{ method: 'POST', path: `${C(id)}/tool`, query: {}, body: { command: 'summarize', payload: { lang: 'en' } } },
			{ method: 'POST', path: `${C(id)}/tool`, query: {}, body: { command: 'ping' } },
			{ method: 'POST', path: `${C(id)}/report`, query: {}, body: { flag: 'spam' } },
		]);
	});

	it('refuses a reminder without a date, a transcript to a bad address, a payload that is not an object', async () => {
		const id = fresh();
		await refused(h, { resource: 'conversation', operation: 'scheduleReminder', sessionId: byId(id), note: 'x' }, 'Date', /is required/);
		await refused(h, { resource: 'conversation', operation: 'requestTranscript', sessionId: byId(id), to: 'user', email: 'nope' }, 'Email');
		await refused(h, { resource: 'conversation', operation: 'requestToolCall', sessionId: byId(id), command: 'x', payload: '[1]' }, 'Payload (JSON)', /JSON object/);
	});
});

describe('conversation: pages, events, files, relations', () => {
	it('lists the pages, events and files of a conversation over page numbers', async () => {
		const id = h.fake.seeded!.longConversation;
		const site = h.fake.site();
		for (const kind of ['pages', 'events', 'files'] as const) {
			h.fake.clearLog();
			const operation = { pages: 'getPages', events: 'getEvents', files: 'getFiles' }[kind];
			const out = await run(operation, { sessionId: byId(id), returnAll: true });
			const expected = json(site[kind].get(id) ?? []) as unknown as IDataObject[];
			expect(out).toEqual(expected);
			const pages = expected.length ? 2 : 1;
			expect(h.requests()).toEqual(Array.from({ length: pages }, (_, i) => ({ method: 'GET', path: `${C(id)}/${kind}/${i + 1}`, query: {} })));
		}
	});

	it('reads more than one page, and stops at the limit', async () => {
		const id = fresh();
		const files = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}.pdf`, type: 'application/pdf', url: `https://files.example.com/f${i}.pdf`, fingerprint: i, timestamp: i }));
		h.fake.site().files.set(id, files);
		expect(await run('getFiles', { sessionId: byId(id), returnAll: true })).toEqual(files);
		expect(h.requests().map((r) => r.path)).toEqual([1, 2, 3].map((n) => `${C(id)}/files/${n}`));
		h.fake.clearLog();
		expect(await run('getFiles', { sessionId: byId(id), returnAll: false, limit: 3 })).toEqual(files.slice(0, 3));
		expect(h.requests()).toHaveLength(1);
	});

	it('gets the relations', async () => {
		const id = fresh();
		expect(await run('getRelations', { sessionId: byId(id) })).toEqual([{ session_id: id, conversations: { parent: null, children: [] } }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${C(id)}/relations`, query: {} }]);
	});
});
