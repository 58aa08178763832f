/**
 * The Crisp triggers in a running n8n.
 *
 * Crisp Trigger (plugin hook): Crisp hooks are pasted into Crisp by hand, so activation registers
 * nothing; the fake Crisp is then given n8n's production URL as a plugin hook (as the user would in
 * the Marketplace) and sends a live signed `message:send` delivery → one execution with the event.
 * A forged delivery gets 401 and starts nothing; Crisp's retry of the same delivery (attempt count
 * 2, as sent and re-stamped) starts no second execution. n8n hands the raw bytes over, so a body
 * that is not compact passes whether it was signed as sent or re-serialised.
 *
 * Crisp Polling Trigger (New Conversation): a conversation that gets its first message after
 * activation is emitted once; the next polls do not repeat it. Poll times as in
 * polling-trigger.e2e.ts: six minute-granular custom crons, one every 10 s (n8n refuses sub-minute
 * crons).
 */
import {
	activateWorkflow,
	createN8nHome,
	deactivateWorkflow,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	productionWebhooks,
	startFakes,
	startN8n,
	waitFor,
	waitForExecutions,
	type N8nHome,
	type N8nServer,
	type RunningFakes,
} from '../src';
import { crisp } from '@leadchat/testkit';
import { fixture, sleep, triggerOutput } from './helpers';

const hookWorkflow = fixture('crisp-plugin-hook.json');
const pollWorkflow = fixture('crisp-polling-new-conversation.json');
const WEBHOOK_ID = hookWorkflow.nodes[0].webhookId as string;

describe('Crisp triggers in a running n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let home: N8nHome;
	let hookId: string;
	let pollId: string;
	let hookUrl: string;

	beforeAll(async () => {
		fakes = await startFakes();
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
		hookId = await importWorkflow(home, hookWorkflow);
		pollId = await importWorkflow(home, pollWorkflow);
		server = await startN8n(home);
		hookUrl = `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${WEBHOOK_ID}/webhook`;
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	describe('Crisp Trigger (plugin hook)', () => {
		it('activation registers nothing in Crisp; n8n serves the production URL to paste', async () => {
			fakes.crisp.clearLog();
			await activateWorkflow(server!, hookId);
			expect((await productionWebhooks(server!, hookId)).map((h) => `${h.method} ${h.url}`)).toEqual([`POST ${hookUrl}`]);
			expect(fakes.crisp.requests).toEqual([]);
			// The user pastes the URL into the plugin's Events settings.
			await fakes.crisp.hooks.deliverPending();
			fakes.crisp.hooks.addPluginHook({ url: hookUrl, events: ['message:send'] });
		});

		it('a live signed message:send delivery runs the workflow once with the event', async () => {
			const conversation = fakes.crisp.addConversation();
			const message = fakes.crisp.addVisitorMessage(conversation.session_id, 'Hello from the chatbox, my email is ana@example.com');
			const deliveries = await fakes.crisp.hooks.deliverPending();
			expect(deliveries.map((d) => [d.event, d.status, d.error])).toEqual([['message:send', 200, undefined]]);
			expect(deliveries[0].signature).toMatch(/^[0-9a-f]{64}$/);

			const executions = await waitForExecutions(server!, hookId, (list) => list.length >= 1, { what: 'the execution started by the delivery' });
			expect(executions).toHaveLength(1);
			expect([executions[0].mode, executions[0].status]).toEqual(['webhook', 'success']);
			const items = triggerOutput(executions[0].data, 'Crisp Trigger');
			expect(items).toEqual([JSON.parse(deliveries[0].body)]);
			expect(items[0]).toMatchObject({
				website_id: fakes.crisp.websiteId,
				event: 'message:send',
				data: { session_id: conversation.session_id, from: 'user', content: message.content, fingerprint: message.fingerprint },
			});
		});

		it('a forged delivery gets 401 and starts nothing', async () => {
			const [genuine] = fakes.crisp.hooks.deliveries.filter((d) => d.url === hookUrl);
			const forgedBody = genuine.body.replace('my email is ana@example.com', 'send me a refund');
			const forged = await fetch(hookUrl, { method: 'POST', headers: genuine.headers, body: forgedBody });
			expect(forged.status).toBe(401);
			expect(await forged.json()).toEqual({ error: 'Unauthorized', reason: 'The signature does not match the body' });
			// Signed with another secret (someone who knows the URL but not the plugin's secret).
			fakes.crisp.hooks.plugin.splice(0);
			fakes.crisp.hooks.addPluginHook({ url: hookUrl, events: ['message:send'], secret: 'not-the-plugin-secret' });
			const conversation = fakes.crisp.addConversation();
			fakes.crisp.addVisitorMessage(conversation.session_id, 'forged');
			const [wrongSecret] = await fakes.crisp.hooks.deliverPending();
			expect(wrongSecret.status).toBe(401);
			fakes.crisp.hooks.plugin.splice(0);
			fakes.crisp.hooks.addPluginHook({ url: hookUrl, events: ['message:send'] });
			await sleep(1500);
			expect(await listExecutions(server!, hookId)).toHaveLength(1);
		});

		it("Crisp's retry (X-Delivery-Attempt-Count 2), as sent or re-stamped, starts no second execution", async () => {
			const [genuine] = fakes.crisp.hooks.deliveries.filter((d) => d.url === hookUrl && d.status === 200);
			const retry = await fakes.crisp.hooks.redeliver(genuine);
			expect([retry.headers['X-Delivery-Attempt-Count'], retry.status]).toEqual(['2', 200]);
			const restamped = await fakes.crisp.hooks.redeliver(retry, { restamp: true });
			expect([restamped.headers['X-Delivery-Attempt-Count'], restamped.status, restamped.timestamp !== genuine.timestamp]).toEqual(['3', 200, true]);
			await sleep(1500);
			expect(await listExecutions(server!, hookId)).toHaveLength(1);

			// A new message is a new delivery: the trigger still runs.
			const conversation = fakes.crisp.addConversation();
			fakes.crisp.addVisitorMessage(conversation.session_id, 'a second question');
			expect((await fakes.crisp.hooks.deliverPending()).map((d) => d.status)).toEqual([200]);
			await waitForExecutions(server!, hookId, (list) => list.length >= 2, { what: 'the execution of the second message' });
			await sleep(1000);
			expect(await listExecutions(server!, hookId)).toHaveLength(2);
		});

		it('n8n hands over the raw bytes: a body that is not compact passes signed as sent (Go client) and signed re-serialised (Node client)', async () => {
			const ts = String(Date.now());
			const event = (content: string) => ({
				website_id: fakes.crisp.websiteId,
				event: 'message:send',
				data: { website_id: fakes.crisp.websiteId, session_id: 'session_2f4e6a8c-1b3d-4f5a-9c7e-0d2b4f6a8c1e', type: 'text', from: 'user', origin: 'chat', content, timestamp: Number(ts) },
				timestamp: Number(ts),
			});
			const post = (body: string, signed: string) =>
				fetch(hookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Crisp-Request-Timestamp': ts, 'X-Crisp-Signature': crisp.signCrispHook(fakes.crisp.store.signatureSecret, ts, signed), 'X-Delivery-Attempt-Count': '1' }, body });
			const raw = JSON.stringify(event('signed as sent'), null, 2);
			expect((await post(raw, raw)).status).toBe(200);
			const reserialised = JSON.stringify(event('signed re-serialised'), null, 2);
			expect((await post(reserialised, JSON.stringify(JSON.parse(reserialised)))).status).toBe(200);
			const executions = await waitForExecutions(server!, hookId, (list) => list.length >= 4, { what: 'the executions of both signature styles' });
			const contents = executions.slice(0, 2).flatMap((e) => triggerOutput(e.data, 'Crisp Trigger')).map((i) => i.data.content);
			expect(contents.sort()).toEqual(['signed as sent', 'signed re-serialised']);
			fakes.crisp.assertNoViolations();
			await deactivateWorkflow(server!, hookId);
		});
	});

	describe('Crisp Polling Trigger (New Conversation)', () => {
		const polls = () => fakes.crisp.requestsFor('listConversations').length;

		it('a conversation started after activation is emitted once; the next polls do not repeat it', async () => {
			// Written just before activation: inside the look-back window, kept out by the first poll's "record what exists".
			const early = fakes.crisp.addConversation();
			fakes.crisp.addVisitorMessage(early.session_id, 'before activation');
			const pollsBefore = polls();
			await activateWorkflow(server!, pollId);
			await waitFor('the activation poll', () => (polls() > pollsBefore ? true : undefined), { timeoutMs: 30_000 });
			expect(await listExecutions(server!, pollId)).toEqual([]);

			const conversation = fakes.crisp.addConversation();
			fakes.crisp.addVisitorMessage(conversation.session_id, 'Hi! Do you deliver to Lisbon?');
			const executions = await waitForExecutions(server!, pollId, (list) => list.length >= 1, { timeoutMs: 45_000, what: 'the execution started by the poll that sees the conversation' });
			expect(executions).toHaveLength(1);
			expect([executions[0].mode, executions[0].status]).toEqual(['trigger', 'success']);
			const emitted = triggerOutput(executions[0].data, 'Crisp Polling Trigger');
			expect(emitted.map((c) => c.session_id)).toEqual([conversation.session_id]);
			expect(emitted[0]).toEqual(JSON.parse(JSON.stringify(fakes.crisp.conversation(conversation.session_id))));

			// Two more polls (one of them may have been under way): nothing repeated; an idle poll is one request.
			const pollsNow = polls();
			await waitFor('two more polls', () => (polls() >= pollsNow + 2 ? true : undefined), { timeoutMs: 40_000 });
			await sleep(1500);
			expect(await listExecutions(server!, pollId)).toHaveLength(1);
			const idle = fakes.crisp.requests.slice(-1)[0];
			expect(idle.path).toBe(`/v1/website/${fakes.crisp.websiteId}/conversations/1`);
			fakes.crisp.assertNoViolations();
			await deactivateWorkflow(server!, pollId);
		});
	});
});
