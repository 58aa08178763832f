/**
 * The demo behind `npm run demo` (scripts/demo.sh builds everything first, then runs this with tsx):
 *
 *   1. starts the fake Chatwoot (http://127.0.0.1:5701), Cliengo (http://127.0.0.1:5702/1.0), Crisp
 *      (http://127.0.0.1:5703/v1) and Chaport (http://127.0.0.1:5704/api/v1) servers with their seeded
 *      data, the same fakes the tests use;
 *   2. creates a fresh n8n home (.tools/demo/n8n-home), installs our two packages into it like a
 *      community install, checks that n8n loads their nodes, imports the credentials and every
 *      example workflow (examples/<name>/workflow.json);
 *   3. runs each Manual-Trigger example with `n8n execute` and says what it did, read from the fakes;
 *   4. starts n8n, activates the Chatwoot Trigger example, makes the fake Chatwoot open a
 *      conversation (it POSTs a signed conversation_created webhook to n8n) and says which label and
 *      team n8n applied; then activates the Chaport Trigger example (it registers a subscription in
 *      the fake Chaport), makes a visitor start a chat (the fake POSTs chat.started to n8n) and says
 *      which Cliengo lead, Chatwoot contact and Chaport reply n8n made; then activates the Cliengo
 *      Trigger example, adds a lead to the fake Cliengo and waits for the trigger's next poll (at
 *      most a minute);
 *   5. prints a summary; exits 1 if any example failed.
 *
 *   npm run demo                       # everything, then stops
 *   npm run demo -- --keep             # leaves n8n (http://localhost:5678) and the fakes running until Ctrl-C
 *   npm run demo -- --skip-poll        # skips the live polling step (saves up to a minute)
 *   npm run demo -- --no-server        # only the `n8n execute` runs (no n8n server, no live triggers)
 */
import fs from 'node:fs';
import path from 'node:path';

import { loadExamples, startNodes, type Example } from '../src/examples';
import { startFakes, type RunningFakes } from '../src/fakes';
import {
	OWNER,
	activateWorkflow,
	createN8nHome,
	executeWorkflow,
	importCredentials,
	importWorkflow,
	installOurPackages,
	listExecutions,
	listNodeTypes,
	n8nCli,
	startN8n,
	waitForExecutions,
	type N8nHome,
	type N8nServer,
} from '../src/n8n';
import { REPO_ROOT, TOOLS_DIR } from '../src/paths';
import { arePortsFree } from '../src/ports';
import { sleep, waitFor } from '../src/process';
import { describeChaportChatToLead, describeExample, describeLeadsToChatwoot, describeTriage, formatDuration, nodeItems, snapshotFakes, type Outcome } from '../src/report';

// ------------------------------------------------------------------------------------------------
// Options and output
// ------------------------------------------------------------------------------------------------

const USAGE = `usage: npm run demo [-- --keep] [--skip-poll] [--no-server]
  --keep        leave n8n and the fake servers running until Ctrl-C (open the editor, try the nodes)
  --skip-poll   do not wait for the Cliengo Trigger's poll (saves up to a minute)
  --no-server   only run the Manual-Trigger examples with \`n8n execute\` (no n8n server, no live triggers)`;

const args = process.argv.slice(2);
for (const arg of args) {
	if (!['--keep', '--skip-poll', '--no-server', '--help', '-h'].includes(arg)) {
		console.error(`unknown option ${arg}\n${USAGE}`);
		process.exit(2);
	}
}
if (args.includes('--help') || args.includes('-h')) {
	console.log(USAGE);
	process.exit(0);
}
const KEEP = args.includes('--keep');
const SKIP_POLL = args.includes('--skip-poll');
const NO_SERVER = args.includes('--no-server');
if (KEEP && NO_SERVER) {
	console.error(`--keep needs the n8n server: it cannot go with --no-server\n${USAGE}`);
	process.exit(2);
}

const CHATWOOT_PORT = 5701;
const CLIENGO_PORT = 5702;
const CRISP_PORT = 5703;
const CHAPORT_PORT = 5704;
const N8N_PORT = Number(process.env.DEMO_N8N_PORT ?? 5678);
const DEMO_DIR = path.join(TOOLS_DIR, 'demo');
const HOME_DIR = path.join(DEMO_DIR, 'n8n-home');

const tty = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const green = paint('32');
const red = paint('31');
const dim = paint('2');

const t0 = Date.now();
const say = (line = '') => console.log(line);
const detail = (line: string) => say(`    ${line}`);

/** Runs one step: "==> title", then its result lines, then how long it took. */
async function step<T>(title: string, fn: () => Promise<T>, describe?: (value: T) => string | string[]): Promise<T> {
	say(bold(`==> ${title}`));
	const started = Date.now();
	const value = await fn();
	const lines = describe ? [describe(value)].flat() : [];
	for (const line of lines) detail(line);
	detail(dim(`(${formatDuration(Date.now() - started)})`));
	return value;
}

// ------------------------------------------------------------------------------------------------
// Results
// ------------------------------------------------------------------------------------------------

type Mode = 'manual run' | 'live webhook' | 'live polling' | 'imported only';

interface Result {
	example: string;
	mode: Mode;
	ok: boolean;
	summary: string;
	ms?: number;
}

const results: Result[] = [];

function report(example: Example, mode: Mode, outcome: Outcome, ms: number): void {
	for (const line of outcome.lines) detail(line);
	for (const problem of outcome.problems) detail(red(`✘ ${problem}`));
	const summary = outcome.ok ? outcome.summary : `${outcome.summary}: ${outcome.problems[0]}`;
	results.push({ example: example.name, mode, ok: outcome.ok, summary, ms });
}

function fail(example: Example, mode: Mode, error: unknown, ms?: number): void {
	const message = error instanceof Error ? error.message : String(error);
	for (const line of message.split('\n').slice(0, 15)) detail(red(line));
	results.push({ example: example.name, mode, ok: false, summary: message.split('\n')[0], ms });
}

// ------------------------------------------------------------------------------------------------
// Workflow inspection
// ------------------------------------------------------------------------------------------------

type Node = { name: string; type: string; parameters?: Record<string, any> };

const kindOf = (example: Example): 'manual' | 'chatwootTrigger' | 'chaportTrigger' | 'cliengoTrigger' | 'other' => {
	const types = startNodes(example.workflow).map((n) => n.type);
	if (types.includes('n8n-nodes-base.manualTrigger')) return 'manual';
	if (types.some((t) => t.endsWith('.chatwootTrigger'))) return 'chatwootTrigger';
	if (types.some((t) => t.endsWith('.chaportTrigger'))) return 'chaportTrigger';
	if (types.some((t) => t.endsWith('.cliengoTrigger'))) return 'cliengoTrigger';
	return 'other';
};

/** The label and team the triage workflow applies, read from its nodes (to check the outcome). */
function triageExpectations(workflow: { nodes?: Node[] }): { label?: string; team?: string } {
	const nodes = workflow.nodes ?? [];
	const label = nodes.find((n) => n.parameters?.resource === 'conversationLabel' && n.parameters?.operation === 'add')?.parameters?.labels?.[0];
	const team = nodes.find((n) => n.parameters?.resource === 'conversationAssignment' && n.parameters?.operation === 'assignTeam')?.parameters?.teamId?.cachedResultName;
	return { label: typeof label === 'string' ? label : undefined, team: typeof team === 'string' ? team : undefined };
}

/** The main example first, then the others by name (the digest changes lead statuses). */
const ORDER = ['cliengo-lead-to-chatwoot', 'cliengo-new-lead-to-chatwoot', 'cliengo-lead-digest', 'crisp-visitor-to-chatwoot', 'chatwoot-conversation-triage', 'chaport-chat-to-lead'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/**
 * Imports every example with one `n8n import:workflow` (an array file: one CLI start instead of one
 * per workflow); falls back to importing them one by one, which names the one that fails.
 */
async function importAll(home: N8nHome, examples: Example[]): Promise<void> {
	const workflows = examples.map((e) => {
		const { active: _active, ...workflow } = e.workflow as Record<string, unknown>;
		if (typeof workflow.id !== 'string') throw new Error(`examples/${e.name}/workflow.json has no "id"`);
		return workflow;
	});
	const file = path.join(home.dir, 'tmp', 'examples.json');
	fs.writeFileSync(file, JSON.stringify(workflows, null, 2));
	const result = await n8nCli(home, ['import:workflow', `--input=${file}`]);
	if (result.code === 0 && new RegExp(`Successfully imported ${workflows.length} workflow`).test(result.stdout + result.stderr)) return;
	for (const example of examples) await importWorkflow(home, example.workflow);
}

// ------------------------------------------------------------------------------------------------
// Live steps (n8n server)
// ------------------------------------------------------------------------------------------------

async function liveTriage(server: N8nServer, fakes: RunningFakes, example: Example): Promise<void> {
	const id = example.workflow.id as string;
	const started = Date.now();
	try {
		const triggerNode = startNodes(example.workflow)[0] as Node & { webhookId?: string };
		const trigger = triggerNode.name;
		await step(`Activating '${example.name}' (the Chatwoot Trigger registers its webhook in Chatwoot)`, async () => {
			await activateWorkflow(server, id);
			// n8n answers the activation before the trigger's webhook `create` has reached Chatwoot.
			return waitFor(
				'the Chatwoot Trigger to register its webhook in the Chatwoot fake',
				() => {
					const hooks = fakes.chatwoot.state.webhooks.filter((w) => (triggerNode.webhookId ? w.url.includes(triggerNode.webhookId) : w.url.startsWith(server.url)));
					return hooks.length ? hooks : undefined;
				},
				{ timeoutMs: 30_000, intervalMs: 100 },
			);
		}, (hooks) => hooks.map((w) => `Chatwoot webhook #${w.id} → ${w.url} (${w.subscriptions.join(', ')}), with a signing secret`));

		const cw = fakes.chatwoot;
		const apiInbox = cw.seeded!.inboxes.api;
		const conversation = await step('A visitor starts a conversation in Chatwoot (the fake posts a signed conversation_created webhook to n8n)', async () => {
			const contact = cw.addContact({ name: 'Marta Ruiz', email: 'marta.ruiz@example.com', phone_number: '+34600111222', inboxId: apiInbox });
			const created = cw.addConversation({ contactId: contact.id, inboxId: apiInbox });
			cw.addMessage(created, { content: 'Hi! Could you send me a quote for 20 seats?' });
			await cw.flushWebhooks();
			const executions = await waitForExecutions(
				server,
				id,
				(list) => list.some((e) => nodeItems(e, trigger).some((item) => item.id === created.display_id)),
				{ timeoutMs: 60_000, what: `n8n's run of '${example.name}' for conversation #${created.display_id}` },
			);
			const execution = executions.find((e) => nodeItems(e, trigger).some((item) => item.id === created.display_id))!;
			return { created, contact, execution };
		}, ({ created, contact, execution }) => `conversation #${created.display_id} by ${contact.name} in 'API Inbox' → n8n execution ${execution.id} (${execution.status})`);

		const outcome = describeTriage({
			fakes,
			workflow: example.workflow,
			run: conversation.execution,
			conversationDisplayId: conversation.created.display_id,
			expect: triageExpectations(example.workflow),
		});
		if (conversation.execution.status !== 'success') outcome.problems.push(`n8n execution ${conversation.execution.id} ended with status ${conversation.execution.status}`);
		outcome.ok = outcome.problems.length === 0;
		report(example, 'live webhook', outcome, Date.now() - started);
	} catch (error) {
		fail(example, 'live webhook', error, Date.now() - started);
	}
}

async function liveChaport(server: N8nServer, fakes: RunningFakes, example: Example): Promise<void> {
	const id = example.workflow.id as string;
	const started = Date.now();
	try {
		const triggerNode = startNodes(example.workflow)[0] as Node & { webhookId?: string };
		const trigger = triggerNode.name;
		const chaport = fakes.chaport;
		const ours = () => [...chaport.store.subscriptions.values()].filter((s) => (triggerNode.webhookId ? s.targetUrl.includes(triggerNode.webhookId) : s.targetUrl.startsWith(server.url)));
		await step(`Activating '${example.name}' (the Chaport Trigger registers its event subscriptions in Chaport)`, async () => {
			await activateWorkflow(server, id);
			// n8n answers the activation before the trigger's subscriptions have reached Chaport.
			return waitFor('the Chaport Trigger to register its subscription in the Chaport fake', () => (ours().length ? ours() : undefined), { timeoutMs: 30_000, intervalMs: 100 });
		}, (subs) => subs.map((s) => `Chaport subscription ${s.id}: ${s.event} → ${s.targetUrl.replace(/token=[0-9a-f]+/, 'token=<secret>')}`));

		const before = snapshotFakes(fakes);
		const visitor = chaport.addVisitor({ name: 'Lucía Fernández', email: 'lucia.fernandez@example.com', phone: '+5491155501234', sourceHost: 'acme.test', country: 'AR', city: 'Rosario' });
		const run = await step(`A visitor starts a chat in Chaport: ${visitor.name} <${visitor.email}> (the fake POSTs chat.started to n8n)`, async () => {
			const { chat } = chaport.startChat(visitor.id, 'Hi! Could I get a quote for 10 seats?');
			await chaport.waitForDeliveries();
			const delivery = chaport.deliveryLog.filter((d) => ours().some((s) => s.targetUrl === d.url)).slice(-1)[0];
			const executions = await waitForExecutions(server, id, (list) => list.some((e) => nodeItems(e, trigger).some((item) => item.visitorId === visitor.id)), {
				timeoutMs: 60_000,
				what: `n8n's run of '${example.name}' for the chat of ${visitor.name}`,
			});
			const execution = executions.find((e) => nodeItems(e, trigger).some((item) => item.visitorId === visitor.id))!;
			return { chat, delivery, execution };
		}, ({ chat, delivery, execution }) => `chat #${chat.id} → delivery to n8n (HTTP ${delivery?.status ?? 'none'}) → n8n execution ${execution.id} (${execution.status})`);

		const outcome = describeChaportChatToLead({ fakes, before, workflow: example.workflow, run: run.execution });
		if (run.execution.status !== 'success') outcome.problems.push(`n8n execution ${run.execution.id} ended with status ${run.execution.status}`);
		outcome.ok = outcome.problems.length === 0;
		report(example, 'live webhook', outcome, Date.now() - started);
	} catch (error) {
		fail(example, 'live webhook', error, Date.now() - started);
	}
}

async function livePolling(server: N8nServer, fakes: RunningFakes, example: Example, triage?: Example): Promise<void> {
	const id = example.workflow.id as string;
	const started = Date.now();
	try {
		const activatedAt = Date.now();
		await step(`Activating '${example.name}' (the Cliengo Trigger polls every minute; its first poll records the leads that exist)`, async () => {
			const before = fakes.cliengo.requestsTo('contacts.list').length;
			await activateWorkflow(server, id);
			await waitFor("the Cliengo Trigger's first poll", () => (fakes.cliengo.requestsTo('contacts.list').length > before ? true : undefined), {
				timeoutMs: 90_000,
				intervalMs: 250,
			});
		}, () => `first poll done ${formatDuration(Date.now() - activatedAt)} after activation: the ${fakes.cliengo.allContacts().length} existing leads are not replayed`);

		const before = snapshotFakes(fakes);
		const triageBefore = triage ? (await listExecutions(server, triage.workflow.id)).length : 0;
		const lead = fakes.cliengo.insertLead({
			name: 'Ana',
			lastName: 'Pérez',
			email: 'ana.perez@example.com',
			phone: '+5491155550000',
			message: '¡Hola! ¿Me pasan precios para 20 usuarios?',
			status: 'NEW',
			websiteId: fakes.cliengo.store.sites[0]?.id,
			geoip: { city: 'Rosario', state: null, country: 'AR' },
		});
		const insertedAt = Date.now();
		const execution = await step(`A new lead arrives in Cliengo: ${lead.name} ${lead.lastName} <${lead.email}>; waiting for the trigger's next poll (at most a minute)`, async () => {
			const executions = await waitForExecutions(server, id, (list) => list.length > 0, { timeoutMs: 100_000, what: `a run of '${example.name}'` });
			// The conversation it opens starts the triage workflow too (conversation_created webhook).
			if (triage) {
				await waitForExecutions(server, triage.workflow.id, (list) => list.length > triageBefore, { timeoutMs: 30_000, what: `the triage of the new conversation` }).catch(() => undefined);
			}
			return executions[executions.length - 1];
		}, (e) => `the Cliengo Trigger emitted the lead ${formatDuration(Date.now() - insertedAt)} after it arrived → n8n execution ${e.id} (${e.status})${triage ? `; the conversation it opened went through '${triage.name}' too` : ''}`);

		const outcome = describeLeadsToChatwoot({ fakes, before, workflow: example.workflow, run: execution });
		if (execution.status !== 'success') outcome.problems.push(`n8n execution ${execution.id} ended with status ${execution.status}`);
		outcome.ok = outcome.problems.length === 0;
		report(example, 'live polling', outcome, Date.now() - started);
	} catch (error) {
		fail(example, 'live polling', error, Date.now() - started);
	}
}

// ------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------

let fakes: RunningFakes | undefined;
let server: N8nServer | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
	if (!stopping) {
		stopping = true;
		await Promise.allSettled([server?.stop(), fakes?.stop()]);
	}
	process.exit(code);
}

process.on('SIGINT', () => {
	if (stopping) return;
	say('');
	say(bold('==> Stopping n8n and the fake servers'));
	void shutdown(KEEP && results.length > 0 && results.every((r) => r.ok) ? 0 : 130);
});
process.on('SIGTERM', () => void shutdown(143));

function printSummary(): void {
	say('');
	say(bold('==> Summary'));
	const width = Math.max(...results.map((r) => r.example.length), 10);
	for (const r of results) {
		const mark = r.ok ? green('✔') : red('✘');
		const time = r.ms === undefined ? '' : dim(` (${formatDuration(r.ms)})`);
		detail(`${mark} ${r.example.padEnd(width)}  ${r.mode.padEnd(13)}  ${r.summary}${time}`);
	}
	const failed = results.filter((r) => !r.ok);
	say('');
	if (failed.length === 0) say(green(bold(`All ${results.length} examples did what they should, in real n8n against the fake servers (${formatDuration(Date.now() - t0)}).`)));
	else say(red(bold(`${failed.length} of ${results.length} examples failed: ${failed.map((r) => r.example).join(', ')} (${formatDuration(Date.now() - t0)}).`)));
}

function printKeepInstructions(home: N8nHome, running: RunningFakes, srv: N8nServer): void {
	const cw = running.chatwoot;
	const editor = srv.url.replace('127.0.0.1', 'localhost');
	say('');
	say(bold('==> n8n and the fake servers keep running (Ctrl-C stops them)'));
	detail(`n8n editor:  ${bold(editor)}   (listens on 127.0.0.1 only)`);
	detail(`  sign in:   ${OWNER.email} / ${OWNER.password}`);
	detail(`  credentials "Chatwoot (fake server)", "Chatwoot Platform (fake server)", "Cliengo (fake server)", "Crisp (fake server)" and "Chaport (fake server)" are set up;`);
	detail(`  open a workflow, add a node, search "Chatwoot", "Cliengo", "Crisp" or "Chaport".`);
	detail(`Chatwoot fake: ${cw.url}  account ${cw.accountId} "Acme", access token ${cw.tokens.user} (platform token ${cw.tokens.platform})`);
	detail(`Cliengo fake:  ${running.cliengo.apiUrl}  api_key ${running.cliengo.apiKey}`);
	detail(`Crisp fake:    ${running.crisp.apiUrl}  website ${running.crisp.websiteId} (plugin token in the credential)`);
	detail(`Chaport fake:  ${running.chaport.url}  access token in the credential (operator ${running.chaport.me.name})`);
	detail('Try it:');
	detail(`  # a new conversation in Chatwoot → the triage workflow labels it (webhook, instantly)`);
	detail(`  curl -s -X POST ${cw.url}/api/v1/accounts/${cw.accountId}/conversations -H 'api_access_token: ${cw.tokens.user}' -H 'Content-Type: application/json' -d '{"contact_id":1,"inbox_id":${cw.seeded!.inboxes.api}}'`);
	detail(`  # a new lead in Cliengo → the Cliengo Trigger picks it up within a minute`);
	detail(
		`  curl -s -X POST '${running.cliengo.apiUrl}/contacts?api_key=${running.cliengo.apiKey}' -H 'Content-Type: application/json' -d '{"websiteId":"${running.cliengo.store.sites[0]?.id}","name":"Luis","lastName":"Gómez","email":"luis.gomez@example.com","phone":"+5491166660000","message":"Hola"}'`,
	);
	const chaportVisitor = running.chaport.seeded?.noChatVisitorIds.map((v) => running.chaport.visitor(v)).find((v) => v?.email);
	if (chaportVisitor) {
		detail(`  # a message to a Chaport visitor without an open chat starts a chat (chat.started) → Cliengo lead, Chatwoot contact, reply in Chaport`);
		detail(
			`  curl -s -X POST ${running.chaport.url}/messages -H 'Authorization: Bearer ${running.chaport.token}' -H 'Content-Type: application/json' -d '{"visitorId":"${chaportVisitor.id}","chatEvent":{"type":"operator-message","params":{"text":"Hi ${chaportVisitor.name}, can we help?"}}}'`,
		);
		detail(`    (${chaportVisitor.name} <${chaportVisitor.email}>; each visitor starts one chat this way: use another visitor id from GET ${running.chaport.url}/visitors for the next)`);
	}
	detail(`n8n home and logs: ${path.relative(REPO_ROOT, home.dir)}`);
}

async function main(): Promise<void> {
	say(bold('LeadChat n8n nodes: demo in a real n8n, against fake Chatwoot, Cliengo, Crisp and Chaport servers'));
	say('');

	const examples = loadExamples().sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
	if (examples.length === 0) throw new Error('no examples/<name>/workflow.json found');

	fakes = await step(
		'Starting the fake servers (seeded)',
		async () => {
			if (!(await arePortsFree(CHATWOOT_PORT, 4))) {
				throw new Error(`port ${CHATWOOT_PORT}, ${CLIENGO_PORT}, ${CRISP_PORT} or ${CHAPORT_PORT} is in use: is another demo still running (--keep)? Stop it with Ctrl-C first.`);
			}
			return startFakes({ ports: { chatwoot: CHATWOOT_PORT, cliengo: CLIENGO_PORT, crisp: CRISP_PORT, chaport: CHAPORT_PORT }, deliverWebhooks: true });
		},
		(f) => [
			`Chatwoot ${f.chatwoot.url}: account ${f.chatwoot.accountId} "Acme", ${f.chatwoot.state.contactsOf(f.chatwoot.accountId).length} contacts, ${f.chatwoot.state.conversationsOf(f.chatwoot.accountId).length} conversations, inboxes ${f.chatwoot.state.inboxes.filter((i) => i.account_id === f.chatwoot.accountId).map((i) => `'${i.name}'`).join(', ')}, teams ${f.chatwoot.state.teamsOf(f.chatwoot.accountId).map((t) => t.name).join(', ')}`,
			`Cliengo  ${f.cliengo.apiUrl}: ${f.cliengo.allContacts().length} leads on sites ${f.cliengo.store.sites.map((s) => `'${s.title}'`).join(', ')}`,
			(() => {
				const site = f.crisp.site();
				const conversations = [...site.conversations.values()];
				return `Crisp    ${f.crisp.apiUrl}: website ${f.crisp.websiteId} '${site.website.name}', ${conversations.length} conversations (${conversations.filter((c) => c.meta.email).length} with a visitor email), ${site.people.size} people`;
			})(),
			`Chaport  ${f.chaport.url}: ${f.chaport.store.visitors.size} visitors, ${f.chaport.store.operators.size} operators (the token is ${f.chaport.me.name}'s)`,
		],
	);

	const home = await step(
		"Creating a fresh n8n home and installing our packages into it from their tarballs (as n8n's community-package installer does)",
		async () => {
			fs.rmSync(HOME_DIR, { recursive: true, force: true });
			fs.mkdirSync(DEMO_DIR, { recursive: true });
			const port = (await arePortsFree(N8N_PORT, 3)) ? N8N_PORT : undefined;
			const created = createN8nHome({ dir: HOME_DIR, port });
			const names = installOurPackages(created);
			return { home: created, names, portNote: port === undefined ? `port ${N8N_PORT} is busy, n8n gets port ${created.env.N8N_PORT}` : undefined };
		},
		({ home: h, names, portNote }) => [`${path.relative(REPO_ROOT, h.dir)}/.n8n/nodes/node_modules: ${names.join(', ')}`, ...(portNote ? [portNote] : [])],
	).then((r) => r.home);

	await step(
		'Checking that n8n loads our nodes (n8n export:nodes)',
		async () => {
			const { types, loadErrors } = await listNodeTypes(home);
			const ours = types.filter((t) => t.startsWith('@leadchat/'));
			const needed = [...new Set(examples.flatMap((e) => ((e.workflow.nodes ?? []) as Node[]).map((n) => n.type)).filter((t) => t.startsWith('@leadchat/')))];
			const missing = needed.filter((t) => !ours.includes(t));
			if (loadErrors.length || missing.length) {
				throw new Error(`n8n did not load our nodes: ${[...loadErrors, ...missing.map((t) => `missing node type ${t}`)].join('; ')}`);
			}
			return ours;
		},
		(ours) => `${ours.length} node types: ${ours.map((t) => t.split('.').pop()).join(', ')}`,
	);

	await step('Importing the credentials that point at the fakes', async () => importCredentials(home, fakes!.credentials()), () =>
		fakes!.credentials().map((c) => `${c.name} (${c.type}, id ${c.id})`).join('; '),
	);

	await step(`Importing ${examples.length} example workflows`, () => importAll(home, examples), () => examples.map((e) => `${e.name}: "${e.workflow.name}" (id ${e.workflow.id})`));

	for (const example of examples.filter((e) => kindOf(e) === 'manual')) {
		const started = Date.now();
		say(bold(`==> Running '${example.name}' (n8n execute --id=${example.workflow.id})`));
		try {
			const before = snapshotFakes(fakes);
			const run = await executeWorkflow(home, example.workflow.id);
			const outcome = describeExample(example.name, { fakes, before, workflow: example.workflow, run: run.data });
			if (!run.ok && outcome.problems.length === 0) {
				outcome.problems.push(`n8n execute failed; its last lines: ${run.raw.trim().split('\n').slice(-5).join(' | ')}`);
			}
			outcome.ok = outcome.problems.length === 0;
			report(example, 'manual run', outcome, Date.now() - started);
		} catch (error) {
			fail(example, 'manual run', error, Date.now() - started);
		}
		detail(dim(`(${formatDuration(Date.now() - started)})`));
	}

	const triage = examples.find((e) => kindOf(e) === 'chatwootTrigger');
	const chaportLive = examples.filter((e) => kindOf(e) === 'chaportTrigger');
	const polling = examples.filter((e) => kindOf(e) === 'cliengoTrigger');
	const liveOnes = [...(triage ? [triage] : []), ...chaportLive, ...polling];
	if (NO_SERVER) {
		for (const e of liveOnes) results.push({ example: e.name, mode: 'imported only', ok: true, summary: 'imported; not run (--no-server)' });
	} else if (liveOnes.length > 0 || KEEP) {
		server = await step('Starting n8n (n8n start) with the owner account and an API key', () => startN8n(home), (s) => `${s.url} ready`);
		if (triage) await liveTriage(server, fakes, triage);
		for (const example of chaportLive) await liveChaport(server, fakes, example);
		for (const example of polling) {
			if (!SKIP_POLL) {
				await livePolling(server, fakes, example, triage);
			} else if (KEEP) {
				// Not waited for, but active, so that leads added by hand get picked up.
				await activateWorkflow(server, example.workflow.id);
				results.push({ example: example.name, mode: 'imported only', ok: true, summary: 'activated; the live poll was not waited for (--skip-poll)' });
			} else {
				results.push({ example: example.name, mode: 'imported only', ok: true, summary: 'imported; the live poll was skipped (--skip-poll)' });
			}
		}
	}
	for (const example of examples.filter((e) => kindOf(e) === 'other')) {
		results.push({ example: example.name, mode: 'imported only', ok: true, summary: 'imported; the demo has no live step for its trigger' });
	}

	printSummary();
	const code = results.every((r) => r.ok) ? 0 : 1;
	if (KEEP && server) {
		printKeepInstructions(home, fakes, server);
		await new Promise(() => undefined); // until Ctrl-C
	}
	say(dim(`n8n home and logs: ${path.relative(REPO_ROOT, home.dir)} (fresh at every demo run)`));
	await shutdown(code);
}

main().catch(async (error: Error) => {
	say('');
	say(red(bold(`Demo failed: ${error.message.split('\n')[0]}`)));
	for (const line of error.message.split('\n').slice(1, 30)) detail(line);
	if (results.length) printSummary();
	await sleep(10);
	await shutdown(1);
});
