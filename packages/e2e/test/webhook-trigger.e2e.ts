/**
 * The Chatwoot Trigger in a running n8n: activation registers the webhook on the fake Chatwoot
 * (through its API, with n8n's production URL), a signed `conversation_created` delivery from
 * the fake runs the workflow (the next node labels the conversation), a forged signature is
 * refused with 401 and starts nothing, and deactivation deletes the webhook from the fake.
 */
import {
	activateWorkflow,
	createN8nHome,
	deactivateWorkflow,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	loadExamples,
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

const workflow = fixture('chatwoot-label-new-conversations.json');
const WEBHOOK_ID = workflow.nodes.find((n: { name: string }) => n.name === 'Chatwoot Trigger').webhookId as string;

describe('Chatwoot Trigger (webhook) in a running n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let workflowId: string;
	let hookUrl: string;
	let home: N8nHome;

	const accountWebhooks = () => fakes.chatwoot.state.webhooks.filter((w) => w.account_id === fakes.chatwoot.accountId);

	beforeAll(async () => {
		fakes = await startFakes({ deliverWebhooks: true });
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
		workflowId = await importWorkflow(home, workflow);
		server = await startN8n(home);
		hookUrl = `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${WEBHOOK_ID}/webhook`;
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	it('activation registers the webhook on Chatwoot with the production URL', async () => {
		expect(accountWebhooks()).toEqual([]);
		await activateWorkflow(server!, workflowId);
		// n8n computes the same production URL.
		expect((await productionWebhooks(server!, workflowId)).map((h) => `${h.method} ${h.url}`)).toEqual([`POST ${hookUrl}`]);
		// The trigger's `create` runs during activation, at about the time n8n registers the URL.
		const hooks = await waitFor('the webhook on the fake', () => (accountWebhooks().length ? accountWebhooks() : undefined), { timeoutMs: 15_000 });
		expect(hooks).toHaveLength(1);
		expect(hooks[0].url).toBe(hookUrl);
		expect(hooks[0].subscriptions).toEqual(['conversation_created']);
		expect(hooks[0].secret).toEqual(expect.any(String));
		// Registered through the API with the credential's token.
		const created = fakes.chatwoot.server.requestsTo('webhooks.create');
		expect(created).toHaveLength(1);
		expect(created[0].headers.api_access_token).toBe(fakes.chatwoot.tokens.user);
	});

	it('a signed conversation_created delivery runs the workflow and labels the conversation', async () => {
		const conversation = fakes.chatwoot.addConversation({ labels: [] });
		await fakes.chatwoot.flushWebhooks();
		const deliveries = fakes.chatwoot.webhookDeliveries.filter((d) => d.url === hookUrl);
		expect(deliveries.map((d) => [d.event, d.status, d.error])).toEqual([['conversation_created', 200, undefined]]);

		const executions = await waitForExecutions(server!, workflowId, (list) => list.length >= 1, { what: 'the execution started by the delivery' });
		expect(executions).toHaveLength(1);
		const [execution] = executions;
		expect(execution.status).toBe('success');
		expect(execution.mode).toBe('webhook');
		const item = triggerOutput(execution.data, 'Chatwoot Trigger')[0];
		expect(item).toMatchObject({ event: 'conversation_created', id: conversation.display_id, account: { id: fakes.chatwoot.accountId } });
		expect(item.webhook).toMatchObject({ delivery_id: deliveries[0].deliveryId, signature_verified: true });
		expect(triggerOutput(execution.data, 'Add Label')[0]).toEqual({ labels: ['lead'] });

		// The label is on the conversation in Chatwoot.
		await waitFor('the label on the conversation', () => (fakes.chatwoot.conversation(conversation.display_id)?.labels.includes('lead') ? true : undefined), { timeoutMs: 10_000 });
		expect(fakes.chatwoot.conversation(conversation.display_id)!.labels).toEqual(['lead']);
		fakes.chatwoot.assertNoViolations();
	});

	it('a forged or tampered signature gets 401 and starts nothing', async () => {
		const conversation = fakes.chatwoot.addConversation({ labels: [] }, undefined);
		await fakes.chatwoot.flushWebhooks();
		await waitForExecutions(server!, workflowId, (list) => list.length >= 2, { what: 'the execution of the second conversation' });
		const before = (await listExecutions(server!, workflowId)).length;
		const secret = accountWebhooks()[0].secret;

		const forged = await fakes.chatwoot.sendEvent(hookUrl, 'conversation_created', { conversationDisplayId: conversation.display_id }, { secret: 'not-the-secret' });
		expect(forged.status).toBe(401);
		expect(forged.body).toMatchObject({ error: 'Unauthorized', reason: expect.stringMatching(/signature does not match/i) });

		const tampered = await fakes.chatwoot.sendEvent(hookUrl, 'conversation_created', { conversationDisplayId: conversation.display_id }, { secret, tamper: true });
		expect(tampered.status).toBe(401);

		const unsigned = await fakes.chatwoot.sendEvent(hookUrl, 'conversation_created', { conversationDisplayId: conversation.display_id }, { signed: false });
		expect(unsigned.status).toBe(401);

		// The genuine signature is accepted (same payload): proves the 401s came from the signature.
		const genuine = await fakes.chatwoot.sendEvent(hookUrl, 'conversation_created', { conversationDisplayId: conversation.display_id }, { secret });
		expect(genuine.status).toBe(200);
		await waitForExecutions(server!, workflowId, (list) => list.length >= before + 1, { what: 'the execution of the genuine delivery' });
		await sleep(1500);
		expect((await listExecutions(server!, workflowId)).length).toBe(before + 1);
	});

	it('deactivation deletes the webhook from Chatwoot', async () => {
		const id = accountWebhooks()[0].id;
		await deactivateWorkflow(server!, workflowId);
		await waitFor('the webhook to disappear from the fake', () => (accountWebhooks().length === 0 ? true : undefined), { timeoutMs: 15_000 });
		expect(fakes.chatwoot.server.requestsTo('webhooks.destroy').map((r) => r.path)).toEqual([`/api/v1/accounts/${fakes.chatwoot.accountId}/webhooks/${id}`]);
		// n8n no longer answers on the production URL.
		const after = await fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		expect(after.status).toBe(404);
	});

	// The example that ships with the repository, imported as it is (examples/chatwoot-conversation-triage,
	// README "What the demo and the e2e tests find afterwards"). Runs after the fixture was deactivated,
	// so that only this workflow hears conversation_created.
	it('example chatwoot-conversation-triage: labels a new conversation "lead" and assigns it to sales', async () => {
		const example = loadExamples().find((e) => e.name === 'chatwoot-conversation-triage');
		if (!example) throw new Error('examples/chatwoot-conversation-triage is missing');
		const trigger = example.workflow.nodes.find((n: { type: string }) => n.type === '@leadchat/n8n-nodes-chatwoot.chatwootTrigger');
		const exampleUrl = `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${trigger.webhookId}/webhook`;
		const id = await importWorkflow(home, example.workflow);
		await activateWorkflow(server!, id);
		const hooks = await waitFor('the example\'s webhook on the fake', () => (accountWebhooks().length ? accountWebhooks() : undefined), { timeoutMs: 15_000 });
		expect(hooks.map((h) => ({ url: h.url, subscriptions: h.subscriptions, name: h.name }))).toEqual([
			{ url: exampleUrl, subscriptions: ['conversation_created'], name: 'n8n: Chatwoot conversation triage' },
		]);

		const contact = fakes.chatwoot.addContact({ name: 'Marta Ruiz', email: 'marta.ruiz@example.com', inboxId: 2 });
		const conversation = fakes.chatwoot.addConversation({ contactId: contact.id, inboxId: 2 });
		await fakes.chatwoot.flushWebhooks();
		expect(fakes.chatwoot.webhookDeliveries.filter((d) => d.url === exampleUrl).map((d) => [d.event, d.status])).toEqual([['conversation_created', 200]]);

		const [execution] = await waitForExecutions(server!, id, (list) => list.length >= 1, { what: 'the example\'s execution' });
		expect([execution.mode, execution.status]).toEqual(['webhook', 'success']);
		expect(triggerOutput(execution.data, 'Chatwoot Trigger')[0]).toMatchObject({ id: conversation.display_id, webhook: { signature_verified: true } });
		const now = fakes.chatwoot.conversation(conversation.display_id)!;
		expect({ labels: now.labels, team_id: now.team_id }).toEqual({ labels: ['lead'], team_id: 1 });
		fakes.chatwoot.assertNoViolations();

		await deactivateWorkflow(server!, id);
		await waitFor('the example\'s webhook to disappear', () => (accountWebhooks().length === 0 ? true : undefined), { timeoutMs: 15_000 });
	});
});
