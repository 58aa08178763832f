/**
 * Child processes of the harness: every n8n command runs in its own process group (detached), its
 * output goes to files (never to a pipe that could close early: n8n then spins at 100 % CPU), and
 * every group still alive is killed when the test process exits, even after a failing test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Spawned {
	child: ChildProcess;
	pid: number;
	stdoutFile: string;
	stderrFile: string;
	/** Resolves with the exit code (signal → 128 + n, like a shell) once the process has exited. */
	exited: Promise<number>;
	/** True once the process has exited. */
	readonly done: boolean;
	/** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the leader has exited. */
	kill(graceMs?: number): Promise<number>;
}

const live = new Map<number, Spawned>();
let hooksInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			/* already gone */
		}
	}
}

/** Kills every process group this module started and that is still running (synchronous). */
export function killAllChildren(signal: NodeJS.Signals = 'SIGKILL'): number {
	let n = 0;
	for (const pid of live.keys()) {
		killGroup(pid, signal);
		n++;
	}
	return n;
}

function installExitHooks(): void {
	if (hooksInstalled) return;
	hooksInstalled = true;
	process.on('exit', () => killAllChildren('SIGKILL'));
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			killAllChildren('SIGKILL');
			// Re-raise with the default behaviour restored (once() has removed this listener).
			process.kill(process.pid, signal);
		});
	}
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/**
 * Runs the command as a child of a small bash supervisor, the leader of the process group:
 * - SIGTERM to the group reaches the command directly (graceful stop); the supervisor waits for it
 *   and exits with its code;
 * - when the test process disappears (killed, crashed: jest's sandbox never runs 'exit' hooks), a
 *   watcher notices within a second, sends SIGTERM to the command, then SIGKILL to the whole group.
 */
const SUPERVISOR = `
parent="$1"; shift
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
(
  trap - TERM INT HUP
  while kill -0 "$parent" 2>/dev/null; do sleep 1; done
  kill -TERM "$child" 2>/dev/null
  sleep 5
  kill -KILL -- "-$$" 2>/dev/null
) &
watcher=$!
while :; do
  wait "$child"; code=$?
  kill -0 "$child" 2>/dev/null || break
done
kill "$watcher" 2>/dev/null
exit "$code"
`;

/** Starts `command args` detached (own process group) with stdout/stderr redirected to files. */
export function spawnLogged(
	command: string,
	args: string[],
	opts: { env: NodeJS.ProcessEnv; cwd: string; stdoutFile: string; stderrFile?: string; pidFile?: string },
): Spawned {
	installExitHooks();
	const stderrFile = opts.stderrFile ?? opts.stdoutFile;
	const out = fs.openSync(opts.stdoutFile, 'a');
	const err = stderrFile === opts.stdoutFile ? out : fs.openSync(stderrFile, 'a');
	let child: ChildProcess;
	try {
		child = spawn('bash', ['-c', SUPERVISOR, 'e2e-supervisor', String(process.pid), command, ...args], {
			env: opts.env,
			cwd: opts.cwd,
			detached: true,
			stdio: ['ignore', out, err],
		});
	} finally {
		fs.closeSync(out);
		if (err !== out) fs.closeSync(err);
	}
	if (child.pid === undefined) {
		throw new Error(`could not start ${command} ${args.join(' ')}`);
	}
	const pid = child.pid;
	if (opts.pidFile) fs.writeFileSync(opts.pidFile, `${pid}\n`);
	let done = false;
	const exited = new Promise<number>((resolve) => {
		const finish = (code: number) => {
			if (done) return;
			done = true;
			live.delete(pid);
			// Whatever the leader left behind in its group (e.g. the task runner) goes too.
			killGroup(pid, 'SIGKILL');
			if (opts.pidFile) fs.rmSync(opts.pidFile, { force: true });
			resolve(code);
		};
		child.once('exit', (code, signal) => finish(code ?? 128 + (signal ? (SIGNALS[signal] ?? 1) : 1)));
		child.once('error', () => finish(127));
	});
	const spawned: Spawned = {
		child,
		pid,
		stdoutFile: opts.stdoutFile,
		stderrFile,
		exited,
		get done() {
			return done;
		},
		async kill(graceMs = 5000) {
			if (done) return exited;
			killGroup(pid, 'SIGTERM');
			const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
			try {
				return await exited;
			} finally {
				clearTimeout(timer);
			}
		},
	};
	live.set(pid, spawned);
	// A child forgotten by a failing test must not keep the test process alive: it is killed on exit.
	child.unref();
	return spawned;
}

/** The last `lines` lines of a file ('' when it does not exist). */
export function tailFile(file: string, lines = 40): string {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch {
		return '';
	}
	return tailText(text, lines);
}

export function tailText(text: string, lines = 40): string {
	const all = text.replace(/\s+$/, '').split('\n');
	return all.slice(-lines).join('\n');
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `fn` on every item, at most `concurrency` calls at a time, taking the items in order. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(concurrency, items.length) }, async () => {
			while (next < items.length) await fn(items[next++]);
		}),
	);
}

/** Polls `check` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
	what: string,
	check: () => Promise<T | undefined> | T | undefined,
	opts: { timeoutMs: number; intervalMs?: number; details?: () => string },
): Promise<T> {
	const deadline = Date.now() + opts.timeoutMs;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value !== undefined) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) {
			const extra = opts.details ? `\n${opts.details()}` : '';
			const cause = lastError ? ` (last error: ${(lastError as Error).message ?? String(lastError)})` : '';
			throw new Error(`timed out after ${Math.round(opts.timeoutMs / 1000)} s waiting for ${what}${cause}${extra}`);
		}
		await sleep(opts.intervalMs ?? 250);
	}
}
