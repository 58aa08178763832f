/**
 * Spec validation of the fake Chatwoot: every operation of the OpenAPI spec is served, every
 * request is checked against the (corrected) spec, and violations fail tests.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
	SpecValidator,
	chatwootClient,
	createChatwootFake,
	loadChatwootSpec,
	locateChatwootSpec,
	type ChatwootApi,
	type ChatwootFake,
} from '../../src/fakes/chatwoot';
import { declaredOperations, type RouteDef } from '../../src/fakes/chatwoot/dsl';
import * as census from '../../src/fakes/chatwoot/census';

const A = '/api/v1/accounts/1';

describe('Chatwoot fake: route coverage', () => {
	test('the bundled spec is the verbatim copy (146 operations)', () => {
		const file = locateChatwootSpec();
		expect(file).toBe(path.resolve(__dirname, '../../src/fakes/chatwoot/spec/swagger.json'));
		const sha = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
		expect(sha).toBe('0c8c28831898462c019aaf1bcf53132427a435f7f0ae654a86b72dc38717d10a');
		expect(new SpecValidator(loadChatwootSpec(file), { corrections: false }).operations).toHaveLength(146);
	});

	test('every spec operation has a route; extras are exactly the code-confirmed ones', () => {
		const fake = createChatwootFake({ seed: false });
		const validator = fake.validator!;
		const norm = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);
		const routes = new Set(fake.routes.map((r) => `${r.method} ${r.path}`));
		const specOps = validator.operations.filter((o) => !o.extra).map((o) => `${o.method} ${norm(o.path)}`);
		expect(specOps).toHaveLength(146);
		expect(specOps.filter((op) => !routes.has(op))).toEqual([]);
		// Routes beyond the spec come from Chatwoot's server code (config/routes.rb and controllers;
		// routes/<area>.ts cites each source): every one is an endpoint of the route census (upstream
		// a61a8bf's routes.rb as Rails expands it), recognised as Rails would route a request to it.
		const asRequest = (path: string) => path.replace(/\{[^}]+\}/g, '7');
		const codeRoutes = fake.routes.filter((r) => r.source === 'code');
		expect(codeRoutes.length).toBeGreaterThan(150);
		expect(codeRoutes.filter((r) => !census.recognise(r.method, asRequest(r.path))).map((r) => `${r.method} ${r.path}`)).toEqual([]);
		// The spec's own operations are census routes too, except two the spec documents that are no
		// JSON API route: the survey's HTML page, and a messages path without its /api/v1 prefix.
		expect(
			fake.routes
				.filter((r) => r.source === 'spec' && !census.recognise(r.method, asRequest(r.path)))
				.map((r) => `${r.method} ${r.path}`)
				.sort(),
		).toEqual(['GET /accounts/{account_id}/conversations/{conversation_id}/messages', 'GET /survey/responses/{conversation_uuid}']);
		// 146 spec operations, two of which are one Rails route (`/reports/conversations` and `/reports/conversations/`).
		expect(fake.routes.filter((r) => r.source === 'spec')).toHaveLength(145);
		// Every extra route is known to the validator too.
		for (const r of fake.routes) expect(validator.operations.some((o) => o.method === r.method && norm(o.path) === r.path)).toBe(true);
		// One table: no route twice, and the validator's extra operations are exactly the code routes' declarations.
		expect(new Set(fake.routes.map((r) => `${r.method} ${r.path}`)).size).toBe(fake.routes.length);
		const declared = validator.operations.filter((o) => o.extra).map((o) => `${o.method} ${o.path}`);
		expect(declared.sort()).toEqual(fake.routes.filter((r) => r.source === 'code').map((r) => `${r.method} ${r.path}`).sort());
	});

	test('a code route declares its inputs next to it; a spec route cannot, and a declaration cannot shadow the spec', () => {
		const route = (def: Partial<RouteDef>): RouteDef => ({ method: 'GET', path: '/api/v1/accounts/{account_id}/things/{thing_id}', name: 'things.show', access: { kind: 'account' }, handle: () => ({ status: 200 }), ...def });
		expect(() => declaredOperations([route({ spec: { params: [] } })])).toThrow(/only a code-confirmed route declares its inputs/);
		expect(declaredOperations([route({}), route({ source: 'code', spec: { like: 'PUT' } })])).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/{account_id}/things/{thing_id}', like: 'PUT' },
		]);
		const doc = loadChatwootSpec();
		const validator = new SpecValidator(doc, { declared: [{ method: 'GET', path: '/api/v1/accounts/{account_id}/things/{thing_id}', params: [{ $ref: '#/components/parameters/page' }] }] });
		const thing = validator.operations.find((o) => o.path.endsWith('/things/{thing_id}'))!;
		expect(thing.extra).toBe(true);
		// Path params are integers unless declared otherwise; $ref params come from the spec's components.
		expect(thing.params.map((p) => [p.in, p.name, p.schema?.type])).toEqual([
			['path', 'account_id', 'integer'],
			['path', 'thing_id', 'integer'],
			['query', 'page', 'integer'],
		]);
		expect(() => new SpecValidator(doc, { declared: [{ method: 'GET', path: '/api/v1/accounts/{account_id}/labels' }] })).toThrow(/is in the spec already/);
		expect(() => new SpecValidator(doc, { declared: [{ method: 'PATCH', path: '/api/v1/accounts/{account_id}/labels', like: 'PUT' }] })).toThrow(/the spec has no PUT/);
	});

	test('the spec file is found through CHATWOOT_SPEC or by walking up to shared/specs/chatwoot', () => {
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-spec-'));
		try {
			const shared = path.join(tmp, 'shared', 'specs', 'chatwoot');
			fs.mkdirSync(shared, { recursive: true });
			fs.writeFileSync(path.join(shared, 'swagger.json'), '{}');
			const deep = path.join(tmp, 'repo', 'packages', 'testkit', 'src');
			fs.mkdirSync(deep, { recursive: true });
			expect(locateChatwootSpec(deep)).toBe(path.join(shared, 'swagger.json'));
			process.env.CHATWOOT_SPEC = path.join(shared, 'swagger.json');
			expect(locateChatwootSpec()).toBe(path.join(shared, 'swagger.json'));
		} finally {
			delete process.env.CHATWOOT_SPEC;
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	});
});

describe('Chatwoot fake: strict spec validation', () => {
	let fake: ChatwootFake;
	let api: ChatwootApi;
	beforeAll(async () => {
		fake = createChatwootFake();
		api = chatwootClient(await fake.start(), fake.tokens.user);
	});
	afterAll(() => fake.stop());
	beforeEach(() => {
		fake.server.violations = [];
	});

	async function expectViolation(pathname: string, options: Parameters<ChatwootApi>[1], fragment: string) {
		const r = await api(pathname, options);
		expect(r.status).toBe(400);
		expect(r.body.error).toMatch(/^spec violation: /);
		expect(r.body.error).toContain(fragment);
		expect(fake.violations.join('\n')).toContain(fragment);
	}

	test('unknown path', () => expectViolation(`${A}/tickets`, {}, 'unknown path /api/v1/accounts/1/tickets'));

	test('wrong method', () => expectViolation(`${A}/labels`, { method: 'DELETE' }, 'method DELETE not allowed on /api/v1/accounts/{account_id}/labels (allowed: GET, POST)'));

	test('unknown query parameter (the token is a header, never a query param)', async () => {
		await expectViolation(`${A}/contacts?per_page=50`, {}, "unknown query parameter 'per_page'");
		await expectViolation(`${A}/contacts?api_access_token=${fake.tokens.user}`, { token: null }, "unknown query parameter 'api_access_token'");
	});

	test('missing required body field', () =>
		expectViolation(`${A}/conversations/1/toggle_priority`, { method: 'POST', body: {} }, "body: missing required property 'priority'"));

	test('non-integer id in the path', () => expectViolation(`${A}/contacts/abc`, {}, "path param 'id': expected number, got string 'abc'"));

	test('wrong property type and enum value', async () => {
		await expectViolation(`${A}/labels`, { method: 'POST', body: { title: 'x', show_on_sidebar: 'yes' } }, 'body.show_on_sidebar: expected boolean, got string');
		await expectViolation(`${A}/conversations/1/toggle_status`, { method: 'POST', body: { status: 'closed' } }, 'body.status: "closed" is not one of');
		await expectViolation(`${A}/conversations?page=two`, {}, "query parameter 'page': expected integer, got string 'two'");
	});

	test('a body where the operation takes none', () =>
		expectViolation(`${A}/contacts/1`, { method: 'DELETE', body: { force: true } }, 'takes no request body'));

	test('a content type the operation does not declare', () =>
		expectViolation(`${A}/labels`, { method: 'POST', body: 'title=vip', headers: { 'content-type': 'text/plain' } }, 'content type text/plain not accepted'));

	test('webhook subscriptions: 12 events allowed, anything else is a violation', async () => {
		const twelve = ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created', 'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered', 'inbox_created', 'inbox_updated', 'conversation_typing_on', 'conversation_typing_off'];
		const ok = await api(`${A}/webhooks`, { method: 'POST', body: { url: 'https://example.com/all-events', subscriptions: twelve } });
		expect(ok.status).toBe(200);
		expect(fake.violations).toEqual([]);
		await expectViolation(
			`${A}/webhooks`,
			{ method: 'POST', body: { webhook: { url: 'https://example.com/x', subscriptions: ['ticket_created'] } } },
			'body.webhook.subscriptions[0]: "ticket_created" is not one of',
		);
	});

	test('§10 corrections: POST /contacts without inbox_id and POST /conversations without source_id are clean', async () => {
		expect((await api(`${A}/contacts`, { method: 'POST', body: { name: 'Spec Check' } })).status).toBe(200);
		expect((await api(`${A}/conversations`, { method: 'POST', body: { inbox_id: 2, contact_id: 2 } })).status).toBe(200);
		expect((await api(`${A}/conversations/2/toggle_status`, { method: 'POST', body: {} })).status).toBe(200);
		expect(fake.violations).toEqual([]);
	});

	test('clean requests across the API record no violation', async () => {
		const inboxIdentifier = fake.seeded!.apiInboxIdentifier;
		const gets = [
			A,
			`${A}/agents`,
			`${A}/agent_bots`,
			`${A}/audit_logs?page=1`,
			`${A}/automation_rules`,
			`${A}/branded_email_layout`,
			`${A}/canned_responses`,
			`${A}/contacts?page=2&sort=-last_activity_at&labels[]=lead`,
			`${A}/contacts/search?q=ana&page=1`,
			`${A}/contacts/1`,
			`${A}/contacts/1/conversations`,
			`${A}/contacts/1/contactable_inboxes`,
			`${A}/conversations?status=open&assignee_type=me&inbox_id=1&team_id=1&labels[]=billing&page=1&sort_by=created_at_desc`,
			`${A}/conversations/meta?status=all&q=invoice`,
			`${A}/conversations/1/messages?before=100`,
			`${A}/conversations/1/reporting_events`,
			`${A}/custom_attribute_definitions?attribute_model=1`,
			`${A}/custom_filters?filter_type=conversation`,
			`${A}/inboxes/2/agent_bot`,
			`${A}/integrations/apps`,
			`${A}/portals`,
			`${A}/reporting_events?page=1&since=1700000000`,
			`${A}/teams/1/team_members`,
			'/api/v1/profile',
			'/api/v2/accounts/1/reports?metric=conversations_count&type=account&since=1700000000&until=1700600000',
			'/api/v2/accounts/1/reports/summary?type=agent&id=1',
			'/api/v2/accounts/1/reports/conversations?type=account',
			'/api/v2/accounts/1/reports/conversations/?type=agent&user_id=2',
			'/api/v2/accounts/1/summary_reports/channel',
			'/api/v2/accounts/1/summary_reports/agent?business_hours=true',
			'/api/v2/accounts/1/reports/first_response_time_distribution',
			'/api/v2/accounts/1/reports/inbox_label_matrix?inbox_ids[]=1&label_ids[]=2',
			'/api/v2/accounts/1/reports/outgoing_messages_count?group_by=agent',
			'/accounts/1/conversations/1/messages',
			// code-confirmed routes (their declared inputs) and the corrected spec operations
			'/api/v2/accounts/1/reports?metric=conversations_count&type=account&group_by=week&timezone_offset=-3&business_hours=true',
			'/api/v2/accounts/1/reports/summary?type=account&timezone_offset=1.5&business_hours=false',
			'/api/v2/accounts/1/summary_reports/label?since=1700000000&business_hours=true',
			`${A}/conversations/search?q=ana&page=2`,
			`${A}/conversations/1/participants`,
			`${A}/search?q=invoice`,
			`${A}/search/messages?q=invoice&page=2`,
			`${A}/notifications?page=2&sort_order=asc&includes[]=read`,
			`${A}/notifications/unread_count`,
			`${A}/csat_survey_responses?page=1&since=1700000000&until=2000000000&inbox_id=1&user_ids[]=2&rating[]=5`,
			`${A}/csat_survey_responses/metrics?rating[]=1`,
			`${A}/assignable_agents?inbox_ids[]=1&inbox_ids[]=2`,
			`${A}/inboxes/1/assignable_agents`,
			`${A}/macros`,
			`${A}/campaigns`,
			`${A}/dashboard_apps`,
			`${A}/integrations/apps/webhook`,
			`${A}/portals/acme-help`,
			`${A}/portals/acme-help/categories?locale=en`,
			`${A}/portals/acme-help/articles?page=1&status=published&locale=en&query=payment`,
		];
		for (const pathname of gets) {
			const r = await api(pathname);
			expect([pathname, r.status]).toEqual([pathname, r.status === 204 ? 204 : 200]);
		}
		expect((await api(`/public/api/v1/inboxes/${inboxIdentifier}`, { token: null })).status).toBe(200);
		const contact = (await api(`/public/api/v1/inboxes/${inboxIdentifier}/contacts`, { method: 'POST', token: null, body: { name: 'Widget Visitor' } })).body;
		const conversation = (await api(`/public/api/v1/inboxes/${inboxIdentifier}/contacts/${contact.source_id}/conversations`, { method: 'POST', token: null, body: {} })).body;
		const messages = `/public/api/v1/inboxes/${inboxIdentifier}/contacts/${contact.source_id}/conversations/${conversation.id}/messages`;
		const message = (await api(messages, { method: 'POST', token: null, body: { content: 'Pick one' } })).body;
		expect((await api(`${messages}?before=${message.id + 1}`, { token: null })).body).toEqual([expect.objectContaining({ id: message.id })]);
		const answered = await api(`${messages}/${message.id}`, { method: 'PATCH', token: null, body: { submitted_values: [{ title: 'Yes', value: 'yes' }] } });
		expect(answered.status).toBe(200);
		expect((await api(`${A}/inboxes/2/set_agent_bot`, { method: 'POST', body: { agent_bot: null } })).status).toBe(204);
		const survey = await api(`/survey/responses/${fake.conversation(1)!.uuid}`, { token: null });
		expect(survey.status).toBe(200);
		expect(survey.headers.get('content-type')).toContain('text/html');
		expect((await api('/platform/api/v1/agent_bots', { token: fake.tokens.platform })).status).toBe(200);
		fake.assertNoViolations();
	});

	test('urlencoded and multipart bodies are coerced like Rails params', async () => {
		const form = await api(A, { method: 'PATCH', body: new URLSearchParams({ name: 'Acme Inc', auto_resolve_after: '1440', auto_resolve_ignore_waiting: 'true' }) });
		expect(form.status).toBe(200);
		expect(form.body).toMatchObject({ name: 'Acme Inc', settings: { auto_resolve_after: 1440, auto_resolve_ignore_waiting: true } });
		expect(fake.violations).toEqual([]);
		await expectViolation(A, { method: 'PATCH', body: new URLSearchParams({ auto_resolve_after: 'soon' }) }, "body.auto_resolve_after: expected integer|null, got string 'soon'");
		// The message builder parses content_attributes sent as JSON text in a multipart body (a correction).
		fake.server.violations = [];
		const multipart = new FormData();
		multipart.append('content', 'with attributes');
		multipart.append('content_attributes', JSON.stringify({ in_reply_to: 1 }));
		multipart.append('attachments[]', new Blob(['png'], { type: 'image/png' }), 'shot.png');
		expect((await api(`${A}/conversations/2/messages`, { method: 'POST', body: multipart })).status).toBe(200);
		expect(fake.violations).toEqual([]);
	});
});

describe('Chatwoot fake: lenient mode and unknown routes', () => {
	test('strictSpec: false records violations but lets the handler answer', async () => {
		const fake = createChatwootFake({ strictSpec: false });
		const api = chatwootClient(await fake.start(), fake.tokens.user);
		try {
			const r = await api(`${A}/contacts/abc`);
			expect(r.status).toBe(404);
			expect(r.body).toEqual({ error: 'Resource could not be found' });
			expect(fake.violations).toHaveLength(1);
			expect(() => fake.assertNoViolations()).toThrow(/contract violation/);
			const unknown = await api(`${A}/tickets`);
			expect(unknown.status).toBe(404);
			expect(unknown.headers.get('content-type')).toContain('text/html');
		} finally {
			await fake.stop();
		}
	});
});
