/**
 * Webhook triggers under faults, in a running n8n (issue 8, items 2-4):
 * - at most one execution per delivery: an exact replay of a signed Chatwoot delivery, 5 concurrent
 *   copies, the same delivery with its (unsigned) X-Chatwoot-Delivery header changed or removed; 25
 *   distinct deliveries all run (no loss) and a replay of an early one after them runs nothing. The
 *   same for the Cliengo Webhook Trigger with leads.
 * - activation of a Chatwoot Trigger in "Verify with the Webhook's Secret" mode fails, with the
 *   node's advice, when Chatwoot returns no secret;
 * - webhook secrets live in credentials: the Chatwoot provided secret and the Cliengo key are found
 *   nowhere in n8n's database files, the workflow and credential exports, or the stored executions;
 *   workflows that still hold the old node fields are refused or ignore them, as n8n does.
 *
 * Execution counts are read once they are stable (no execution running and the count unchanged for
 * a few seconds), never after a fixed sleep.
 */
import fs from 'node:fs';
import path from 'node:path';

import { httpSend } from '@leadchat/testkit';
import {
	FAKE_CREDENTIALS,
	FAKE_WEBHOOK_SECRETS,
	activateWorkflow,
	createN8nHome,
	credentialRef,
	deactivateWorkflow,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	n8nCli,
	n8nRequest,
	settledExecutions,
	startFakes,
	startN8n,
	waitFor,
	type ExecutionSummary,
	type N8nHome,
	type N8nServer,
	type RunningFakes,
} from '../src';
import { fixture, triggerOutput } from './helpers';

const CHATWOOT_TRIGGER = '@leadchat/n8n-nodes-chatwoot.chatwootTrigger';
const CLIENGO_WEBHOOK_TRIGGER = '@leadchat/n8n-nodes-cliengo.cliengoWebhookTrigger';

/** What the nodes say (kept here as text: the e2e tests run against the built packages). */
const NO_WEBHOOK_SECRET_START = 'Chatwoot returned no secret for this webhook, so no delivery could ever be verified';

/** A one-node workflow with a Chatwoot Trigger. */
function chatwootWorkflow(id: string, webhookId: string, parameters: Record<string, unknown>, credentials: Record<string, { id: string; name: string }>) {
	return {
		id,
		name: `E2E faults: ${id}`,
		nodes: [{ id: `${id}-trigger`, name: 'Chatwoot Trigger', type: CHATWOOT_TRIGGER, typeVersion: 1, position: [0, 0], webhookId, parameters, credentials }],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

/** The Cliengo fixture under another id and webhook id, with other parameters or credentials. */
function cliengoWorkflow(id: string, webhookId: string, over: { parameters?: Record<string, unknown>; credentials?: Record<string, unknown> | null } = {}) {
	const wf = fixture('cliengo-webhook-new-lead.json');
	wf.id = id;
	wf.name = `E2E faults: ${id}`;
	const node = wf.nodes[0];
	node.id = `${id}-trigger`;
	node.webhookId = webhookId;
	if (over.parameters) node.parameters = over.parameters;
	if (over.credentials === null) delete node.credentials;
	else if (over.credentials) node.credentials = over.credentials;
	return wf;
}

const ids = {
	chatwoot: 'e2eFaultCwSigned',
	chatwootProvided: 'e2eFaultCwProvid',
	chatwootNoSecret: 'e2eFaultCwNoSecr',
	chatwootOldSecret: 'e2eFaultCwOldSec',
	cliengo: 'e2eClWebhookLead',
	cliengoOldNoCred: 'e2eFaultClOldKey',
	cliengoOldWithCred: 'e2eFaultClOldCrd',
};
const hooks = {
	chatwoot: '0c1d2e3f-4a5b-4c6d-8e7f-000000000001',
	chatwootProvided: '0c1d2e3f-4a5b-4c6d-8e7f-000000000002',
	chatwootNoSecret: '0c1d2e3f-4a5b-4c6d-8e7f-000000000003',
	chatwootOldSecret: '0c1d2e3f-4a5b-4c6d-8e7f-000000000004',
	cliengo: 'a3e9c5d1-7b2f-4c8e-9a6d-1e4f8b2c7d05',
	cliengoOldNoCred: '0c1d2e3f-4a5b-4c6d-8e7f-000000000006',
	cliengoOldWithCred: '0c1d2e3f-4a5b-4c6d-8e7f-000000000007',
};
/** Values of the old node fields (plain text in workflows made before the credentials). */
const OLD_FIELD = { cliengoKey: 'e2e-old-shared-key-field-91c2', chatwootSecret: 'e2e-old-secret-field-5a7e' };

const CHATWOOT_API = credentialRef('leadchatChatwootApi');
const CHATWOOT_SECRET = credentialRef('leadchatChatwootWebhookSecretApi');
const CLIENGO_KEY = credentialRef('leadchatCliengoWebhookApi');

describe('webhook triggers under replays, copies and secret checks, in a running n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let home: N8nHome;
	const url = (webhookId: string) => `${String(home.env.N8N_WEBHOOK_URL).replace(/\/+$/, '')}/webhook/${webhookId}/webhook`;

	beforeAll(async () => {
		fakes = await startFakes({ deliverWebhooks: false });
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, fakes.credentials());
		for (const wf of [
			chatwootWorkflow(ids.chatwoot, hooks.chatwoot, { events: ['contact_created'] }, CHATWOOT_API),
			chatwootWorkflow(ids.chatwootProvided, hooks.chatwootProvided, { events: ['contact_created'], signatureVerification: 'providedSecret' }, { ...CHATWOOT_API, ...CHATWOOT_SECRET }),
			chatwootWorkflow(ids.chatwootNoSecret, hooks.chatwootNoSecret, { events: ['contact_created'] }, CHATWOOT_API),
			chatwootWorkflow(ids.chatwootOldSecret, hooks.chatwootOldSecret, { events: ['contact_created'], signatureVerification: 'providedSecret', secret: OLD_FIELD.chatwootSecret }, CHATWOOT_API),
			fixture('cliengo-webhook-new-lead.json'),
			cliengoWorkflow(ids.cliengoOldNoCred, hooks.cliengoOldNoCred, { parameters: { sharedKey: OLD_FIELD.cliengoKey }, credentials: null }),
			cliengoWorkflow(ids.cliengoOldWithCred, hooks.cliengoOldWithCred, { parameters: { sharedKey: OLD_FIELD.cliengoKey } }),
		]) {
			await importWorkflow(home, wf);
		}
		server = await startN8n(home);
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	// -------------------------------------------------------------------------------- helpers

	/** n8n publishes through an outbox: the API answers first; this waits for the outcome of the triggers. */
	async function publication(workflowId: string): Promise<{ status: string; triggers: Array<{ nodeId: string; status: string; errorMessage: string | null }> }> {
		let last: unknown;
		return waitFor(
			`the publication of workflow ${workflowId} to settle`,
			async () => {
				const result = await n8nRequest(server!, 'GET', `/rest/workflows/${workflowId}/publication-status`, { auth: 'cookie' });
				last = result.body;
				const data = result.body?.data;
				return data && !['in_progress', 'not_published'].includes(data.status) ? data : undefined;
			},
			{ timeoutMs: 120_000, intervalMs: 500, details: () => `last status: ${JSON.stringify(last)}` },
		);
	}

	/** Activates and waits until the trigger's registration (checkExists/create) has run and succeeded. */
	async function activate(workflowId: string): Promise<void> {
		await activateWorkflow(server!, workflowId);
		const outcome = await publication(workflowId);
		expect(outcome.status).toBe('published');
	}

	/** The workflow's executions once none is running and their number (at least `atLeast`) has not changed for `stableMs`. */
	const settled = (workflowId: string, atLeast: number, stableMs = 4000) =>
		settledExecutions(server!, workflowId, { stableMs, done: (list) => list.length >= atLeast, what: `the executions of workflow ${workflowId} to settle (at least ${atLeast})` });

	/** The items each execution's trigger emitted (one per execution), oldest first. */
	const emitted = (executions: ExecutionSummary[], node: string) =>
		[...executions].sort((a, b) => Number(a.id) - Number(b.id)).map((e) => {
			expect(e.status).toBe('success');
			const items = triggerOutput(e.data, node);
			expect(items).toHaveLength(1);
			return items[0];
		});

	/** Posts exactly these bytes and headers again (a captured delivery); `undefined` removes a header. */
	const replay = (target: string, d: { sentBody: string; sentHeaders: Record<string, string> }, headers: Record<string, string | undefined> = d.sentHeaders) =>
		httpSend(target, { method: 'POST', body: d.sentBody, headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined)), timeoutMs: 30_000 });

	const postJson = (target: string, body: unknown) => httpSend(target, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, timeoutMs: 30_000 });

	/** Runs `tasks` with at most `width` at a time. */
	async function inBatches<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
		const out: T[] = [];
		for (let i = 0; i < tasks.length; i += width) out.push(...(await Promise.all(tasks.slice(i, i + width).map((t) => t()))));
		return out;
	}

	const accountHooks = (target: string) => fakes.chatwoot.state.webhooks.filter((w) => w.account_id === fakes.chatwoot.accountId && w.url === target);

	// -------------------------------------------------------------------------------- Chatwoot

	describe('Chatwoot Trigger (signed with the webhook secret)', () => {
		let target: string;
		let secret: string;
		let first: Awaited<ReturnType<RunningFakes['chatwoot']['sendEvent']>>;

		beforeAll(async () => {
			target = url(hooks.chatwoot);
			await activate(ids.chatwoot);
			const [hook] = accountHooks(target);
			expect(hook.secret).toEqual(expect.any(String));
			secret = hook.secret;
		});

		it('an exact replay and 5 concurrent copies of a signed delivery start exactly one execution', async () => {
			const contact = fakes.chatwoot.addContact({ name: 'Replay Target', email: 'replay@example.com' });
			first = await fakes.chatwoot.sendEvent(target, 'contact_created', { contactId: contact.id }, { secret });
			expect(first.status).toBe(200);
			const again = await replay(target, first);
			const copies = await Promise.all(Array.from({ length: 5 }, () => replay(target, first)));
			expect([again, ...copies].map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);

			const executions = await settled(ids.chatwoot, 1);
			expect(executions).toHaveLength(1);
			expect(executions[0].mode).toBe('webhook');
			expect(emitted(executions, 'Chatwoot Trigger')).toEqual([JSON.parse(first.sentBody)]);
		});

		it('the same signed delivery with X-Chatwoot-Delivery changed or removed is still one execution', async () => {
			const changed = await replay(target, first, { ...first.sentHeaders, 'X-Chatwoot-Delivery': 'another-delivery-id' });
			const removed = await replay(target, first, { ...first.sentHeaders, 'X-Chatwoot-Delivery': undefined });
			expect([changed.status, removed.status]).toEqual([200, 200]);
			expect(await settled(ids.chatwoot, 1)).toHaveLength(1);
		});

		it('25 distinct deliveries start 25 executions (none lost); a replay of an early one afterwards starts none', async () => {
			const contacts = Array.from({ length: 25 }, (_, i) => fakes.chatwoot.addContact({ name: `Distinct ${i + 1}`, email: `distinct${i + 1}@example.com` }));
			const deliveries = await inBatches(
				contacts.map((c) => () => fakes.chatwoot.sendEvent(target, 'contact_created', { contactId: c.id }, { secret })),
				5,
			);
			expect(deliveries.map((d) => d.status)).toEqual(contacts.map(() => 200));
			const executions = await settled(ids.chatwoot, 26);
			expect(executions).toHaveLength(26);
			expect(emitted(executions, 'Chatwoot Trigger').map((item) => item.id).sort((a, b) => a - b)).toEqual(
				[JSON.parse(first.sentBody).id, ...contacts.map((c) => c.id)].sort((a, b) => a - b),
			);

			const early = await replay(target, deliveries[0]);
			expect(early.status).toBe(200);
			const firstAgain = await replay(target, first);
			expect(firstAgain.status).toBe(200);
			expect(await settled(ids.chatwoot, 26)).toHaveLength(26);
		});

		it('a forged copy (same signature, other body) gets 401 and starts nothing', async () => {
			const forged = await replay(target, { ...first, sentBody: first.sentBody.replace('Replay Target', 'Mallory') });
			expect(forged.status).toBe(401);
			expect(forged.body).toEqual({ error: 'Unauthorized', reason: 'The signature does not match the body' });
			expect(await settled(ids.chatwoot, 26)).toHaveLength(26);
		});
	});

	describe('Chatwoot Trigger: activation without a usable secret', () => {
		it('in "Verify with the Webhook\'s Secret" mode, a Chatwoot that returns no secret makes activation fail with what to do, and leaves no webhook behind', async () => {
			const target = url(hooks.chatwootNoSecret);
			fakes.chatwoot.state.webhookSecrets = false;
			try {
				await n8nRequest(server!, 'POST', `/api/v1/workflows/${ids.chatwootNoSecret}/activate`, { auth: 'apiKey', timeoutMs: 60_000 });
				const outcome = await publication(ids.chatwootNoSecret);
				expect(outcome.status).toBe('failed');
				expect(outcome.triggers).toEqual([{ nodeId: `${ids.chatwootNoSecret}-trigger`, status: 'failed', errorMessage: expect.stringContaining(NO_WEBHOOK_SECRET_START) }]);
				const message = outcome.triggers[0].errorMessage!;
				expect(message).toContain('choose "Verify with a Secret I Provide"');
				expect(message).toContain('or choose "Do Not Verify"');
				// The trigger registered a webhook, found no secret, and removed it again.
				expect(fakes.chatwoot.server.requestsTo('webhooks.create').some((r) => (r.body as { webhook?: { url?: string } })?.webhook?.url === target)).toBe(true);
				expect(accountHooks(target)).toEqual([]);
				// n8n does not answer on the URL: nothing could start the workflow.
				const post = await httpSend(target, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
				expect(post.status).toBe(404);
			} finally {
				await deactivateWorkflow(server!, ids.chatwootNoSecret);
				fakes.chatwoot.state.webhookSecrets = true;
			}
			expect(accountHooks(target)).toEqual([]);
		});

		it('a workflow that still holds the old "Secret" field (and no credential) is refused by n8n, naming the credential', async () => {
			const result = await n8nRequest(server!, 'POST', `/api/v1/workflows/${ids.chatwootOldSecret}/activate`, { auth: 'apiKey', timeoutMs: 60_000 });
			expect(result.status).toBe(400);
			expect(result.body.message).toBe('Cannot publish workflow: 1 node have configuration issues:\n\nNode "Chatwoot Trigger":\n  - Missing required credential: Chatwoot Webhook Secret');
			expect(accountHooks(url(hooks.chatwootOldSecret))).toEqual([]);
		});
	});

	describe('Chatwoot Trigger ("Verify with a Secret I Provide", from the credential)', () => {
		it('a delivery signed with the credential\'s secret runs; one signed with another secret gets 401', async () => {
			const target = url(hooks.chatwootProvided);
			await activate(ids.chatwootProvided);
			const contact = fakes.chatwoot.addContact({ name: 'Provided Secret', email: 'provided@example.com' });
			const good = await fakes.chatwoot.sendEvent(target, 'contact_created', { contactId: contact.id }, { secret: FAKE_WEBHOOK_SECRETS.chatwoot });
			const registered = await fakes.chatwoot.sendEvent(target, 'contact_created', { contactId: contact.id }, { secret: accountHooks(target)[0].secret });
			const wrong = await fakes.chatwoot.sendEvent(target, 'contact_created', { contactId: contact.id }, { secret: `${FAKE_WEBHOOK_SECRETS.chatwoot}-not` });
			expect([good.status, registered.status, wrong.status]).toEqual([200, 401, 401]);
			const executions = await settled(ids.chatwootProvided, 1);
			expect(emitted(executions, 'Chatwoot Trigger')).toEqual([JSON.parse(good.sentBody)]);
		});
	});

	// -------------------------------------------------------------------------------- Cliengo

	describe('Cliengo Webhook Trigger (key from the credential)', () => {
		let target: string;
		let firstLead: ReturnType<RunningFakes['cliengo']['insertLead']>;

		beforeAll(async () => {
			target = url(hooks.cliengo);
			await activate(ids.cliengo);
		});

		it('the same lead posted again, and 5 copies at once, start exactly one execution', async () => {
			firstLead = fakes.cliengo.insertLead({ name: 'Lucía', email: 'lucia@example.com' });
			const first = await fakes.cliengo.sendNewLeadWebhook(target, firstLead, FAKE_WEBHOOK_SECRETS.cliengo);
			expect(first.status).toBe(200);
			const again = await fakes.cliengo.sendNewLeadWebhook(target, firstLead, FAKE_WEBHOOK_SECRETS.cliengo);
			const copies = await Promise.all(Array.from({ length: 5 }, () => fakes.cliengo.sendNewLeadWebhook(target, firstLead, FAKE_WEBHOOK_SECRETS.cliengo)));
			expect([again, ...copies].map((r) => [r.status, r.body])).toEqual(Array.from({ length: 6 }, () => [200, { received: true, duplicate: true }]));
			const executions = await settled(ids.cliengo, 1);
			const expected = fakes.cliengo.newLeadWebhookBody(firstLead, FAKE_WEBHOOK_SECRETS.cliengo);
			delete expected.key;
			expect(emitted(executions, 'Cliengo Webhook Trigger')).toEqual([expected]);
		});

		it('25 distinct leads start 25 executions (none lost); the first lead posted again afterwards starts none', async () => {
			const leads = Array.from({ length: 25 }, (_, i) => fakes.cliengo.insertLead({ name: `Lead ${i + 1}`, email: `lead${i + 1}@example.com` }));
			const results = await inBatches(
				leads.map((lead) => () => fakes.cliengo.sendNewLeadWebhook(target, lead, FAKE_WEBHOOK_SECRETS.cliengo)),
				5,
			);
			expect(results.map((r) => r.status)).toEqual(leads.map(() => 200));
			const executions = await settled(ids.cliengo, 26);
			expect(executions).toHaveLength(26);
			expect(emitted(executions, 'Cliengo Webhook Trigger').map((item) => item.id).sort()).toEqual([firstLead.id, ...leads.map((l) => l.id)].sort());

			const early = await fakes.cliengo.sendNewLeadWebhook(target, leads[0], FAKE_WEBHOOK_SECRETS.cliengo);
			expect([early.status, early.body]).toEqual([200, { received: true, duplicate: true }]);
			expect(await settled(ids.cliengo, 26)).toHaveLength(26);
		});

		it('a wrong or missing key gets 401 and starts nothing', async () => {
			const lead = fakes.cliengo.insertLead({ name: 'Intruso' });
			const wrong = await fakes.cliengo.sendNewLeadWebhook(target, lead, 'not-the-key');
			const { key: _key, ...withoutKey } = fakes.cliengo.newLeadWebhookBody(lead, 'x');
			const missing = await postJson(target, withoutKey);
			expect([wrong.status, wrong.body, missing.status]).toEqual([401, { message: 'Invalid or missing webhook key' }, 401]);
			expect(await settled(ids.cliengo, 26)).toHaveLength(26);
		});

		it('a workflow that still holds the old "Shared Key" field and no credential is refused by n8n, naming the credential', async () => {
			const result = await n8nRequest(server!, 'POST', `/api/v1/workflows/${ids.cliengoOldNoCred}/activate`, { auth: 'apiKey', timeoutMs: 60_000 });
			expect(result.status).toBe(400);
			expect(result.body.message).toBe('Cannot publish workflow: 1 node have configuration issues:\n\nNode "Cliengo Webhook Trigger":\n  - Missing required credential: Cliengo Webhook Key');
		});

		it('with the credential selected, the old field is ignored (its key gets 401), though n8n keeps it in the saved workflow until it is saved again', async () => {
			const oldTarget = url(hooks.cliengoOldWithCred);
			await activate(ids.cliengoOldWithCred);
			const lead = fakes.cliengo.insertLead({ name: 'Migrada' });
			const withOldKey = await fakes.cliengo.sendNewLeadWebhook(oldTarget, lead, OLD_FIELD.cliengoKey);
			const withCredential = await fakes.cliengo.sendNewLeadWebhook(oldTarget, lead, FAKE_WEBHOOK_SECRETS.cliengo);
			expect([withOldKey.status, withCredential.status]).toEqual([401, 200]);
			const executions = await settled(ids.cliengoOldWithCred, 1);
			expect(executions).toHaveLength(1);
			// n8n drops the undeclared parameter when it runs the workflow, so executions do not hold it...
			expect(JSON.stringify(executions)).not.toContain(OLD_FIELD.cliengoKey);
			// ...but the stored workflow keeps it as it was saved (hence the advice to save it again).
			const stored = await n8nRequest(server!, 'GET', `/api/v1/workflows/${ids.cliengoOldWithCred}`, { auth: 'apiKey' });
			expect(stored.body.nodes[0].parameters).toEqual({ sharedKey: OLD_FIELD.cliengoKey });
		});
	});

	// -------------------------------------------------------------------------------- secrets

	describe('webhook secrets are stored only in credentials (encrypted)', () => {
		const SECRETS = Object.values(FAKE_WEBHOOK_SECRETS);

		/** Every file under the home's .n8n folder (database, its WAL, event log…) but our installed packages. */
		function n8nFiles(dir = path.join(home.dir, '.n8n')): string[] {
			return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
				const full = path.join(dir, entry.name);
				if (entry.isDirectory()) return entry.name === 'nodes' ? [] : n8nFiles(full);
				return entry.isFile() ? [full] : [];
			});
		}

		it('the deliveries above ran with both secrets', async () => {
			expect((await listExecutions(server!, ids.chatwootProvided)).length).toBeGreaterThanOrEqual(1);
			expect((await listExecutions(server!, ids.cliengo)).length).toBeGreaterThanOrEqual(26);
		});

		it('neither secret appears in n8n\'s database files (sqlite, WAL) or other files of its folder', () => {
			const files = n8nFiles();
			expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['database.sqlite']));
			// The old node field written by the old-style workflows is there: the search itself works.
			expect(files.some((f) => fs.readFileSync(f).includes(OLD_FIELD.cliengoKey))).toBe(true);
			const found = files.flatMap((f) => SECRETS.filter((s) => fs.readFileSync(f).includes(s)).map((s) => `${path.relative(home.dir, f)}: ${s}`));
			expect(found).toEqual([]);
		});

		it('neither secret appears in the workflow export or the (encrypted) credential export', async () => {
			const workflows = path.join(home.dir, 'tmp', 'faults-workflows.json');
			const credentials = path.join(home.dir, 'tmp', 'faults-credentials.json');
			expect((await n8nCli(home, ['export:workflow', '--all', `--output=${workflows}`])).code).toBe(0);
			expect((await n8nCli(home, ['export:credentials', '--all', `--output=${credentials}`])).code).toBe(0);
			const exported = fs.readFileSync(workflows, 'utf8');
			expect(exported).toContain(ids.cliengo);
			const exportedCredentials = JSON.parse(fs.readFileSync(credentials, 'utf8')) as Array<{ id: string; data: unknown }>;
			expect(exportedCredentials.map((c) => c.id)).toEqual(expect.arrayContaining([FAKE_CREDENTIALS.leadchatChatwootWebhookSecretApi.id, FAKE_CREDENTIALS.leadchatCliengoWebhookApi.id]));
			for (const secret of SECRETS) {
				expect(exported).not.toContain(secret);
				expect(JSON.stringify(exportedCredentials)).not.toContain(secret);
			}
		});

		it('neither secret appears in the stored executions or the server log', async () => {
			const executions = [...(await listExecutions(server!, ids.chatwootProvided)), ...(await listExecutions(server!, ids.cliengo))];
			const text = JSON.stringify(executions);
			expect(text).toContain('lucia@example.com');
			for (const secret of SECRETS) {
				expect(text).not.toContain(secret);
				expect(server!.logs()).not.toContain(secret);
			}
		});
	});
});
