/**
 * `npm run bench:queue`: throughput of our nodes in n8n queue mode (figures, not pass/fail).
 *
 * The flow is the Cliengo → Chatwoot lead flow run once per lead: a Cliengo Webhook Trigger
 * (Cliengo posts each new lead) and the Chatwoot node's Contact → Create, as in
 * examples/cliengo-new-lead-to-chatwoot but driven by deliveries, so that every lead is its own
 * execution and the workers share them. For one and then two workers (a fresh queue-mode set each,
 * scripts/queue-mode.sh and packages/e2e/src/queue.ts: Redis, PostgreSQL, main, webhook process),
 * the fake Chatwoot runs in its own process with latency added to every request; after a warm-up,
 * each run delivers N leads (20 at a time) to the webhook process and ends when n8n has stored N
 * successful executions. Leads per second = N / (last execution's stoppedAt − first delivery).
 *
 *   npm run bench:queue                         full run (300 leads, 3 runs per worker count)
 *   npm run bench:queue -- --quick              60 leads, 1 run
 *   npm run bench:queue -- --write-readme       also writes the table into README.md (queue-bench markers)
 *   options: --latency <ms> (default 20), --leads <n>, --repeats <n>
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FAKE_CREDENTIALS, FAKE_WEBHOOK_SECRETS, REPO_ROOT, activateWorkflow, forEachConcurrently, importCredentials, importWorkflow, installedN8nVersion, listExecutions, waitFor } from '@leadchat/e2e';
import { startQueueMode, waitForWebhook, type QueueMode } from '@leadchat/e2e/src/queue';
import { createCliengoFake } from '@leadchat/testkit';
import { prepareCode } from './prepare';
import { startFakeProcess } from './procs';
import { markdownTable, replaceBetweenMarkers, spread } from './stats';

const log = (line: string) => process.stderr.write(`${line}\n`);
const FIXTURES = path.join(REPO_ROOT, 'packages', 'e2e', 'test', 'fixtures');
const SEND_CONCURRENCY = 20;
export const QUEUE_README_START = '<!-- queue-bench:start -->';
export const QUEUE_README_END = '<!-- queue-bench:end -->';

interface Options {
	latencyMs: number;
	leads: number;
	repeats: number;
	warmup: number;
	quick: boolean;
	writeReadme: boolean;
}

function parse(argv: string[]): Options {
	const quick = argv.includes('--quick');
	const value = (flag: string, fallback: number) => {
		const i = argv.indexOf(flag);
		if (i === -1) return fallback;
		const n = Number(argv[i + 1]);
		if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${argv[i + 1] ?? ''}"`);
		return n;
	};
	return {
		quick,
		writeReadme: argv.includes('--write-readme'),
		latencyMs: value('--latency', 20),
		leads: value('--leads', quick ? 60 : 300),
		repeats: value('--repeats', quick ? 1 : 3),
		warmup: quick ? 10 : 30,
	};
}

/** The flow, as the queue-mode end-to-end test runs it (one fixture for both). */
function workflow() {
	return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cliengo-webhook-lead-to-chatwoot.json'), 'utf8'));
}

const cliengo = createCliengoFake();
let leadNo = 0;

/** Delivers `n` new leads, SEND_CONCURRENCY at a time; resolves with when the first was sent. */
async function deliver(url: string, n: number): Promise<number> {
	const bodies = Array.from({ length: n }, () => {
		leadNo++;
		const lead = cliengo.insertLead({ name: `Bench${leadNo}`, lastName: 'Lead', email: `bench.lead.${leadNo}@example.com` });
		return JSON.stringify(cliengo.newLeadWebhookBody(lead, FAKE_WEBHOOK_SECRETS.cliengo));
	});
	const started = Date.now();
	await forEachConcurrently(bodies, SEND_CONCURRENCY, async (body) => {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
		await response.arrayBuffer();
		if (response.status !== 200) throw new Error(`the webhook process answered ${response.status}`);
	});
	return started;
}

/** Waits until `total` executions are stored and none is running; returns them. */
function settle(mode: QueueMode, workflowId: string, total: number) {
	return waitFor(
		`${total} finished executions`,
		async () => {
			const list = await listExecutions(mode.main, workflowId, { includeData: false });
			return list.length >= total && !list.some((e) => ['new', 'running', 'waiting'].includes(e.status)) ? list : undefined;
		},
		{ timeoutMs: 900_000, intervalMs: 250 },
	);
}

interface Run {
	leadsPerSecond: number;
	seconds: number;
	failed: number;
}

async function measure(workers: number, opts: Options, chatwoot: { url: string; credentials: Record<string, Record<string, unknown>> }): Promise<Run[]> {
	log(`queue mode with ${workers} worker${workers === 1 ? '' : 's'}: starting…`);
	const mode = await startQueueMode({ workers });
	try {
		await importCredentials(mode.home, [
			{ ...FAKE_CREDENTIALS.leadchatChatwootApi, data: chatwoot.credentials.leadchatChatwootApi },
			{ ...FAKE_CREDENTIALS.leadchatCliengoWebhookApi, data: { key: FAKE_WEBHOOK_SECRETS.cliengo } },
		]);
		const flow = workflow();
		const id = await importWorkflow(mode.home, flow);
		await activateWorkflow(mode.main, id);
		const url = `${mode.webhookUrl}webhook/${flow.nodes[0].webhookId}/webhook`;
		await waitForWebhook(mode, url);
		let total = 0;
		await deliver(url, opts.warmup);
		total += opts.warmup;
		await settle(mode, id, total);
		const runs: Run[] = [];
		for (let r = 0; r < opts.repeats; r++) {
			const before = new Set((await listExecutions(mode.main, id, { includeData: false })).map((e) => e.id));
			const started = await deliver(url, opts.leads);
			total += opts.leads;
			const fresh = (await settle(mode, id, total)).filter((e) => !before.has(e.id));
			const end = Math.max(...fresh.map((e) => Date.parse(e.stoppedAt ?? '')).filter(Number.isFinite));
			const seconds = (end - started) / 1000;
			const run = { leadsPerSecond: opts.leads / seconds, seconds, failed: fresh.filter((e) => e.status !== 'success').length };
			log(`  run ${r + 1}: ${opts.leads} leads in ${seconds.toFixed(1)} s = ${run.leadsPerSecond.toFixed(1)} leads/s${run.failed ? `, ${run.failed} failed` : ''}`);
			runs.push(run);
		}
		return runs;
	} finally {
		await mode.stop();
	}
}

async function main(): Promise<void> {
	const opts = parse(process.argv.slice(2));
	prepareCode({ n8n: true });
	const fake = await startFakeProcess({ scenario: 'chatwootContacts', n: 0, latencyMs: opts.latencyMs });
	const results: Array<{ workers: number; runs: Run[] }> = [];
	try {
		for (const workers of [1, 2]) results.push({ workers, runs: await measure(workers, opts, fake.ready) });
	} finally {
		await fake.stop();
	}
	const cpus = os.cpus();
	const machine =
		`Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM; n8n ${installedN8nVersion()} in queue mode ` +
		`(main, webhook process, workers with --concurrency=5, Redis and PostgreSQL from Debian, all on this machine). Settings: fake Chatwoot in its own process, ${opts.latencyMs} ms latency a request; ` +
		`${opts.leads} leads a run, ${SEND_CONCURRENCY} deliveries at a time, ${opts.repeats} run${opts.repeats === 1 ? '' : 's'} after a warm-up of ${opts.warmup}; ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`;
	const one = spread(results[0].runs.map((r) => r.leadsPerSecond)).median;
	const rows = results.map(({ workers, runs }) => {
		const s = spread(runs.map((r) => r.leadsPerSecond));
		return [
			String(workers),
			`${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)}`,
			`${spread(runs.map((r) => r.seconds)).median.toFixed(1)} s`,
			`${(s.median / one).toFixed(2)}×`,
			String(runs.reduce((n, r) => n + r.failed, 0)),
		];
	});
	const text = [
		machine,
		'',
		markdownTable(['Workers', 'Leads/s min / median / max', `Time for ${opts.leads} leads (median)`, 'Median vs 1 worker', 'Failed executions'], rows),
		'',
		'Each lead is one execution: the webhook process enqueues it in Redis, a worker runs it (the Chatwoot node creates the contact) and stores it in PostgreSQL. ' +
			`All processes (main, webhook process, workers, PostgreSQL, Redis, the fake) share this machine's ${cpus.length} cores.`,
	].join('\n');
	process.stdout.write(`\n${text}\n`);
	if (opts.writeReadme) {
		const readme = path.join(REPO_ROOT, 'README.md');
		const content = `Produced by \`npm run bench:queue -- --write-readme\` (figures, not pass/fail).\n\n${text}`;
		fs.writeFileSync(readme, replaceBetweenMarkers(fs.readFileSync(readme, 'utf8'), content, { start: QUEUE_README_START, end: QUEUE_README_END }));
		log('README.md: the queue-mode throughput is written');
	}
}

main()
	.then(() => process.exit(0))
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});
