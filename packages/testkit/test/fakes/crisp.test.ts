/**
 * The fake Crisp server behaves as `shared/api/crisp.md` says the live API does. Facts are tagged as
 * in the reference: [C-client] official Node client, [C-go] official Go client, [C-doc] Crisp's
 * docs, [3P] third party, [I] inferred. Where a fact is [I], the fake's behaviour is an option
 * (fixtures.ts) and the test says so: a node must not depend on the exact value.
 */
import fs from 'node:fs';
import path from 'node:path';

import { httpSend } from '../../src/fake-server';
import {
	CRISP_ROUTES,
	ERRORS,
	MESSAGE_BATCH_SIZE,
	OPERATOR_WIRE_FIELDS,
	PER_PAGE,
	createCrispFake,
	crispAuthHeaders,
	sampleCall,
	type Conversation,
	type CrispFake,
	type CrispFakeOptions,
	type Message,
	type PeopleProfile,
} from '../../src/fakes/crisp';

interface Envelope<T = unknown> {
	error: boolean;
	reason: string;
	data: T;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SESSION = /^session_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function data<T>(res: { body: unknown }): T {
	return (res.body as Envelope<T>).data;
}

/** Starts a fake for the enclosing describe; checks for violations after each test unless told not to. */
function serve(set: (fake: CrispFake) => void, opts: CrispFakeOptions = {}, check = true): void {
	let current: CrispFake;
	beforeAll(async () => {
		current = createCrispFake(opts);
		set(current);
		await current.start();
	});
	afterAll(() => current.stop());
	afterEach(() => (check ? current.assertNoViolations() : (current.violations = [])));
}

describe('fake Crisp: authentication [C-client Basic + X-Crisp-Tier]', () => {
	let fake: CrispFake;
	serve((f) => (fake = f));

	const path = () => `${fake.apiUrl}/website/${fake.websiteId}`;

	it('accepts each seeded token with its own tier', async () => {
		for (const tier of ['plugin', 'website', 'user'] as const) {
			const res = await httpSend(path(), { headers: fake.authHeaders(tier) });
			expect(res.status).toBe(200);
			expect(res.body).toEqual({ error: false, reason: 'resolved', data: { website_id: fake.websiteId, name: 'Acme Store', domain: 'acme.example', logo: 'https://acme.example/logo.png' } });
		}
	});

	it('answers 401 invalid_session to a missing or wrong Authorization, a missing, unknown or mismatched tier [3P body; I status]', async () => {
		const token = fake.token('plugin');
		const cases: Array<Record<string, string>> = [
			{ 'X-Crisp-Tier': 'plugin' },
			crispAuthHeaders({ ...token, key: 'f'.repeat(64) }),
			crispAuthHeaders({ ...token, identifier: 'c0ffee00-0000-4000-8000-000000000000' }),
			{ Authorization: crispAuthHeaders(token).Authorization },
			{ ...crispAuthHeaders(token), 'X-Crisp-Tier': 'admin' },
			{ ...crispAuthHeaders(token), 'X-Crisp-Tier': 'website' },
			{ Authorization: `Bearer ${token.key}`, 'X-Crisp-Tier': 'plugin' },
			{ Authorization: `Basic ${Buffer.from(token.identifier + token.key).toString('base64')}`, 'X-Crisp-Tier': 'plugin' },
		];
		for (const headers of cases) {
			const res = await httpSend(path(), { headers });
			expect(res.status).toBe(401);
			expect(res.body).toEqual({ error: true, reason: 'invalid_session', data: {} });
		}
		expect(fake.requests.slice(-cases.length).every((r) => r.status === 401)).toBe(true);
	});

	it('a website token works on its own website only; plugin connect is plugin-tier [C-doc; I 403 not_allowed]', async () => {
		const other = await httpSend(`${fake.apiUrl}/website/${fake.seeded!.otherWebsiteId}`, { headers: fake.authHeaders('website') });
		expect(other.status).toBe(403);
		expect(other.body).toEqual({ error: true, reason: 'not_allowed', data: {} });
		const connect = await fake.call('GET', '/plugin/connect/account', { tier: 'website' });
		expect(connect.status).toBe(403);
		const plugin = await fake.call('GET', '/plugin/connect/account');
		expect(data(plugin)).toEqual({ plugin_id: fake.seeded!.pluginId });
	});

	it('a plugin token works only on websites that installed the plugin [C-doc]', async () => {
		const globex = fake.seeded!.otherWebsiteId;
		expect((await fake.call('GET', `/website/${globex}`)).status).toBe(200);
		fake.store.pluginSubscriptions.delete(`${globex}:${fake.seeded!.pluginId}`);
		const res = await fake.call('GET', `/website/${globex}`);
		expect(res.status).toBe(403);
		expect((await fake.call('GET', `/website/${globex}`, { tier: 'user' })).status).toBe(200);
		fake.seed();
	});

	it('a token can be denied single routes: 403 not_allowed [3P-obs 403; I reason]', async () => {
		fake.store.tokens.push({ tier: 'plugin', identifier: '0f0f0f0f-1111-4222-8333-444444444444', key: 'a'.repeat(64), denied: ['changeConversationState'] });
		const token = fake.store.tokens[fake.store.tokens.length - 1];
		const [c] = fake.site().conversations.values();
		const res = await fake.call('PATCH', `/website/${fake.websiteId}/conversation/${c.session_id}/state`, { token, body: { state: 'resolved' } });
		expect(res).toMatchObject({ status: 403, body: { error: true, reason: 'not_allowed', data: {} } });
		expect((await fake.call('GET', `/website/${fake.websiteId}/conversation/${c.session_id}/state`, { token })).status).toBe(200);
		fake.seed();
	});
});

describe('fake Crisp: envelope, ids and the route table', () => {
	let fake: CrispFake;
	serve((f) => (fake = f));

	it('serves all 229 client methods of crisp-api@11.3.0: 92 GET, 47 POST, 44 PATCH, 10 PUT, 25 DELETE, 11 HEAD [C-client]', () => {
		expect(CRISP_ROUTES).toHaveLength(229);
		const byMethod: Record<string, number> = {};
		for (const r of CRISP_ROUTES) byMethod[r.method] = (byMethod[r.method] ?? 0) + 1;
		expect(byMethod).toEqual({ GET: 92, POST: 47, PATCH: 44, PUT: 10, DELETE: 25, HEAD: 11 });
		expect(CRISP_ROUTES.map((r) => r.n)).toEqual(Array.from({ length: 229 }, (_, i) => i + 1));
	});

	it('matches the official client’s own sources route for route (method, path, method name)', () => {
		const dir = path.join(path.dirname(require.resolve('crisp-api')), '..', 'lib', 'resources');
		const fromClient: string[] = [];
		for (const file of fs.readdirSync(dir).filter((f) => /^[A-Z]\w+\.ts$/.test(f) && f !== 'BaseResource.ts')) {
			const source = fs.readFileSync(path.join(dir, file), 'utf8');
			const call = /this\.crisp\.(get|post|patch|put|delete|head)\(\s*this\.crisp\.prepareRestUrl\(\s*\[([^\]]*)\]/g;
			let m: RegExpExecArray | null;
			while ((m = call.exec(source))) {
				const before = source.slice(0, m.index);
				const name = [...before.matchAll(/^ {2}(\w+)\(/gm)].pop()![1];
				const segments = m[2]
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
					.map((s) => (/^"(.*)"$/.test(s) ? s.slice(1, -1) : `{${s.replace(/^String\((\w+)\)$/, '$1')}}`));
				fromClient.push(`${file.replace('.ts', '')} ${m[1].toUpperCase()} /v1/${segments.join('/')} ${name}`);
			}
		}
		const ours = CRISP_ROUTES.map((r) => `${r.file} ${r.method} ${r.path.replace('{path*}', '{path}')} ${r.client}`);
		expect(fromClient).toHaveLength(229);
		expect([...ours].sort()).toEqual([...fromClient].sort());
	});

	it('every route answers 2xx with {error:false, reason, data} to a valid request on the standard seed, and no violation', async () => {
		const failures: string[] = [];
		for (const spec of CRISP_ROUTES) {
			fake.seed();
			const call = sampleCall(fake, spec);
			const query = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
			const res = await httpSend(`${fake.restHost}${call.path}${query}`, { method: call.method, body: call.body, headers: fake.authHeaders(spec.file === 'PlanSubscription' || spec.client === 'createWebsite' ? 'user' : 'plugin') });
			const logged = fake.lastRequest()!;
			const ok = res.status >= 200 && res.status < 300;
			const envelope = spec.method === 'HEAD' ? res.text === '' : (res.body as Envelope).error === false && typeof (res.body as Envelope).reason === 'string' && (res.body as Envelope).data !== undefined;
			if (!ok || !envelope || !logged.route?.split('|').includes(spec.client) || fake.violations.length) {
				failures.push(`${spec.n} ${spec.client}: ${res.status} ${res.text.slice(0, 120)} ${fake.violations.join('; ')}`);
				fake.violations = [];
			}
		}
		expect(failures).toEqual([]);
		fake.seed();
	});

	it('answers success with reason "listed" for lists [3P] and other reasons for the rest [I: the client ignores them]', async () => {
		const list = await fake.call('GET', `/website/${fake.websiteId}/conversations/1`);
		expect(list.body).toMatchObject({ error: false, reason: 'listed' });
		const one = await fake.call('GET', `/website/${fake.websiteId}/people/stats`);
		expect(one.body).toEqual({ error: false, reason: 'resolved', data: { total: 30 } });
	});

	it('ids have Crisp’s formats: website UUID, session_ + UUID, people UUID, integer fingerprints, ms timestamps [C-doc]', async () => {
		const [c] = data<Conversation[]>(await fake.call('GET', `/website/${fake.websiteId}/conversations/1`));
		expect(fake.websiteId).toMatch(UUID);
		expect(c.session_id).toMatch(SESSION);
		expect(c.created_at).toBeGreaterThan(1_600_000_000_000);
		const messages = data<Message[]>(await fake.call('GET', `/website/${fake.websiteId}/conversation/${c.session_id}/messages`));
		for (const m of messages) {
			expect(Number.isSafeInteger(m.fingerprint)).toBe(true);
			expect(Math.floor(m.fingerprint / 100)).toBe(m.timestamp);
		}
		const [p] = data<PeopleProfile[]>(await fake.call('GET', `/website/${fake.websiteId}/people/profiles/1`));
		expect(p.people_id).toMatch(UUID);
	});

	it('operators are snake_case on the wire [C-go json tags; the Node client’s camelCase types are wrong]', async () => {
		const list = data<Array<{ type: string; details: Record<string, unknown> }>>(await fake.call('GET', `/website/${fake.websiteId}/operators/list`));
		expect(list).toHaveLength(3);
		for (const item of list) {
			expect(item.type).toBe('operator');
			expect(Object.keys(item.details).every((k) => (OPERATOR_WIRE_FIELDS as readonly string[]).includes(k))).toBe(true);
			expect(item.details).toHaveProperty('first_name');
			expect(item.details).not.toHaveProperty('firstName');
		}
		const active = data<Array<Record<string, unknown>>>(await fake.call('GET', `/website/${fake.websiteId}/operators/active`));
		expect(Object.keys(active[0]).sort()).toEqual(['avatar', 'nickname', 'timestamp', 'user_id']);
		expect(active.map((a) => a.user_id)).toEqual([fake.seeded!.operators.owner, fake.seeded!.operators.member, fake.seeded!.operators.away]);
	});

	it('the seed is deterministic: same ids and contents on every seed [no Math.random]', () => {
		const a = createCrispFake({ now: () => 1_780_000_000_000 });
		const b = createCrispFake({ now: () => 1_780_000_000_000 });
		expect(JSON.stringify([...a.site().conversations.values()])).toEqual(JSON.stringify([...b.site().conversations.values()]));
		expect(JSON.stringify([...a.site().people.values()])).toEqual(JSON.stringify([...b.site().people.values()]));
		expect(a.seeded).toEqual(b.seeded);
		expect(a.site().conversations.size).toBe(24);
		expect(a.site(a.seeded!.otherWebsiteId).conversations.size).toBe(6);
		expect(a.site().people.size + a.site(a.seeded!.otherWebsiteId).people.size).toBe(40);
		const types = new Set([...a.store.websites.values()].flatMap((s) => [...s.messages.values()].flat().map((m) => m.type)));
		expect([...types].sort()).toEqual(['animation', 'audio', 'carousel', 'event', 'field', 'file', 'note', 'picker', 'text']);
		expect([...a.site().helpdesk!.locales.keys()]).toEqual(['en', 'es']);
	});
});

describe('fake Crisp: validation against the route table', () => {
	let fake: CrispFake;
	serve((f) => (fake = f), {}, false);

	const w = () => `/website/${fake.websiteId}`;

	it('an unknown path answers 404 not_found and records a violation (third-party catalogues list /people/{id} and /operators) [I body]', async () => {
		for (const p of [`${w()}/people/${fake.site().people.keys().next().value}`, `${w()}/operators`, `${w()}/nothing/here`]) {
			const res = await fake.call('GET', p);
			expect(res.status).toBe(404);
			expect(res.body).toEqual({ error: true, reason: 'not_found', data: {} });
		}
		expect(fake.violations).toHaveLength(3);
		expect(fake.violations[0]).toMatch(/no Crisp route GET \/v1\/website\/.+\/people\//);
		expect(() => fake.assertNoViolations()).toThrow(/3 contract violation/);
	});

	it('a known path with another method answers 405 [3P-obs status; I reason] and records the methods the path serves', async () => {
		const res = await fake.call('GET', `${w()}/people/profile`, { query: { search_text: 'x' } });
		expect(res.status).toBe(405);
		expect(res.body).toEqual({ error: true, reason: 'method_not_allowed', data: {} });
		expect(fake.violations).toEqual([expect.stringContaining('(the path serves POST)')]);
	});

	it('checks path shapes: session_ + UUID, website UUID, page numbers, fingerprints → 400 invalid_data [I]', async () => {
		const [c] = fake.site().conversations.values();
		const bad = [
			`${w()}/conversation/${c.session_id.replace('session_', '')}`,
			`/website/acme/conversations/1`,
			`${w()}/conversations/0`,
			`${w()}/conversation/${c.session_id}/message/abc`,
		];
		for (const p of bad) {
			const res = await fake.call('GET', p);
			expect(res.status).toBe(400);
			expect(res.body).toEqual({ error: true, reason: 'invalid_data', data: {} });
		}
		expect(fake.violations.map((v) => v.replace(/^.*?: /, ''))).toEqual([
			expect.stringContaining('path sessionID: expected "session_" + a UUID'),
			expect.stringContaining('path websiteID: expected a website UUID'),
			expect.stringContaining('path pageNumber: expected a page number'),
			expect.stringContaining('path fingerprint: expected an integer fingerprint'),
		]);
	});

	it('checks query parameters: unknown names, kinds and per_page 20–50 [C-doc] → 400', async () => {
		const queries: Array<Record<string, string | number>> = [{ page: 2 }, { per_page: 19 }, { per_page: 51 }, { filter_unread: 'yes' }, { search_type: 'fuzzy', search_query: 'x' }, { filter_date_start: 'yesterday' }];
		for (const query of queries) {
			const res = await fake.call('GET', `${w()}/conversations/1`, { query });
			expect(res.status).toBe(400);
		}
		expect(fake.violations.map((v) => v.replace(/^.*?: /, ''))).toEqual([
			'unknown query parameter "page" for listConversations',
			'query per_page: must be 20–50, got 19',
			'query per_page: must be 20–50, got 51',
			'query filter_unread: expected 0 or 1, got "yes"',
			'query search_type: expected one of text, segment, filter, got "fuzzy"',
			'query filter_date_start: expected an ISO 8601 date, got "yesterday"',
		]);
	});

	it('checks bodies: unknown and missing fields, wrong types, message contents by type, camelCase operator fields', async () => {
		const [c] = fake.site().conversations.values();
		const send = (body: unknown) => fake.call('POST', `${w()}/conversation/${c.session_id}/message`, { body });
		expect((await send({ type: 'text', from: 'operator', origin: 'chat', content: { text: 'hi' } })).status).toBe(400);
		expect((await send({ type: 'file', from: 'operator', origin: 'chat', content: { url: 'https://x/y.png' } })).status).toBe(400);
		expect((await send({ type: 'video', from: 'operator', origin: 'chat', content: 'x' })).status).toBe(400);
		expect((await send({ type: 'text', from: 'bot', origin: 'chat', content: 'x', color: 'red' })).status).toBe(400);
		expect((await fake.call('POST', `${w()}/operators/email`, { body: { userID: fake.seeded!.operators.owner, subject: 's', message: 'm' } })).status).toBe(400);
		expect((await fake.call('PATCH', `${w()}/conversation/${c.session_id}/state`, { body: { state: 'closed' } })).status).toBe(400);
		expect((await fake.call('GET', `${w()}/conversation/${c.session_id}`, { body: { x: 1 } })).status).toBe(400);
		expect(fake.violations.map((v) => v.replace(/^.*?: /, ''))).toEqual([
			'body.content: expected string, got object',
			'body.content.name: required',
			'body.content.type: required',
			'body.type: expected one of "text", "note", "file", "animation", "audio", "picker", "field", "carousel", "event", got "video"',
			'body.from: expected one of "user", "operator", got "bot"',
			'body.color: unknown field',
			'body.userID: unknown field',
			'body.state: expected one of "pending", "unresolved", "resolved", got "closed"',
			'unexpected request body for GET getConversation',
		]);
	});

	it('accepts the client’s `{}` for a body-less POST and tells shared routes apart by body (batch remove: sessions or people)', async () => {
		expect((await fake.call('POST', `${w()}/conversation`, { body: {} })).status).toBe(200);
		expect((await fake.call('POST', `${w()}/conversation`)).status).toBe(200);
		const [profile] = fake.site().people.values();
		const res = await fake.call('PATCH', `${w()}/batch/remove`, { body: { people: { profiles: [profile.people_id] } } });
		expect(res.status).toBe(200);
		expect(fake.site().people.has(profile.people_id)).toBe(false);
		expect(fake.requestsFor('batchRemovePeople')).toHaveLength(1);
		expect(fake.requestsFor('batchRemoveConversations')).toHaveLength(0);
		expect(fake.violations).toEqual([]);
		fake.seed();
	});

	it('routes two client methods of the same name to their own handlers (plan and plugin listAllActiveSubscriptions)', async () => {
		const plans = data<Array<{ name: string }>>(await fake.call('GET', '/plans/subscription'));
		const plugins = data<Array<{ id: string }>>(await fake.call('GET', '/plugins/subscription'));
		expect(plans.map((p) => p.name)).toEqual(['Unlimited']);
		expect(plugins.map((p) => p.id)).toEqual([fake.seeded!.pluginId, fake.seeded!.pluginId]);
		expect(data(await fake.call('GET', '/plugin/connect/endpoints'))).toEqual({ socket: { app: 'wss://app.relay.crisp.chat/' } });
		expect(fake.violations).toEqual([]);
	});

	it('with strict: false, violations are recorded but the handler answers', async () => {
		const lax = createCrispFake({ strict: false });
		await lax.start();
		try {
			const res = await lax.call('GET', `/website/${lax.websiteId}/conversations/1`, { query: { page: 2 } });
			expect(res.status).toBe(200);
			expect(lax.violations).toEqual([expect.stringContaining('unknown query parameter "page"')]);
		} finally {
			await lax.stop();
		}
	});

	it('answers 404 not_found for unknown websites, sessions, people, messages and operators [I reason]', async () => {
		const missing = '9f1d2c3b-4a5e-4f60-8a7b-0c1d2e3f4a5b';
		const [c] = fake.site().conversations.values();
		const paths = [`/website/${missing}`, `${w()}/conversation/session_${missing}`, `${w()}/people/profile/${missing}`, `${w()}/people/profile/nobody@example.com`, `${w()}/conversation/${c.session_id}/message/123`, `${w()}/operator/${missing}`, `${w()}/inbox/${missing}`];
		for (const p of paths) {
			const res = await fake.call('GET', p);
			expect([p, res.status, res.body]).toEqual([p, 404, { error: true, reason: 'not_found', data: {} }]);
		}
		const head = await fake.call('HEAD', `${w()}/conversation/session_${missing}`);
		expect(head.status).toBe(404);
		expect(head.text).toBe('');
		expect(fake.violations).toEqual([]);
		expect(ERRORS.notFound).toEqual({ status: 404, reason: 'not_found' });
	});
});

describe('fake Crisp: paging and filters', () => {
	let fake: CrispFake;
	serve((f) => (fake = f), { seed: { conversations: 57, people: 61 } });

	const w = () => `/website/${fake.websiteId}`;
	const conversations = async (page: number, query: Record<string, string | number> = {}) => data<Conversation[]>(await fake.call('GET', `${w()}/conversations/${page}`, { query }));
	const people = async (page: number, query: Record<string, string | number> = {}) => data<PeopleProfile[]>(await fake.call('GET', `${w()}/people/profiles/${page}`, { query }));
	const byUpdated = () => [...fake.site().conversations.values()].sort((a, b) => b.updated_at - a.updated_at || (a.session_id < b.session_id ? -1 : 1));

	it('conversations: page number in the path, 1-based, per_page default 20 [C-doc], an empty data past the end [I]', async () => {
		const expected = byUpdated().map((c) => c.session_id);
		const pages = [await conversations(1), await conversations(2), await conversations(3), await conversations(4)];
		expect(pages.map((p) => p.length)).toEqual([20, 20, 17, 0]);
		expect(pages.flat().map((c) => c.session_id)).toEqual(expected);
		const fifty = await conversations(1, { per_page: 50 });
		expect(fifty.map((c) => c.session_id)).toEqual(expected.slice(0, 50));
		expect(PER_PAGE).toEqual({ min: 20, max: 50, default: 20 });
	});

	it('conversations: leaves out empty ones unless include_empty=1 [I]', async () => {
		const created = await fake.call('POST', `${w()}/conversation`);
		const id = data<{ session_id: string }>(created).session_id;
		expect(id).toMatch(SESSION);
		expect((await conversations(1, { per_page: 50 })).map((c) => c.session_id)).not.toContain(id);
		expect((await conversations(1, { per_page: 50, include_empty: 1 })).map((c) => c.session_id)).toContain(id);
		fake.store.removeConversation(fake.websiteId, id);
	});

	it('conversations: state, unread, assignment, inbox and date filters [C-client names; I semantics]', async () => {
		const all = byUpdated();
		const ids = (list: Conversation[]) => list.map((c) => c.session_id);
		const take = async (query: Record<string, string | number>) => ids(await conversations(1, { per_page: 50, ...query }));
		expect(await take({ filter_resolved: 1 })).toEqual(ids(all.filter((c) => c.state === 'resolved')));
		expect(await take({ filter_not_resolved: 1 })).toEqual(ids(all.filter((c) => c.state !== 'resolved')));
		expect(await take({ filter_unread: 1 })).toEqual(ids(all.filter((c) => c.unread.operator > 0)));
		expect(await take({ filter_unassigned: 1 })).toEqual(ids(all.filter((c) => !c.assigned)));
		const member = fake.seeded!.operators.member;
		expect(await take({ filter_assigned: member })).toEqual(ids(all.filter((c) => c.assigned?.user_id === member)));
		const sales = fake.seeded!.inboxes.sales;
		expect(await take({ filter_inbox_id: sales })).toEqual(ids(all.filter((c) => c.inbox_id === sales)));
		const mid = all[Math.floor(all.length / 2)].created_at;
		const from = new Date(mid).toISOString();
		expect(await take({ filter_date_start: from })).toEqual(ids(all.filter((c) => c.created_at >= mid)));
		expect(await take({ filter_date_end: from })).toEqual(ids(all.filter((c) => c.created_at <= mid)));
		expect((await take({ filter_resolved: 1 })).length).toBeGreaterThan(0);
	});

	it('conversations: search by text, segment and filter (and/or), ordering by creation [C-client; I matching]', async () => {
		const all = byUpdated();
		const ids = (list: Conversation[]) => list.map((c) => c.session_id);
		const target = all.find((c) => c.meta.email)!;
		expect(ids(await conversations(1, { search_query: target.meta.email.toUpperCase(), search_type: 'text' }))).toEqual(ids(all.filter((c) => c.meta.email === target.meta.email)));
		const line = 'password reset';
		expect(ids(await conversations(1, { per_page: 50, search_query: line, search_type: 'text' }))).toEqual(ids(all.filter((c) => fake.messages(c.session_id).some((m) => typeof m.content === 'string' && m.content.includes(line)))));
		expect(ids(await conversations(1, { per_page: 50, search_query: 'vip', search_type: 'segment' }))).toEqual(ids(all.filter((c) => c.meta.segments.includes('vip'))));
		const filter = JSON.stringify([
			{ model: 'session', criterion: 'segments', operator: 'eq', query: ['vip'] },
			{ model: 'session', criterion: 'state', operator: 'eq', query: ['resolved'] },
		]);
		expect(ids(await conversations(1, { per_page: 50, search_query: filter, search_type: 'filter' }))).toEqual(ids(all.filter((c) => c.meta.segments.includes('vip') && c.state === 'resolved')));
		expect(ids(await conversations(1, { per_page: 50, search_query: filter, search_type: 'filter', search_operator: 'or' }))).toEqual(ids(all.filter((c) => c.meta.segments.includes('vip') || c.state === 'resolved')));
		const cart = JSON.stringify([{ model: 'session', criterion: 'data.cart', operator: 'gte', query: ['100'] }]);
		expect(ids(await conversations(1, { per_page: 50, search_query: cart, search_type: 'filter' }))).toEqual(ids(all.filter((c) => Number(c.meta.data.cart) >= 100)));
		const created = [...all].sort((a, b) => b.created_at - a.created_at || (a.session_id < b.session_id ? -1 : 1));
		expect(ids(await conversations(1, { per_page: 50, order_date_created: 1 }))).toEqual(ids(created.slice(0, 50)));
		const bad = await fake.call('GET', `${w()}/conversations/1`, { query: { search_type: 'filter', search_query: '{"not":"an array"}' } });
		expect(bad.status).toBe(400);
		const badOperator = await fake.call('GET', `${w()}/conversations/1`, { query: { search_type: 'filter', search_query: JSON.stringify([{ criterion: 'state', operator: 'like', query: ['x'] }]) } });
		expect(badOperator.status).toBe(400);
		expect(fake.violations.map((v) => v.replace(/^.*?: /, ''))).toEqual(['query search_query: expected array, got object', 'query search_query[0].operator: expected one of "eq", "neq", "gt", "gte", "lt", "lte", got "like"']);
		fake.violations = [];
	});

	it('people profiles: per_page 20–50, pages, sorting and an empty page past the end [3P per_page; I sort fields]', async () => {
		const all = [...fake.site().people.values()];
		const newest = [...all].sort((a, b) => b.created_at - a.created_at || (a.people_id < b.people_id ? -1 : 1));
		const pages = [await people(1), await people(2), await people(3), await people(4)];
		expect(pages.map((p) => p.length)).toEqual([20, 20, 20, 1]);
		expect(pages.flat().map((p) => p.people_id)).toEqual(newest.map((p) => p.people_id));
		expect(await people(5)).toEqual([]);
		const byEmail = [...all].sort((a, b) => (a.email < b.email ? -1 : 1));
		expect((await people(1, { per_page: 30, sort_field: 'email', sort_order: 'ascending' })).map((p) => p.email)).toEqual(byEmail.slice(0, 30).map((p) => p.email));
		expect((await fake.call('GET', `${w()}/people/profiles/1`, { query: { per_page: 60 } })).status).toBe(400);
		expect((await fake.call('GET', `${w()}/people/profiles/1`, { query: { sort_field: 'shoe_size' } })).status).toBe(400);
		fake.violations = [];
	});

	it('people profiles: search_text and search_filter (segments, person fields, data) [C-client; I matching]', async () => {
		const all = [...fake.site().people.values()].sort((a, b) => b.created_at - a.created_at || (a.people_id < b.people_id ? -1 : 1));
		const target = all[7];
		expect((await people(1, { search_text: target.email.slice(0, 8).toUpperCase() })).map((p) => p.people_id)).toEqual(all.filter((p) => p.email.includes(target.email.slice(0, 8))).map((p) => p.people_id));
		const filter = (items: unknown[], op?: string) => people(1, { per_page: 50, search_filter: JSON.stringify(items), ...(op ? { search_operator: op } : {}) });
		const vip = all.filter((p) => p.segments.includes('vip'));
		expect((await filter([{ model: 'people', criterion: 'segments', operator: 'eq', query: ['vip'] }])).map((p) => p.people_id)).toEqual(vip.slice(0, 50).map((p) => p.people_id));
		const pro = all.filter((p) => fake.site().peopleData.get(p.people_id)?.plan === 'pro');
		expect((await filter([{ model: 'people', criterion: 'data.plan', operator: 'eq', query: ['pro'] }])).map((p) => p.people_id)).toEqual(pro.slice(0, 50).map((p) => p.people_id));
		expect((await filter([{ model: 'people', criterion: 'nickname', operator: 'eq', query: [target.person.nickname] }])).map((p) => p.people_id)).toEqual(all.filter((p) => p.person.nickname === target.person.nickname).map((p) => p.people_id));
	});

	it('people: GET …/people/profile/{email} is accepted in place of the id [3P], stats give {total} [C-client]', async () => {
		const [profile] = fake.site().people.values();
		const byEmail = await fake.call('GET', `${w()}/people/profile/${encodeURIComponent(profile.email)}`);
		expect(data(byEmail)).toEqual(JSON.parse(JSON.stringify(profile)));
		expect(data(await fake.call('GET', `${w()}/people/stats`))).toEqual({ total: 61 });
	});

	it('other page-numbered lists: 20 per page [I], empty past the end', async () => {
		const [c] = fake.site().conversations.values();
		const conversationsOfPerson = fake.site().people.keys().next().value as string;
		for (const p of [`${w()}/conversation/${c.session_id}/pages/2`, `${w()}/inboxes/list/2`, `${w()}/people/conversations/${conversationsOfPerson}/list/9`]) {
			expect(data(await fake.call('GET', p))).toEqual([]);
		}
		expect(data<string[]>(await fake.call('GET', `${w()}/people/conversations/${conversationsOfPerson}/list/1`)).every((s) => SESSION.test(s))).toBe(true);
	});
});

describe('fake Crisp: the message cursor', () => {
	let fake: CrispFake;
	serve((f) => (fake = f));

	const get = (sessionId: string, query: Record<string, number> = {}) => fake.call('GET', `/website/${fake.websiteId}/conversation/${sessionId}/messages`, { query });

	it('returns the newest batch oldest first, 206 while more remain [3P, Crisp staff], walking back with timestamp_before [C-client]; the batch size is one constant [I: 20]', async () => {
		const id = fake.seeded!.longConversation;
		const all = fake.messages(id);
		expect(all).toHaveLength(45);
		expect(MESSAGE_BATCH_SIZE).toBe(20);
		const first = await get(id);
		expect(first.status).toBe(206);
		expect(data<Message[]>(first).map((m) => m.fingerprint)).toEqual(all.slice(-20).map((m) => m.fingerprint));
		const second = await get(id, { timestamp_before: data<Message[]>(first)[0].timestamp });
		expect(second.status).toBe(206);
		const third = await get(id, { timestamp_before: data<Message[]>(second)[0].timestamp });
		expect(third.status).toBe(200);
		const walked = [...data<Message[]>(third), ...data<Message[]>(second), ...data<Message[]>(first)];
		// timestamp_before is strict [I]: the seed puts two messages in one millisecond at the first
		// boundary, and the older of the two is skipped by a client that walks back with it alone.
		const boundary = data<Message[]>(first)[0];
		const skipped = all.filter((m) => !walked.includes(m) && !walked.some((x) => x.fingerprint === m.fingerprint));
		expect(skipped).toEqual([all[24]]);
		expect(skipped[0].timestamp).toBe(boundary.timestamp);
		expect(walked.map((m) => m.fingerprint)).toEqual(all.filter((m) => m !== all[24]).map((m) => m.fingerprint));
	});

	it('timestamp_after returns the oldest batch strictly newer, and 200 when it is the last', async () => {
		const id = fake.seeded!.longConversation;
		const all = fake.messages(id);
		const pivot = all[30].timestamp;
		const res = await get(id, { timestamp_after: pivot });
		expect(res.status).toBe(200);
		expect(data<Message[]>(res).map((m) => m.fingerprint)).toEqual(all.filter((m) => m.timestamp > pivot).map((m) => m.fingerprint));
		const early = await get(id, { timestamp_after: all[0].timestamp - 1 });
		expect(early.status).toBe(206);
		expect(data<Message[]>(early)).toHaveLength(20);
	});

	it('the cursor, batch and partial status are options (messageBatchSize, messagesPartialStatus: 200)', async () => {
		const other = createCrispFake({ messageBatchSize: 10, messagesPartialStatus: 200 });
		await other.start();
		try {
			const res = await other.call('GET', `/website/${other.websiteId}/conversation/${other.seeded!.longConversation}/messages`);
			expect(res.status).toBe(200);
			expect(data<Message[]>(res)).toHaveLength(10);
		} finally {
			await other.stop();
		}
	});
});

describe('fake Crisp: store semantics of the main writes', () => {
	let fake: CrispFake;
	let now = 1_780_000_000_000;
	serve((f) => (fake = f), { now: () => now });

	const w = () => `/website/${fake.websiteId}`;

	it('creates a conversation, sends every message type, and the conversation reflects them', async () => {
		const created = await fake.call('POST', `${w()}/conversation`, { body: {} });
		expect(created.status).toBe(200);
		const id = data<{ session_id: string }>(created).session_id;
		expect(fake.conversation(id)).toMatchObject({ state: 'pending', status: 0, inbox_id: null, created_at: now, updated_at: now, unread: { operator: 0, visitor: 0 } });
		now += 1000;
		const contents: Record<string, unknown> = {
			text: 'Hi there',
			note: 'Internal',
			file: { name: 'a.pdf', url: 'https://x/a.pdf', type: 'application/pdf' },
			animation: { url: 'https://x/a.gif', type: 'image/gif' },
			audio: { url: 'https://x/a.weba', type: 'audio/webm', duration: 3 },
			picker: { id: 'p', text: 'Pick', choices: [{ value: 'a', label: 'A', selected: false }] },
			field: { id: 'f', text: 'Email?', explain: 'Your email' },
			carousel: { text: 'Plans', targets: [{ title: 'T', description: 'D', actions: [{ label: 'Go', url: 'https://x' }] }] },
			event: { namespace: 'user:event', text: 'Clicked' },
		};
		const fingerprints: number[] = [];
		for (const [type, content] of Object.entries(contents)) {
			now += 10;
			const res = await fake.call('POST', `${w()}/conversation/${id}/message`, { body: { type, from: 'operator', origin: 'chat', content } });
			expect(res.status).toBe(202);
			expect(res.body).toEqual({ error: false, reason: 'dispatched', data: { fingerprint: expect.any(Number) } });
			fingerprints.push(data<{ fingerprint: number }>(res).fingerprint);
		}
		const messages = data<Message[]>(await fake.call('GET', `${w()}/conversation/${id}/messages`));
		expect(messages.map((m) => [m.type, m.from, m.content, m.fingerprint])).toEqual(Object.entries(contents).map(([type, content], i) => [type, 'operator', content, fingerprints[i]]));
		expect(fake.conversation(id)).toMatchObject({ state: 'unresolved', updated_at: now, last_message: 'Clicked', unread: { visitor: 8 } });
		const files = data(await fake.call('GET', `${w()}/conversation/${id}/files/1`));
		expect(files).toEqual([{ name: 'a.pdf', type: 'application/pdf', url: 'https://x/a.pdf', fingerprint: fingerprints[2], timestamp: messages[2].timestamp }]);
	});

	it('a visitor message re-opens a resolved conversation and counts unread for operators; read marks clear it [I]', async () => {
		const c = fake.addConversation({ meta: { nickname: 'Ann' } });
		fake.setConversationState(c.session_id, 'resolved');
		now += 100;
		const m = fake.addVisitorMessage(c.session_id, 'Are you there?');
		expect(fake.conversation(c.session_id)).toMatchObject({ state: 'unresolved', unread: { operator: 1 }, waiting_since: now });
		const read = await fake.call('PATCH', `${w()}/conversation/${c.session_id}/read`, { body: { from: 'operator', origin: 'urn:crisp.im:dashboard:0', fingerprints: [m.fingerprint] } });
		expect(read.status).toBe(200);
		expect(fake.conversation(c.session_id)!.unread.operator).toBe(0);
		expect(fake.messages(c.session_id)[0].read).toBe('urn:crisp.im:dashboard:0');
	});

	it('metas merge data and replace segments; state, routing, inbox, block, participants, verify round-trip', async () => {
		const c = fake.addConversation();
		const base = `${w()}/conversation/${c.session_id}`;
		await fake.call('PATCH', `${base}/meta`, { body: { nickname: 'Zoe', email: 'zoe@example.com', phone: '+331', segments: ['a'], data: { x: 1 } } });
		await fake.call('PATCH', `${base}/meta`, { body: { segments: ['b'], data: { y: 'two' } } });
		expect(data(await fake.call('GET', `${base}/meta`))).toMatchObject({ nickname: 'Zoe', email: 'zoe@example.com', phone: '+331', segments: ['b'], data: { x: 1, y: 'two' } });
		expect((await fake.call('PATCH', `${base}/meta`, { body: { email: 'not-an-email' } })).status).toBe(400);
		await fake.call('PATCH', `${base}/state`, { body: { state: 'resolved' } });
		expect(data(await fake.call('GET', `${base}/state`))).toEqual({ state: 'resolved' });
		const owner = fake.seeded!.operators.owner;
		await fake.call('PATCH', `${base}/routing`, { body: { assigned: { user_id: owner } } });
		expect(data(await fake.call('GET', `${base}/routing`))).toEqual({ assigned: { user_id: owner } });
		expect((await fake.call('PATCH', `${base}/routing`, { body: { assigned: { user_id: '9f1d2c3b-4a5e-4f60-8a7b-0c1d2e3f4a5b' } } })).status).toBe(404);
		await fake.call('PATCH', `${base}/inbox`, { body: { inbox_id: fake.seeded!.inboxes.support } });
		expect(fake.conversation(c.session_id)!.inbox_id).toBe(fake.seeded!.inboxes.support);
		await fake.call('PATCH', `${base}/block`, { body: { blocked: true } });
		expect(data(await fake.call('GET', `${base}/block`))).toEqual({ blocked: true });
		await fake.call('PUT', `${base}/participants`, { body: { participants: [{ type: 'email', target: 'cc@example.com' }] } });
		expect(data(await fake.call('GET', `${base}/participants`))).toEqual({ participants: [{ type: 'email', target: 'cc@example.com' }] });
		await fake.call('PATCH', `${base}/verify`, { body: { verified: true } });
		expect(data(await fake.call('GET', `${base}/verify`))).toEqual({ verified: true, verifications: [] });
	});

	it('binds a conversation to the profile with the email set in its metas', async () => {
		const [profile] = fake.site().people.values();
		const c = fake.addConversation();
		await fake.call('PATCH', `${w()}/conversation/${c.session_id}/meta`, { body: { email: profile.email } });
		expect(fake.conversation(c.session_id)!.people_id).toBe(profile.people_id);
		expect(data<string[]>(await fake.call('GET', `${w()}/people/conversations/${profile.people_id}/list/1`))).toContain(c.session_id);
	});

	it('edits and removes a message by fingerprint', async () => {
		const c = fake.addConversation();
		const m = fake.addOperatorMessage(c.session_id, 'Tpyo');
		const url = `${w()}/conversation/${c.session_id}/message/${m.fingerprint}`;
		await fake.call('PATCH', url, { body: { content: 'Typo' } });
		expect(data(await fake.call('GET', url))).toMatchObject({ content: 'Typo', edited: true, fingerprint: m.fingerprint });
		await fake.call('DELETE', url);
		expect((await fake.call('GET', url)).status).toBe(404);
		expect((await fake.call('HEAD', `${w()}/conversation/${c.session_id}`)).status).toBe(200);
		await fake.call('DELETE', `${w()}/conversation/${c.session_id}`);
		expect((await fake.call('HEAD', `${w()}/conversation/${c.session_id}`)).status).toBe(404);
	});

	it('people: create (one profile per email [I 409]), update merges, save replaces, data, events, subscription', async () => {
		const created = await fake.call('POST', `${w()}/people/profile`, { body: { email: 'Lea@Example.com', person: { nickname: 'Lea', phone: '+34' }, company: { name: 'Initech' }, segments: ['lead'] } });
		const id = data<{ people_id: string }>(created).people_id;
		expect(id).toMatch(UUID);
		const dup = await fake.call('POST', `${w()}/people/profile`, { body: { email: 'lea@example.com' } });
		expect(dup).toMatchObject({ status: 409, body: { error: true, reason: 'people_exists', data: {} } });
		now += 5000;
		await fake.call('PATCH', `${w()}/people/profile/${id}`, { body: { person: { nickname: 'Léa' }, company: { domain: 'initech.example' } } });
		expect(fake.profile(id)).toMatchObject({ email: 'Lea@Example.com', person: { nickname: 'Léa', phone: '+34' }, company: { name: 'Initech', domain: 'initech.example' }, segments: ['lead'], updated_at: now });
		await fake.call('PUT', `${w()}/people/profile/${id}`, { body: { email: 'lea@example.com', person: { nickname: 'Lea S.' } } });
		expect(fake.profile(id)).toMatchObject({ email: 'lea@example.com', person: { nickname: 'Lea S.' }, company: {}, segments: [] });
		await fake.call('PUT', `${w()}/people/data/${id}`, { body: { data: { plan: 'pro', seats: 3 } } });
		await fake.call('PATCH', `${w()}/people/data/${id}`, { body: { data: { seats: 4 } } });
		expect(data(await fake.call('GET', `${w()}/people/data/${id}`))).toEqual({ data: { plan: 'pro', seats: 4 } });
		await fake.call('POST', `${w()}/people/events/${id}`, { body: { text: 'Upgraded', data: { to: 'pro' }, color: 'green' } });
		expect(data(await fake.call('GET', `${w()}/people/events/${id}/list/1`))).toEqual([{ text: 'Upgraded', data: { to: 'pro' }, color: 'green', timestamp: now }]);
		await fake.call('PATCH', `${w()}/people/subscription/${id}`, { body: { email: false } });
		expect(data(await fake.call('GET', `${w()}/people/subscription/${id}`))).toEqual({ email: false });
		await fake.call('DELETE', `${w()}/people/profile/${id}`);
		expect((await fake.call('HEAD', `${w()}/people/profile/${id}`)).status).toBe(404);
	});

	it('batch routes apply to the named sessions and refuse unknown ones whole [I]', async () => {
		const a = fake.addConversation();
		const b = fake.addConversation();
		fake.addVisitorMessage(a.session_id, 'x');
		fake.addVisitorMessage(b.session_id, 'y');
		await fake.call('PATCH', `${w()}/batch/resolve`, { body: { sessions: [a.session_id, b.session_id] } });
		expect([fake.conversation(a.session_id)!.state, fake.conversation(b.session_id)!.state]).toEqual(['resolved', 'resolved']);
		await fake.call('PATCH', `${w()}/batch/segments`, { body: { sessions: [a.session_id], segments: ['x', 'y'] } });
		expect(fake.conversation(a.session_id)!.meta.segments).toEqual(['x', 'y']);
		const refused = await fake.call('PATCH', `${w()}/batch/unresolve`, { body: { sessions: [a.session_id, 'session_9f1d2c3b-4a5e-4f60-8a7b-0c1d2e3f4a5b'] } });
		expect(refused.status).toBe(404);
		expect(fake.conversation(a.session_id)!.state).toBe('resolved');
		await fake.call('PATCH', `${w()}/batch/routing`, { body: { sessions: [a.session_id, b.session_id], assigned: { user_id: fake.seeded!.operators.member } } });
		expect(fake.conversation(b.session_id)!.assigned).toEqual({ user_id: fake.seeded!.operators.member });
	});

	it('website settings, inboxes, teams, helpdesk locales and tree entries are stateful', async () => {
		await fake.call('PATCH', `${w()}/settings`, { body: { name: 'Acme EU', chatbox: { welcome_message: 'Hola' } } });
		expect(data(await fake.call('GET', `${w()}`))).toMatchObject({ name: 'Acme EU' });
		expect(data(await fake.call('GET', `${w()}/settings`))).toMatchObject({ name: 'Acme EU', chatbox: { welcome_message: 'Hola' } });
		const inbox = data<{ inbox_id: string }>(await fake.call('POST', `${w()}/inbox`, { body: { name: 'VIP' } })).inbox_id;
		expect(data(await fake.call('GET', `${w()}/inbox/${inbox}`))).toMatchObject({ inbox_id: inbox, name: 'VIP', order: 3 });
		const team = data<{ team_id: string }>(await fake.call('POST', `${w()}/team`, { body: { name: 'Night' } })).team_id;
		expect(data<Array<{ team_id: string }>>(await fake.call('GET', `${w()}/teams/list/1`)).map((t) => t.team_id)).toContain(team);
		await fake.call('POST', `${w()}/helpdesk/locale`, { body: { locale: 'fr' } });
		await fake.call('POST', `${w()}/helpdesk/tree/path/fr/articles/demarrer/installer`, { body: {} });
		await fake.call('PUT', `${w()}/helpdesk/tree/content/fr/articles/demarrer%2Finstaller`, { body: { content: '# Installer' } });
		expect(data(await fake.call('GET', `${w()}/helpdesk/tree/content/fr/articles/demarrer/installer`))).toEqual({ content: '# Installer' });
		expect(data(await fake.call('GET', `${w()}/helpdesk/tree/list/fr/articles/1`))).toEqual([{ type: 'group', slug: 'demarrer', title: 'demarrer', state: { published: false, hidden: false, featured: false }, children: [{ type: 'entry', slug: 'installer', title: 'installer', state: { published: false, hidden: false, featured: false } }] }]);
	});
});

describe('fake Crisp: campaign statistics', () => {
	let fake: CrispFake;
	serve((f) => (fake = f));

	it('lists the statistics records of one campaign and action, without their campaign_id [I]', async () => {
		const [campaign, other] = [...fake.site().campaigns.keys()];
		const profile = { people_id: 'c5a0a3d9-3ae2-4dba-9ff6-7e4e5d7bb1f7', email: 'jane@example.com', person: { nickname: 'Jane' } };
		const stats = fake.site().collection('campaignStatistics');
		stats.set('s1', { campaign_id: campaign, type: 'clicked', profile, data: { url: 'https://acme.example' }, created_at: 1, updated_at: 2 });
		stats.set('s2', { campaign_id: campaign, type: 'opened', profile, data: {}, created_at: 1, updated_at: 1 });
		stats.set('s3', { campaign_id: other, type: 'clicked', profile, data: {}, created_at: 1, updated_at: 1 });
		const clicked = await fake.call('GET', `/website/${fake.websiteId}/campaign/${campaign}/statistics/clicked/1`);
		expect(data(clicked)).toEqual([{ type: 'clicked', profile, data: { url: 'https://acme.example' }, created_at: 1, updated_at: 2 }]);
		expect(data(await fake.call('GET', `/website/${fake.websiteId}/campaign/${campaign}/statistics/clicked/2`))).toEqual([]);
		expect(data(await fake.call('GET', `/website/${fake.websiteId}/campaign/${campaign}/statistics/unsubscribed/1`))).toEqual([]);
	});
});

describe('fake Crisp: rate limiting [C-doc 429 or 420; I body]', () => {
	afterEach(() => undefined);

	it('answers 429 with the error envelope reason quota_limit_exceeded and no Retry-After, per token', async () => {
		const fake = createCrispFake({ rateLimit: { limit: 2 } });
		await fake.start();
		try {
			const p = `/website/${fake.websiteId}/people/stats`;
			expect((await fake.call('GET', p)).status).toBe(200);
			expect((await fake.call('GET', p)).status).toBe(200);
			const limited = await fake.call('GET', p);
			expect(limited.status).toBe(429);
			expect(limited.body).toEqual({ error: true, reason: 'quota_limit_exceeded', data: {} });
			expect(limited.headers['retry-after']).toBeUndefined();
			expect(Object.keys(limited.headers).filter((h) => h.startsWith('x-ratelimit'))).toEqual([]);
			expect((await fake.call('GET', p, { tier: 'user' })).status).toBe(200);
			fake.setRateLimit(undefined);
			expect((await fake.call('GET', p)).status).toBe(200);
			fake.assertNoViolations();
		} finally {
			await fake.stop();
		}
	});

	it('answers 420 when configured, and throttleNext() throttles the next requests of a route', async () => {
		let now = 1_780_000_000_000;
		const fake = createCrispFake({ rateLimit: { limit: 1, status: 420, windowMs: 60_000 }, now: () => now });
		await fake.start();
		try {
			const p = `/website/${fake.websiteId}`;
			await fake.call('GET', p);
			const limited = await fake.call('GET', p);
			expect(limited).toMatchObject({ status: 420, body: { error: true, reason: 'quota_limit_exceeded', data: {} } });
			now += 60_000;
			expect((await fake.call('GET', p)).status).toBe(200);
			fake.setRateLimit(undefined);
			fake.throttleNext(2, 429, { method: 'POST', path: /\/message$/ });
			const [c] = fake.site().conversations.values();
			const send = () => fake.call('POST', `${p}/conversation/${c.session_id}/message`, { body: { type: 'note', from: 'operator', origin: 'chat', content: 'n' } });
			expect((await send()).status).toBe(429);
			expect((await send()).status).toBe(429);
			expect((await send()).status).toBe(202);
			expect(fake.pendingFaults).toBe(0);
		} finally {
			await fake.stop();
		}
	});
});
