/**
 * The Chaport triggers in a running n8n, against the fake Chaport (deliveries on), one n8n home and
 * one restart.
 *
 * Chaport Trigger, as the example `chaport-chat-to-lead` ships: activation registers one
 * subscription (chat.started) at n8n's production URL with a random `?token=` that n8n never holds:
 * the node's static data keeps its SHA-256 only, so `n8n export:workflow` (which writes static data
 * out) shows no token, nor do the stored executions or n8n's log; a live delivery from the fake (a visitor starts a chat) runs the
 * workflow once: a Cliengo lead, a Chatwoot contact and an operator message back in Chaport (with
 * its externalId). A delivery without the token or with a wrong one gets 401 and starts nothing;
 * the same delivery sent again starts nothing. After an n8n restart the subscription is reused (not
 * doubled) and a delivery right after it runs; deactivation removes the subscription from Chaport.
 * A workflow imported with static data of the earlier form (`{token, subscriptionIds}`, the token
 * in clear) adopts its subscription at activation and keeps only the hash from then on.
 *
 * Chaport Polling Trigger (New Chat, fixtures/chaport-polling-new-chat.json, six minute-granular
 * custom crons: a poll every 10 s, as in crisp-triggers.e2e.ts): a chat started after activation is
 * emitted once and not repeated; across the restart its cursor holds (nothing replayed) and a chat
 * started while n8n was down is emitted after it.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import {
	activateWorkflow,
	createN8nHome,
	deactivateWorkflow,
	homePort,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	loadExamples,
	n8nCli,
	n8nRequest,
	productionWebhooks,
	startFakes,
	startN8n,
	waitFor,
	waitForExecutions,
	type N8nHome,
	type N8nServer,
	type RunningFakes,
} from '../src';
import { fixture, sleep, triggerOutput } from './helpers';

const example = loadExamples().find((e) => e.name === 'chaport-chat-to-lead');
if (!example) throw new Error('examples/chaport-chat-to-lead is missing');
const TRIGGER = example.workflow.nodes.find((n: { type: string }) => n.type === '@leadchat/n8n-nodes-chaport.chaportTrigger');
const pollWorkflow = fixture('chaport-polling-new-chat.json');
const POLLER = 'Chaport Polling Trigger';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('Chaport triggers in a running n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let home: N8nHome;
	let hookId: string;
	let pollId: string;
	let hookUrl: string;
	let token: string;

	/** The workflow as `n8n export:workflow` writes it (static data included). */
	const exportWorkflow = async (id: string, name: string): Promise<Record<string, unknown>> => {
		const file = path.join(home.dir, 'tmp', `${name}.json`);
		expect((await n8nCli(home, ['export:workflow', `--id=${id}`, `--output=${file}`])).code).toBe(0);
		const [exported] = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
		return exported;
	};
	/** The subscriptions as Chaport lists them. */
	const subscriptions = () => [...fakes.chaport.store.subscriptions.values()].map((s) => ({ id: s.id, event: s.event, targetUrl: s.targetUrl }));
	const polls = () => fakes.chaport.requestsTo('listVisitors').length;
	/** Finished executions of the poll workflow, oldest first, with the chats each emitted. */
	const pollRuns = async () =>
		(await listExecutions(server!, pollId))
			.filter((e) => !['new', 'running', 'waiting'].includes(e.status))
			.reverse()
			.map((e) => ({ status: e.status, mode: e.mode, chats: triggerOutput(e.data, POLLER).map((i) => `${i.visitorId}:${i.chatId}`) }));

	beforeAll(async () => {
		fakes = await startFakes({ deliverWebhooks: true });
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
		hookId = await importWorkflow(home, example.workflow);
		pollId = await importWorkflow(home, pollWorkflow);
		server = await startN8n(home);
		hookUrl = `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${TRIGGER.webhookId}/webhook`;
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	// A visitor as Chaport would have them after the chat widget asked for their details.
	const lucia = () => fakes.chaport.addVisitor({ name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', phone: '+5491155501234', sourceHost: 'acme.test', country: 'AR', city: 'Rosario' });

	let genuine: (typeof fakes.chaport.deliveryLog)[number];
	let first: { visitorId: string; chatId: number };

	describe('Chaport Trigger: the chaport-chat-to-lead example as shipped', () => {
		it('activation registers one chat.started subscription at the production URL; the token is in no node parameter, and the exported workflow (static data included) holds only its hash', async () => {
			expect(subscriptions()).toEqual([]);
			await activateWorkflow(server!, hookId);
			expect((await productionWebhooks(server!, hookId)).map((h) => `${h.method} ${h.url}`)).toEqual([`POST ${hookUrl}`]);
			const subs = await waitFor('the subscription in the fake Chaport', () => (subscriptions().length ? subscriptions() : undefined), { timeoutMs: 15_000 });
			expect(subs).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{24}$/), event: 'chat.started', targetUrl: expect.stringMatching(/\?token=[0-9a-f]{64}$/) }]);
			expect(subs[0].targetUrl.split('?')[0]).toBe(hookUrl);
			token = new URL(subs[0].targetUrl).searchParams.get('token')!;
			// Registered once, with the credential's token, in the subscription body Chaport's list shows.
			const created = fakes.chaport.requestsTo('createSubscription');
			expect(created.map((r) => [r.headers.authorization, r.body])).toEqual([[`Bearer ${fakes.chaport.token}`, { targetUrl: subs[0].targetUrl, event: 'chat.started', essential: true }]]);

			const stored = await n8nRequest(server!, 'GET', `/api/v1/workflows/${hookId}`, { auth: 'apiKey' });
			expect(stored.status).toBe(200);
			expect(stored.body.nodes.find((n: { name: string }) => n.name === TRIGGER.name).parameters).toEqual(TRIGGER.parameters);
			expect(JSON.stringify(stored.body.nodes)).not.toContain(token);
			const exported = await exportWorkflow(hookId, 'chaport-export');
			expect(JSON.stringify(exported.nodes)).toContain(TRIGGER.webhookId);
			// n8n exports a workflow with its static data: the trigger keeps there the token's SHA-256, never the token.
			expect(exported.staticData).toEqual({ 'node:Chaport Trigger': { tokenHash: sha256(token), subscriptionIds: { 'chat.started': subs[0].id } } });
			expect(JSON.stringify(exported)).not.toContain(token);
		});

		it('the poll workflow is activated too; its first poll records what exists and emits nothing', async () => {
			const before = polls();
			await activateWorkflow(server!, pollId);
			await waitFor('the activation poll', () => (polls() > before ? true : undefined), { timeoutMs: 30_000 });
			expect(await listExecutions(server!, pollId)).toEqual([]);
		});

		it('a live delivery (a visitor starts a chat) runs the example once: Cliengo lead, Chatwoot contact, operator message with its externalId', async () => {
			const visitor = lucia();
			const { chat } = fakes.chaport.startChat(visitor.id, 'Hi! Could I get a quote for 10 seats?');
			first = { visitorId: visitor.id, chatId: chat.id };
			await fakes.chaport.waitForDeliveries();
			const deliveries = fakes.chaport.deliveryLog.filter((d) => d.url.startsWith(hookUrl));
			expect(deliveries.map((d) => [d.event, d.status, JSON.parse(d.body)])).toEqual([
				['chat.started', 200, { event: 'chat.started', extras: { visitorId: visitor.id, chatId: chat.id }, link: `/api/v1/visitors/${visitor.id}/chats` }],
			]);
			genuine = deliveries[0];

			const executions = await waitForExecutions(server!, hookId, (list) => list.length >= 1, { what: 'the execution started by the delivery' });
			await sleep(1000);
			expect(await listExecutions(server!, hookId)).toHaveLength(1);
			expect([executions[0].mode, executions[0].status]).toEqual(['webhook', 'success']);
			const data = executions[0].data;
			const [item] = triggerOutput(data, 'Chaport Trigger');
			expect(item).toMatchObject({ event: 'chat.started', visitorId: visitor.id, chatId: chat.id, visitor: { id: visitor.id, name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', phone: '+5491155501234' } });
			expect(item.chat).toMatchObject({ id: chat.id, visitorId: visitor.id, events: [{ type: 'visitor-message', params: { text: 'Hi! Could I get a quote for 10 seats?' } }] });

			// Cliengo: one new lead on the account's first site, with the visitor's details and first message.
			const site = triggerOutput(data, 'Find the Cliengo site');
			expect(site).toHaveLength(1);
			const leads = fakes.cliengo.allContacts().filter((l) => l.email === 'lucia.fernandez@example.com');
			expect(leads.map((l) => ({ websiteId: l.websiteId, name: l.name, email: l.email, phone: l.phone, message: l.message, entryMethod: l.entryMethod }))).toEqual([
				{ websiteId: site[0].id, name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', phone: '+5491155501234', message: 'Hi! Could I get a quote for 10 seats?', entryMethod: 'API' },
			]);
			expect(fakes.cliengo.requestsTo('contacts.create').map((r) => r.body)).toEqual([
				{ websiteId: site[0].id, name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', phone: '+5491155501234', message: 'Hi! Could I get a quote for 10 seats?', entryMethod: 'API' },
			]);
			expect(triggerOutput(data, 'Create Cliengo lead').map((l) => l.id)).toEqual([leads[0].id]);

			// Chatwoot: one contact with the visitor's email and name and the Chaport visitor in its description.
			const contacts = fakes.chatwoot.state.contacts.filter((c) => c.email === 'lucia.fernandez@example.com');
			expect(contacts.map((c) => ({ name: c.name, email: c.email, description: c.additional_attributes?.description }))).toEqual([
				{ name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', description: `Chaport visitor ${visitor.id}` },
			]);
			expect(triggerOutput(data, 'Create or update Chatwoot contact').map((c) => [c.id, c.upsertAction])).toEqual([[contacts[0].id, 'created']]);

			// Chaport: the operator message in the same chat, sent as the token's operator with the chat's externalId.
			const text = 'Thanks Lucía Fernández! We have your details and a teammate will write to you at lucia.fernandez@example.com shortly.';
			const externalId = `n8n-${visitor.id}-${chat.id}`;
			expect(fakes.chaport.requestsTo('sendMessage').map((r) => r.body)).toEqual([
				{ visitorId: visitor.id, chatId: chat.id, externalId, chatEvent: { type: 'operator-message', params: { text, operatorId: fakes.chaport.me.id } } },
			]);
			const events = fakes.chaport.chat(visitor.id, chat.id)!.events;
			expect(events.map((e) => ({ type: e.type, params: e.params, externalId: e.externalId }))).toEqual([
				{ type: 'visitor-message', params: { text: 'Hi! Could I get a quote for 10 seats?' }, externalId: undefined },
				{ type: 'operator-message', params: { text, operatorId: fakes.chaport.me.id }, externalId },
			]);
			expect(fakes.chaport.chats(visitor.id)).toHaveLength(1);
			expect(triggerOutput(data, 'Thank the visitor in Chaport')).toEqual([clone(events[1])]);
			fakes.chaport.assertNoViolations();
			fakes.cliengo.assertNoViolations();
			fakes.chatwoot.assertNoViolations();
			// The token reached neither the stored execution nor n8n's log.
			expect(JSON.stringify(executions)).not.toContain(token);
			expect(server!.logs()).not.toContain(token);
		});

		it('a delivery without the token or with a wrong one gets 401 and starts nothing', async () => {
			const post = (url: string) => fetch(url, { method: 'POST', headers: genuine.headers, body: genuine.body });
			const missing = await post(hookUrl);
			expect(missing.status).toBe(401);
			expect(await missing.json()).toEqual({ error: 'Unauthorized', reason: 'The token in the URL is missing or wrong' });
			const wrong = await post(`${hookUrl}?token=${'0'.repeat(64)}`);
			expect(wrong.status).toBe(401);
			const truncated = await post(`${hookUrl}?token=${token.slice(0, 63)}`);
			expect(truncated.status).toBe(401);
			await sleep(1500);
			expect(await listExecutions(server!, hookId)).toHaveLength(1);
		});

		it('the same delivery sent again starts no second execution', async () => {
			const again = await fakes.chaport.redeliver(genuine);
			expect([again.retryOf, again.status]).toEqual([genuine.id, 200]);
			await sleep(1500);
			expect(await listExecutions(server!, hookId)).toHaveLength(1);
			expect(fakes.chaport.requestsTo('sendMessage')).toHaveLength(1);
			expect(fakes.cliengo.requestsTo('contacts.create')).toHaveLength(1);
		});
	});

	describe('Chaport Polling Trigger (New Chat)', () => {
		it('the chat started after activation is emitted once; the next polls do not repeat it', async () => {
			await waitFor('the poll that emits the chat', async () => ((await pollRuns()).length >= 1 ? true : undefined), { timeoutMs: 45_000 });
			const now = polls();
			await waitFor('two more polls', () => (polls() >= now + 2 ? true : undefined), { timeoutMs: 40_000 });
			await sleep(1500);
			const runs = await pollRuns();
			expect(runs).toEqual([{ status: 'success', mode: 'trigger', chats: [`${first.visitorId}:${first.chatId}`] }]);
			const [execution] = await listExecutions(server!, pollId);
			const [item] = triggerOutput(execution.data, POLLER);
			expect(item).toEqual({ event: 'chat.started', visitorId: first.visitorId, chatId: first.chatId, visitor: expect.objectContaining({ id: first.visitorId, email: 'lucia.fernandez@example.com' }), chat: expect.objectContaining({ id: first.chatId }) });
			// An idle poll is one request: the first page of visitors.
			const last = fakes.chaport.requests.slice(-1)[0];
			expect([last.route, last.query]).toEqual(['listVisitors', {}]);
		});
	});

	describe('an n8n restart', () => {
		let down: { visitorId: string; chatId: number };
		let after: { visitorId: string; chatId: number };
		let subsBefore: ReturnType<typeof subscriptions>;

		it('a chat started while n8n is down is not delivered (Chaport does not retry)', async () => {
			subsBefore = subscriptions();
			const port = homePort(home);
			await server!.stop();
			server = undefined;
			const visitor = fakes.chaport.addVisitor({ name: 'Tomás Ibarra', email: 'tomas.ibarra@example.com' });
			down = { visitorId: visitor.id, chatId: fakes.chaport.startChat(visitor.id, 'Are you open on Sundays?').chat.id };
			await fakes.chaport.waitForDeliveries();
			expect(fakes.chaport.deliveryLog.slice(-1).map((d) => [d.event, d.status])).toEqual([['chat.started', 0]]);

			server = await startN8n(home);
			// The subscription's URL holds n8n's port: the restart must keep it.
			expect(homePort(home)).toBe(port);
		});

		it('activation at start reuses the subscription (none doubled) and a delivery right after the restart runs', async () => {
			const created = fakes.chaport.requestsTo('createSubscription').length;
			const visitor = lucia();
			// n8n re-registers the production webhook as it starts: wait until it answers.
			await waitFor('the production webhook after the restart', async () => {
				const res = await fetch(hookUrl, { method: 'OPTIONS', headers: { origin: server!.url, 'access-control-request-method': 'POST' } });
				return res.ok ? true : undefined;
			}, { timeoutMs: 30_000 });
			const { chat } = fakes.chaport.startChat(visitor.id, 'Hello again, me from another browser');
			after = { visitorId: visitor.id, chatId: chat.id };
			await fakes.chaport.waitForDeliveries();
			expect(fakes.chaport.deliveryLog.slice(-1).map((d) => [d.event, d.status, d.url])).toEqual([['chat.started', 200, subsBefore[0].targetUrl]]);
			const executions = await waitForExecutions(server!, hookId, (list) => list.length >= 2, { what: 'the execution of the delivery after the restart' });
			expect(executions.map((e) => [e.mode, e.status])).toEqual([['webhook', 'success'], ['webhook', 'success']]);
			expect(triggerOutput(executions[0].data, 'Chaport Trigger').map((i) => [i.visitorId, i.chatId])).toEqual([[visitor.id, chat.id]]);
			expect(fakes.chaport.chat(visitor.id, chat.id)!.events.map((e) => e.externalId)).toEqual([undefined, `n8n-${visitor.id}-${chat.id}`]);

			expect(subscriptions()).toEqual(subsBefore);
			expect(fakes.chaport.requestsTo('createSubscription')).toHaveLength(created);
			expect(fakes.chaport.requestsTo('deleteSubscription')).toEqual([]);
			// Still no token in the export, the executions or the log; the static data as before the restart.
			const exported = await exportWorkflow(hookId, 'chaport-export-after-restart');
			expect(exported.staticData).toEqual({ 'node:Chaport Trigger': { tokenHash: sha256(token), subscriptionIds: { 'chat.started': subsBefore[0].id } } });
			expect(JSON.stringify(exported)).not.toContain(token);
			expect(JSON.stringify(await listExecutions(server!, hookId))).not.toContain(token);
			expect(server!.logs()).not.toContain(token);
		});

		it('the poll cursor survives: nothing replayed, the chat started while n8n was down and the one after are emitted once', async () => {
			const want = [`${down.visitorId}:${down.chatId}`, `${after.visitorId}:${after.chatId}`].sort();
			const emittedSinceRestart = async () => (await pollRuns()).slice(1).flatMap((r) => r.chats);
			await waitFor('the polls after the restart to emit both chats', async () => ((await emittedSinceRestart()).length >= 2 ? true : undefined), { timeoutMs: 60_000 });
			const now = polls();
			await waitFor('one more poll', () => (polls() >= now + 1 ? true : undefined), { timeoutMs: 30_000 });
			await sleep(1500);
			const runs = await pollRuns();
			expect(runs.every((r) => r.status === 'success' && r.mode === 'trigger')).toBe(true);
			expect(runs[0].chats).toEqual([`${first.visitorId}:${first.chatId}`]);
			expect((await emittedSinceRestart()).sort()).toEqual(want);
			fakes.chaport.assertNoViolations();
			await deactivateWorkflow(server!, pollId);
		});

		it('deactivation removes the subscription from Chaport', async () => {
			const [sub] = subscriptions();
			await deactivateWorkflow(server!, hookId);
			await waitFor('the subscription to disappear from the fake', () => (subscriptions().length === 0 ? true : undefined), { timeoutMs: 15_000 });
			expect(fakes.chaport.requestsTo('deleteSubscription').map((r) => r.path)).toEqual([`/api/v1/events/subscriptions/${sub.id}`]);
			const gone = await fetch(`${hookUrl}?token=${token}`, { method: 'POST', headers: genuine.headers, body: genuine.body });
			expect(gone.status).toBe(404);
			// The hash goes with the subscription.
			expect((await exportWorkflow(hookId, 'chaport-export-deactivated')).staticData).toEqual({ 'node:Chaport Trigger': {} });
		});
	});

	describe('static data of the earlier form ({token, subscriptionIds})', () => {
		it('a workflow imported with it adopts its subscription at activation, keeps only the hash from then on, and runs a delivery', async () => {
			const legacyToken = randomBytes(32).toString('hex');
			const webhookId = 'c4a0f2d6-8e1b-4b7a-9f35-2d6e8a1c0b47';
			const legacyUrl = `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${webhookId}/webhook`;
			// Chaport holds the subscription the earlier version registered; the backup holds its token in clear.
			const seeded = await fakes.chaport.call('POST', '/events/subscriptions', { body: { targetUrl: `${legacyUrl}?token=${legacyToken}`, event: 'chat.started', essential: true } });
			const subscriptionId = String((seeded.body as { result: { id: string } }).result.id);
			const legacy = { token: legacyToken, subscriptionIds: { 'chat.started': subscriptionId } };
			const id = await importWorkflow(home, {
				name: 'E2E: Chaport Trigger, earlier static data',
				nodes: [{ ...clone(TRIGGER), id: 'e7d3b9a1-52c4-4f08-8a6e-1b9c3d5f7a20', webhookId, parameters: { events: ['chat.started'], fetchDetails: false } }],
				connections: {},
				settings: { executionOrder: 'v1' },
				staticData: { 'node:Chaport Trigger': legacy },
			});
			expect((await exportWorkflow(id, 'chaport-legacy-imported')).staticData).toEqual({ 'node:Chaport Trigger': legacy });
			const created = fakes.chaport.requestsTo('createSubscription').length;
			const deleted = fakes.chaport.requestsTo('deleteSubscription').length;

			await activateWorkflow(server!, id);
			const exported = await exportWorkflow(id, 'chaport-legacy-activated');
			expect(exported.staticData).toEqual({ 'node:Chaport Trigger': { tokenHash: sha256(legacyToken), subscriptionIds: { 'chat.started': subscriptionId } } });
			expect(JSON.stringify(exported)).not.toContain(legacyToken);
			expect(subscriptions()).toEqual([{ id: subscriptionId, event: 'chat.started', targetUrl: `${legacyUrl}?token=${legacyToken}` }]);
			expect([fakes.chaport.requestsTo('createSubscription').length, fakes.chaport.requestsTo('deleteSubscription').length]).toEqual([created, deleted]);

			// A delivery with the token runs once; a wrong token does not.
			const visitor = fakes.chaport.addVisitor({ name: 'Inés Paz', email: 'ines.paz@example.com' });
			const { chat } = fakes.chaport.startChat(visitor.id, 'Still there?');
			await fakes.chaport.waitForDeliveries();
			const [delivery] = fakes.chaport.deliveryLog.slice(-1);
			expect([delivery.url, delivery.status]).toEqual([`${legacyUrl}?token=${legacyToken}`, 200]);
			const wrong = await fetch(`${legacyUrl}?token=${'0'.repeat(64)}`, { method: 'POST', headers: delivery.headers, body: delivery.body });
			expect(wrong.status).toBe(401);
			const executions = await waitForExecutions(server!, id, (list) => list.length >= 1, { what: 'the delivery to the imported workflow' });
			await sleep(1000);
			expect((await listExecutions(server!, id)).map((e) => [e.mode, e.status])).toEqual([['webhook', 'success']]);
			expect(triggerOutput(executions[0].data, 'Chaport Trigger').map((i) => [i.event, i.visitorId, i.chatId])).toEqual([['chat.started', visitor.id, chat.id]]);
			expect(JSON.stringify(await listExecutions(server!, id))).not.toContain(legacyToken);

			await deactivateWorkflow(server!, id);
			await waitFor('the subscription to disappear from the fake', () => (subscriptions().length === 0 ? true : undefined), { timeoutMs: 15_000 });
		});
	});
});
