/**
 * n8n in queue mode (issue 15): Redis and PostgreSQL from scripts/queue-mode.sh (`services`), then
 * one main process (`n8n start`, through startN8n: owner and API key as usual), two `n8n worker`
 * processes and one `n8n webhook` process, all sharing one user folder with our packed packages
 * installed as a community install, the same encryption key and the same database and queue.
 *
 * Env names are n8n 2.40.7's (@n8n/config: EXECUTIONS_MODE, DB_POSTGRESDB_*, QUEUE_BULL_REDIS_*,
 * QUEUE_HEALTH_CHECK_ACTIVE / _PORT, N8N_WORKER_SERVER_ADDRESS, N8N_RUNNERS_BROKER_PORT;
 * OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS is read from process.env by n8n's WorkflowRunner and
 * WorkflowExecutionService). Every process gets its own task-broker port.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { createN8nHome, homePort, installOurPackages, startN8n, type N8nHome, type N8nServer } from './n8n';
import { N8N_BIN, NODE24_BIN, REPO_ROOT, TOOLS_DIR } from './paths';
import { arePortsFree, findFreePortRange } from './ports';
import { spawnLogged, tailFile, waitFor, type Spawned } from './process';

export const QUEUE_DIR = path.join(TOOLS_DIR, 'queue');
export const QUEUE_SCRIPT = path.join(REPO_ROOT, 'scripts', 'queue-mode.sh');

export interface QueueServices {
	redisHost: string;
	redisPort: number;
	pgHost: string;
	pgPort: number;
	pgUser: string;
	pgPassword: string;
	pgDatabase: string;
}

/** One `n8n worker` or `n8n webhook` process. */
export interface QueueProcess {
	name: string;
	/** worker: its health server (QUEUE_HEALTH_CHECK_PORT); webhook: its HTTP port. */
	url: string;
	logFile: string;
	proc: Spawned;
	logs(): string;
}

export interface QueueMode {
	services: QueueServices;
	home: N8nHome;
	main: N8nServer;
	workers: QueueProcess[];
	webhook: QueueProcess;
	/** Base URL of production webhooks (the webhook process), with a trailing slash. */
	webhookUrl: string;
	/** Which worker's log says it started execution `id` ("Worker started execution <id> "), or undefined. */
	workerOf(executionId: string): string | undefined;
	/**
	 * Starts one more `n8n webhook` process on its own port (as a second replica behind a load
	 * balancer would be); stopped with the rest. Production URLs still name the first one.
	 */
	addWebhookProcess(): Promise<QueueProcess>;
	/** Webhook processes started by addWebhookProcess. */
	extraWebhooks: QueueProcess[];
	/**
	 * Stops a worker and starts it again with the same settings: SIGTERM to its group (n8n's
	 * graceful shutdown), or with `hard` SIGKILL at once (a crash: running jobs are cut off).
	 */
	restartWorker(index: number, opts?: { hard?: boolean }): Promise<void>;
	/** Stops the main process (graceful) and starts it again on the same database; `main` is the new one. */
	restartMain(): Promise<void>;
	/** Stops the n8n processes, then Redis and PostgreSQL (scripts/queue-mode.sh stop). */
	stop(): Promise<void>;
}

/**
 * Waits until the webhook process serves the production webhook at `url` (a CORS preflight, which
 * runs nothing): activation on main reaches the webhook process a moment later.
 */
export function waitForWebhook(mode: QueueMode, url: string): Promise<true> {
	return waitFor(
		`the webhook process to serve ${url}`,
		async () => {
			const r = await fetch(url, { method: 'OPTIONS', headers: { origin: mode.webhook.url, 'access-control-request-method': 'POST' } });
			await r.arrayBuffer();
			return r.ok ? true : undefined;
		},
		{ timeoutMs: 30_000, intervalMs: 300 },
	);
}

/** A load balancer in front of webhook processes that sends every copy of a delivery to the same one. */
export interface StickyBalancer {
	url: string;
	/** Requests sent to each target, in the order of `targets`. */
	counts: number[];
	stop(): Promise<void>;
}

/**
 * The routing the README asks for with several webhook processes, as a test stand-in for a real load
 * balancer's (e.g. HAProxy's `balance hash`): each request goes to the target chosen by the SHA-256
 * of its body (a copy of a delivery repeats it byte for byte), forwarded with its method, path,
 * headers and body; the target's answer is passed back. Listens on 127.0.0.1.
 */
export async function startStickyBalancer(targets: string[]): Promise<StickyBalancer> {
	const counts = targets.map(() => 0);
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const index = crypto.createHash('sha256').update(body).digest().readUInt32BE(0) % targets.length;
			counts[index]++;
			const headers: Record<string, string> = {};
			for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v;
			fetch(`${targets[index]}${req.url ?? '/'}`, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : body })
				.then(async (answer) => {
					const payload = Buffer.from(await answer.arrayBuffer());
					res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
					res.end(payload);
				})
				.catch((error: Error) => {
					res.writeHead(502, { 'content-type': 'text/plain' });
					res.end(`balancer: ${error.message}`);
				});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		counts,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** Runs `bash scripts/queue-mode.sh <args>` and returns its stdout. */
export function queueScript(args: string[], timeoutMs = 600_000): string {
	return execFileSync('bash', [QUEUE_SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Redis and PostgreSQL started (installed when missing), with a fresh `n8n` database. */
export function startQueueServices(): QueueServices {
	const out = queueScript(['services']).trim().split('\n').pop() ?? '';
	const parsed = JSON.parse(out) as QueueServices;
	if (!parsed.redisPort || !parsed.pgPort) throw new Error(`scripts/queue-mode.sh services printed no ports: ${out}`);
	return parsed;
}

/** The queue-mode settings every n8n process of the set shares. */
export function queueEnv(services: QueueServices): NodeJS.ProcessEnv {
	return {
		EXECUTIONS_MODE: 'queue',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: services.pgHost,
		DB_POSTGRESDB_PORT: String(services.pgPort),
		DB_POSTGRESDB_DATABASE: services.pgDatabase,
		DB_POSTGRESDB_USER: services.pgUser,
		DB_POSTGRESDB_PASSWORD: services.pgPassword,
		QUEUE_BULL_REDIS_HOST: services.redisHost,
		QUEUE_BULL_REDIS_PORT: String(services.redisPort),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		// Binary data in the shared user folder (every process has the same one).
		N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
	};
}

function logsOf(file: string): () => string {
	return () => {
		try {
			return fs.readFileSync(file, 'utf8');
		} catch {
			return '';
		}
	};
}

async function startSide(home: N8nHome, name: string, args: string[], env: NodeJS.ProcessEnv, url: string): Promise<QueueProcess> {
	const logFile = path.join(home.dir, 'logs', `${name}-${Date.now()}.log`);
	const proc = spawnLogged(NODE24_BIN, [N8N_BIN, ...args], { env: { ...home.env, ...env }, cwd: home.dir, stdoutFile: logFile, pidFile: path.join(home.dir, 'logs', `${name}.pid`) });
	await waitFor(
		`n8n ${args[0]} (${name}) on ${url}/healthz/readiness`,
		async () => {
			if (proc.done) throw new Error(`${name} exited with code ${await proc.exited}`);
			const response = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
			return response?.status === 200 ? true : undefined;
		},
		{ timeoutMs: 120_000, intervalMs: 300, details: () => `last lines of ${logFile}:\n${tailFile(logFile, 30)}` },
	).catch(async (error: Error) => {
		await proc.kill(5000);
		throw error;
	});
	return { name, url, logFile, proc, logs: logsOf(logFile) };
}

/**
 * The whole queue-mode set, started in order: services, the user folder with our packages, main
 * (runs the migrations, sets up the owner and an API key), then the two workers and the webhook
 * process side by side.
 */
export async function startQueueMode(opts: { workers?: number } = {}): Promise<QueueMode> {
	const services = startQueueServices();
	const dir = path.join(QUEUE_DIR, 'homes', `${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${crypto.randomBytes(3).toString('hex')}`);
	const home = createN8nHome({ dir });
	// Webhook process: HTTP + its task broker; each worker: health server + its task broker.
	const webhookPort = await findFreePortRange(2);
	const webhookUrl = `http://127.0.0.1:${webhookPort}/`;
	Object.assign(home.env, queueEnv(services), { N8N_WEBHOOK_URL: webhookUrl });
	installOurPackages(home);

	const cleanup: Array<() => Promise<unknown>> = [];
	const stopServices = async () => {
		try {
			queueScript(['stop'], 60_000);
		} catch {
			/* reported by the caller's checks */
		}
	};
	try {
		const main = await startN8n(home);
		cleanup.push(() => main.stop());
		if (home.env.EXECUTIONS_MODE !== 'queue') throw new Error('startN8n replaced the queue-mode environment (its ports were taken): start again');
		const count = opts.workers ?? 2;
		const workerPorts = await Promise.all(Array.from({ length: count }, () => findFreePortRange(2)));
		const workerSpec = (i: number) => ({
			name: `worker-${i + 1}`,
			env: { QUEUE_HEALTH_CHECK_PORT: String(workerPorts[i]), N8N_RUNNERS_BROKER_PORT: String(workerPorts[i] + 1) },
			url: `http://127.0.0.1:${workerPorts[i]}`,
		});
		const started = await Promise.all([
			...Array.from({ length: count }, (_, i) => {
				const spec = workerSpec(i);
				return startSide(home, spec.name, ['worker', '--concurrency=5'], spec.env, spec.url);
			}),
			startSide(home, 'webhook', ['webhook'], { N8N_PORT: String(webhookPort), N8N_RUNNERS_BROKER_PORT: String(webhookPort + 1) }, webhookUrl.replace(/\/$/, '')),
		]);
		const workers = started.slice(0, count);
		const webhook = started[count];
		cleanup.push(...started.map((p) => () => p.proc.kill(10_000)));
		let stopped: Promise<void> | undefined;
		const mode: QueueMode = {
			services,
			home,
			main,
			workers,
			webhook,
			webhookUrl,
			extraWebhooks: [],
			async addWebhookProcess() {
				const port = await findFreePortRange(2);
				const extra = await startSide(home, `webhook-${mode.extraWebhooks.length + 2}`, ['webhook'], { N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(port + 1) }, `http://127.0.0.1:${port}`);
				mode.extraWebhooks.push(extra);
				return extra;
			},
			workerOf(executionId) {
				const line = new RegExp(`Worker started execution ${executionId} \\(job`);
				const found = mode.workers.filter((w) => line.test(w.logs()) || fs.readdirSync(path.dirname(w.logFile)).some((f) => f.startsWith(`${w.name}-`) && line.test(fs.readFileSync(path.join(path.dirname(w.logFile), f), 'utf8'))));
				return found.length === 1 ? found[0].name : found.length ? found.map((w) => w.name).join('+') : undefined;
			},
			async restartWorker(index, restartOpts = {}) {
				const old = mode.workers[index];
				if (restartOpts.hard) {
					try {
						process.kill(-old.proc.pid, 'SIGKILL');
					} catch {
						/* already gone */
					}
				}
				await old.proc.kill(10_000);
				const spec = workerSpec(index);
				mode.workers[index] = await startSide(home, spec.name, ['worker', '--concurrency=5'], spec.env, spec.url);
			},
			async restartMain() {
				await mode.main.stop();
				// startN8n would move to other ports (and a fresh, non-queue environment) while the old ones linger.
				await waitFor('the main process ports to be free again', async () => ((await arePortsFree(homePort(home), 3)) ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
				mode.main = await startN8n(home);
				if (home.env.EXECUTIONS_MODE !== 'queue') throw new Error('restartMain: startN8n replaced the queue-mode environment (its ports were taken)');
			},
			stop() {
				stopped ??= (async () => {
					await Promise.allSettled<unknown>([...[...mode.workers, mode.webhook, ...mode.extraWebhooks].map((p) => p.proc.kill(10_000)), mode.main.stop()]);
					await stopServices();
				})();
				return stopped;
			},
		};
		return mode;
	} catch (error) {
		await Promise.allSettled(cleanup.map((c) => c()));
		await stopServices();
		throw error;
	}
}
