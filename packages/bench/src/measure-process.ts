/**
 * One case in a fresh Node process (`node --expose-gc --import tsx measure-process.ts <job>`):
 * prepare, warm-up runs, then `repeats` measured runs, each after a full garbage collection. Sends
 * back per run the wall time, the requests the fake logged and the items; for the process its own
 * high-water mark of resident memory (`process.resourceUsage().maxRSS`) and the heap that the last
 * run's output keeps alive after garbage collection.
 */
import type { IDataObject } from 'n8n-workflow';
import { pollClock } from '@leadchat/core';
import { caseById, releaseOutput, type CaseContext, type RunResult } from './cases';
import type { FakeReady } from './fake-process';

export interface MeasureJob {
	caseId: string;
	ready: FakeReady;
	repeats: number;
	warmup: number;
	burst: number;
}

export interface MeasureResult {
	caseId: string;
	runs: Array<{ ms: number; requests: number } & RunResult>;
	/** Peak resident memory of this process (bytes), and its resident memory once the modules were loaded (after gc, before any run). */
	maxRss: number;
	rssLoaded: number;
	/** Heap in use after gc before the first run, and after gc with the last run's output still held (bytes). */
	heapBase: number;
	heapRetained: number;
	violations: number;
	/** What prepare() noticed (e.g. a trigger that did not emit the whole burst). */
	note?: string;
}

async function requestCount(control: string): Promise<{ count: number; violations: number }> {
	const response = await fetch(`${control}/requests`);
	return (await response.json()) as { count: number; violations: number };
}

async function main(): Promise<void> {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error('measure-process needs node --expose-gc');
	const job = JSON.parse(process.argv[2] ?? '{}') as MeasureJob;
	const def = caseById(job.caseId);
	const ctx: CaseContext = {
		ready: job.ready,
		async burst(n) {
			const response = await fetch(`${job.ready.control}/burst?n=${n}`, { method: 'POST' });
			if (!response.ok) throw new Error(`burst: HTTP ${response.status} ${await response.text()}`);
		},
		async advance(ms) {
			const response = await fetch(`${job.ready.control}/advance?ms=${ms}`, { method: 'POST' });
			if (!response.ok) throw new Error(`advance: HTTP ${response.status} ${await response.text()}`);
			const { offsetMs } = (await response.json()) as { offsetMs: number };
			pollClock.now = () => Date.now() + offsetMs;
		},
	};
	gc();
	const rssLoaded = process.memoryUsage().rss;
	const prepared = def.prepare ? await def.prepare(ctx, job.burst) : { state: {} as IDataObject, note: undefined };
	const state = prepared.state;
	for (let i = 0; i < job.warmup; i++) {
		await def.beforeRun?.(ctx);
		await def.run(ctx, state);
	}
	releaseOutput();
	gc();
	const heapBase = process.memoryUsage().heapUsed;
	const runs: MeasureResult['runs'] = [];
	for (let i = 0; i < Math.max(job.repeats, def.minRuns ?? 0); i++) {
		await def.beforeRun?.(ctx);
		releaseOutput();
		gc();
		const before = (await requestCount(job.ready.control)).count;
		const t0 = process.hrtime.bigint();
		const result = await def.run(ctx, state);
		const ms = Number(process.hrtime.bigint() - t0) / 1e6;
		const after = (await requestCount(job.ready.control)).count;
		runs.push({ ms, requests: after - before, ...result });
	}
	gc();
	const heapRetained = Math.max(0, process.memoryUsage().heapUsed - heapBase);
	const { violations } = await requestCount(job.ready.control);
	const result: MeasureResult = { caseId: job.caseId, runs, maxRss: process.resourceUsage().maxRSS * 1024, rssLoaded, heapBase, heapRetained, violations, note: prepared.note };
	process.send?.(result);
}

main()
	.then(() => process.disconnect?.())
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});
