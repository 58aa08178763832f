/**
 * The benchmark's child processes: a fake per scenario (fake-process.ts) and a fresh Node process
 * per measurement (measure-process.ts, with --expose-gc), both TypeScript through tsx's loader.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FakeReady, FakeSpec } from './fake-process';
import type { MeasureJob, MeasureResult } from './measure-process';

const PACKAGE_DIR = path.resolve(__dirname, '..');
const children = new Set<ChildProcess>();

process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

function start(script: string, arg: unknown, execArgv: string[]): ChildProcess {
	const child = fork(path.join(__dirname, script), [JSON.stringify(arg)], {
		cwd: PACKAGE_DIR,
		execArgv: [...execArgv, '--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}

/** The first message of a child, or an error when it exits first. */
function firstMessage<T>(child: ChildProcess, what: string, timeoutMs: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${what}: no answer after ${timeoutMs / 1000} s`));
		}, timeoutMs);
		child.once('message', (message) => {
			clearTimeout(timer);
			resolve(message as T);
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			reject(new Error(`${what} exited (${signal ?? `code ${code}`}) before answering`));
		});
	});
}

export interface RunningFake {
	ready: FakeReady;
	pid: number;
	stop(): Promise<void>;
}

/** A fake in its own process, seeded for `spec.scenario`, `spec.latencyMs` added to every request. */
export async function startFakeProcess(spec: FakeSpec): Promise<RunningFake> {
	const child = start('fake-process.ts', spec, []);
	const ready = await firstMessage<FakeReady>(child, `the fake (${spec.scenario})`, 300_000);
	return {
		ready,
		pid: child.pid ?? 0,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

/** One case in a fresh `node --expose-gc` process. */
export async function measureInFreshProcess(job: MeasureJob): Promise<MeasureResult> {
	const child = start('measure-process.ts', job, ['--expose-gc']);
	return firstMessage<MeasureResult>(child, `the measurement of ${job.caseId}`, 900_000);
}
