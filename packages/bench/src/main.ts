/**
 * `npm run bench`: every case of cases.ts in a fresh Node process against a fake in its own
 * process, the real-n8n comparison of compare-n8n.ts, the packed sizes; one table per platform.
 *
 *   npm run bench                          full run (5 repeats, 20 ms latency)
 *   npm run bench -- --quick               small counts, 1 repeat (development)
 *   npm run bench -- --write-readme        also writes the tables into README.md (bench markers)
 *   options: --latency <ms> (or BENCH_LATENCY_MS), --repeats <n>, --warmup <n>, --n8n-repeats <n>, --no-n8n,
 *            --only chatwoot,cliengo
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES, type CaseDef, type PlatformName } from './cases';
import { COMPARISONS, compareInN8n, type ComparisonSpec, type N8nComparison } from './compare-n8n';
import { ROOT, n8nVersion, prepareCode } from './prepare';
import { measureInFreshProcess, startFakeProcess } from './procs';
import type { MeasureResult } from './measure-process';
import { formatMiB, formatMs, formatRequests, formatSpread, markdownTable, parseOptions, replaceBetweenMarkers, requestVerdict, spread, verdict, type BenchOptions } from './stats';

const PLATFORMS: PlatformName[] = ['Chatwoot', 'Cliengo', 'Crisp', 'Chaport'];
/** Packed size goals of issue 14 (bytes; kB = 1,000 bytes as npm pack prints them). */
const PACK_GOALS: Record<string, number> = { 'node-chatwoot': 60_000, 'node-cliengo': 40_000 };

const log = (line: string) => process.stderr.write(`${line}\n`);

function node24Version(): string | undefined {
	const bin = path.join(ROOT, '.tools', 'node24', 'bin', 'node');
	return fs.existsSync(bin) ? execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() : undefined;
}

function machineLine(opts: BenchOptions): string {
	const cpus = os.cpus();
	const n8n = n8nVersion('n8n');
	const parts = [
		`${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
		`Node ${process.version} (in-process cases)`,
		opts.skipN8n ? 'no n8n run' : `n8n ${n8n ?? '?'} on Node ${node24Version() ?? '?'}`,
	];
	const settings = [
		`latency ${opts.latencyMs} ms a request`,
		`${opts.repeats} repeats after ${opts.warmup} warm-up in process, ${opts.n8nRepeats} in real n8n after ${opts.quick ? 0 : 1}`,
		opts.quick ? 'quick counts' : 'full counts',
		new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
	];
	return `Machine: ${parts.join(', ')}. Settings: ${settings.join(', ')}.`;
}

interface CaseOutcome {
	def: CaseDef;
	result: MeasureResult;
	n: number;
	burst: number;
	info: Record<string, number | string>;
}

async function runCases(opts: BenchOptions, platforms: PlatformName[]): Promise<CaseOutcome[]> {
	const outcomes: CaseOutcome[] = [];
	const cases = CASES.filter((c) => platforms.includes(c.platform));
	// One fake per scenario and count; the cases on it run one after another, each in a fresh process.
	const groups = new Map<string, CaseDef[]>();
	for (const c of cases) {
		const n = opts.quick ? c.n.quick : c.n.full;
		const key = `${c.scenario}:${n}`;
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	for (const [key, defs] of groups) {
		const [scenario, n] = key.split(':');
		for (const def of defs) {
			// A fresh fake per case: trigger cases change theirs (the burst), and each log is the case's own.
			const fake = await startFakeProcess({ scenario: scenario as CaseDef['scenario'], n: Number(n), latencyMs: opts.latencyMs });
			try {
				log(`${def.platform}: ${def.label} (${n} records)…`);
				const burst = def.burst ? (opts.quick ? def.burst.quick : def.burst.full) : 0;
				const result = await measureInFreshProcess({ caseId: def.id, ready: fake.ready, repeats: opts.repeats, warmup: opts.warmup, burst });
				const times = spread(result.runs.map((r) => r.ms));
				if (result.note) log(`  note: ${result.note}`);
				log(`  ${formatSpread(times)}, ${result.runs.map((r) => `${r.requests}${r.sweep ? ' (sweep)' : ''}`).join('/')} requests, ${result.runs[0].items} items, peak RSS ${formatMiB(result.maxRss)}`);
				outcomes.push({ def, result, n: Number(n), burst, info: fake.ready.info });
			} finally {
				await fake.stop();
			}
		}
	}
	return outcomes;
}

function caseRow(o: CaseOutcome): string[] {
	const { def, result } = o;
	const last = result.runs[result.runs.length - 1];
	const minimum = def.minimum(o.info, last, o.burst);
	const goal = def.goal ? def.goal(minimum) : minimum;
	// A trigger's sweep (its whole window, once per sweep interval) is shown apart from the other polls.
	const sweeps = result.runs.filter((r) => r.sweep).map((r) => r.requests);
	const polls = result.runs.filter((r) => !r.sweep);
	const counted = polls.length ? polls : result.runs;
	const requests = Math.max(...counted.map((r) => r.requests));
	const fewest = Math.min(...counted.map((r) => r.requests));
	const sweepText = sweeps.length ? `; the sweep: ${[...new Set(sweeps)].join(', ')}` : def.burst && def.sweeps !== false ? '; no sweep among the runs' : '';
	const records = def.burst ? `${last.items} new, after a burst of ${o.burst}${result.note ? ` (${result.note})` : ''}` : `${last.items.toLocaleString('en-US')} items${last.unique !== last.items ? ` (${last.unique} unique)` : ''}`;
	const goalText = goal === 1 ? '1 request' : def.goal ? `≤ ${goal} requests` : 'the minimum';
	// A goal below the API's minimum also says whether the minimum was reached, and why it is above the goal.
	const minimumText = goal < minimum ? `; the API's minimum (${minimum}): ${requestVerdict(requests, minimum)}` : '';
	return [
		def.label,
		records,
		`${fewest === requests ? formatRequests(requests, minimum) : `${fewest}–${formatRequests(requests, minimum)}`}${sweepText}`,
		formatSpread(spread(result.runs.map((r) => r.ms))),
		`${formatMiB(result.maxRss)} peak (${formatMiB(result.maxRss - result.rssLoaded)} over the loaded process), ${formatMiB(result.heapRetained)} heap kept`,
		'—',
		`${goalText}: ${requestVerdict(requests, goal)}${sweeps.length ? `${polls.length ? ' by every poll but the sweep' : ''}; the sweep (its whole window, once per sweep interval): ${requestVerdict(Math.max(...sweeps), goal)}` : ''}${minimumText}${def.goalNote ? ` (${def.goalNote})` : ''}`,
	];
}

function comparisonRow(c: N8nComparison): string[] {
	const ours = { node: spread(c.ours.map((r) => r.nodeMs)), wall: spread(c.ours.map((r) => r.wallMs)), rss: spread(c.ours.map((r) => r.peakRss)) };
	const theirs = { node: spread(c.theirs.map((r) => r.nodeMs)), wall: spread(c.theirs.map((r) => r.wallMs)), rss: spread(c.theirs.map((r) => r.peakRss)) };
	const speedup = theirs.node.median / ours.node.median;
	const wallSpeedup = theirs.wall.median / ours.wall.median;
	const memOk = ours.rss.median <= theirs.rss.median;
	const requests = Math.max(...c.ours.map((r) => r.requests));
	const theirRequests = Math.max(...c.theirs.map((r) => r.requests));
	const minimum = Math.ceil(c.n / c.spec.pageSize);
	const timeVerdict = verdict(speedup >= 2, `needs 2×`);
	const memVerdict = verdict(memOk, `${((ours.rss.median - theirs.rss.median) / 1024).toFixed(0)} KiB more`);
	return [
		`In real n8n: Contact → Get Many, Return All vs HTTP Request node with Pagination (pages of ${c.spec.pageSize})`,
		`${c.ours[0].items.toLocaleString('en-US')} items (HTTP Request: ${c.theirs[0].items} pages)`,
		`${formatRequests(requests, minimum)}; HTTP Request ${theirRequests}`,
		`node ${formatSpread(ours.node)}; process wall ${formatSpread(ours.wall)}. HTTP Request: node ${formatSpread(theirs.node)}; wall ${formatSpread(theirs.wall)}`,
		`${formatMiB(ours.rss.median)} peak (median of ${c.ours.length}); HTTP Request ${formatMiB(theirs.rss.median)}`,
		`time ${(ours.node.median / theirs.node.median).toFixed(2)} (node), ${(ours.wall.median / theirs.wall.median).toFixed(2)} (wall); memory ${(ours.rss.median / theirs.rss.median).toFixed(2)}`,
		`≥ 2× faster: ${timeVerdict} (${speedup.toFixed(2)}× by the node's time, ${wallSpeedup.toFixed(2)}× by the process's wall time, medians); memory no higher: ${memVerdict}`,
	];
}

interface Pack {
	dir: string;
	size: number;
	unpackedSize: number;
}

function packRows(packs: Pack[]): string[][] {
	return packs.map((p) => {
		const goal = PACK_GOALS[p.dir];
		const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
		return [p.dir, kb(p.size), kb(p.unpackedSize), goal ? `≤ ${kb(goal)}: ${verdict(p.size <= goal, `${kb(p.size - goal)} over (${(p.size / goal).toFixed(2)}×)`)}` : '—'];
	});
}

const HEADER = ['Case', 'Records', 'Requests (minimum)', 'Time min / median / max', 'Memory', 'Ratio ours / alternative', 'Goal'];

/** A platform's real-n8n comparison, or why it is missing. */
type ComparisonOutcome = { spec: ComparisonSpec; comparison?: N8nComparison; error?: string };

function report(opts: BenchOptions, machine: string, outcomes: CaseOutcome[], comparisons: ComparisonOutcome[], packs: Pack[] | undefined, platforms: PlatformName[]): string {
	const out: string[] = [machine, ''];
	for (const platform of platforms) {
		const rows = outcomes.filter((o) => o.def.platform === platform).map(caseRow);
		const compared = comparisons.find((c) => c.spec.platform === platform);
		if (compared?.comparison) rows.unshift(comparisonRow(compared.comparison));
		if (compared?.error) rows.unshift(['In real n8n: Contact → Get Many vs HTTP Request node', '—', '—', '—', '—', '—', `not measured: ${compared.error.split('\n')[0].slice(0, 300)}`]);
		if (!rows.length) continue;
		out.push(`**${platform}**`, '', markdownTable(HEADER, rows), '');
	}
	if (packs) out.push('**Packed packages** (`node scripts/pack.js`)', '', markdownTable(['Package', 'Packed', 'Unpacked', 'Goal'], packRows(packs)), '');
	out.push(
		`In-process cases: our node's source run in a fresh \`node --expose-gc\` process per case (gc before each run), against the fake in its own process; ` +
			`time is one run of the node (min / median / max of ${opts.repeats}), memory is that process's peak RSS (\`process.resourceUsage().maxRSS\`) and the heap the last output keeps after gc. ` +
			`Requests are counted in the fake's request log (the most of the runs, or the range); the minimum is ceil(N / page size) (Crisp, which gives no total: floor(N / 50) + 1; Chatwoot messages: 100 a request). ` +
			`Trigger cases: the burst's records all arrive (Contact Updated: that many contacts are updated) within a few milliseconds (as an import makes them), 10 s later a poll emits them, then each run (at least 11) is a poll with nothing new one minute after the last (the fake and the trigger share a clock moved forward between polls); a poll that is the trigger's sweep (it reads its whole look-back window once per sweep interval, 5 minutes for Crisp and Chaport, 10 for Cliengo's New Lead, so that a record the API lists late is never lost) is counted apart. ` +
			`In real n8n: each run is a fresh \`n8n execute\` process; "node" is n8n's own execution time of the node, "wall" the whole process; memory is that process's peak RSS.`,
	);
	return out.join('\n');
}

function readPacks(): Pack[] | undefined {
	const file = path.join(ROOT, '.tools', 'packs', 'packs.json');
	if (!fs.existsSync(file)) return undefined;
	return (JSON.parse(fs.readFileSync(file, 'utf8')) as Pack[]).map(({ dir, size, unpackedSize }) => ({ dir, size, unpackedSize }));
}

async function main(): Promise<void> {
	const opts = parseOptions(process.argv.slice(2), process.env);
	const platforms = PLATFORMS.filter((p) => !opts.only.length || opts.only.includes(p.toLowerCase()));
	// The code as it is now: build the node packages and pack them (the packed sizes, and the
	// tarball real n8n installs).
	const specs = opts.skipN8n ? [] : COMPARISONS.filter((c) => platforms.includes(c.platform));
	prepareCode({ n8n: specs.length > 0 });
	const machine = machineLine(opts);
	log(machine);
	const outcomes = await runCases(opts, platforms);
	const comparisons: ComparisonOutcome[] = [];
	for (const spec of specs) {
		log(`${spec.platform} in real n8n: our node vs the HTTP Request node (${opts.quick ? spec.counts.quick : spec.counts.full} contacts)…`);
		try {
			comparisons.push({ spec, comparison: await compareInN8n(spec, { quick: opts.quick, latencyMs: opts.latencyMs, repeats: opts.n8nRepeats, warmup: opts.quick ? 0 : 1, log }) });
		} catch (error) {
			comparisons.push({ spec, error: (error as Error).message });
			log(`the real-n8n comparison failed: ${(error as Error).message}`);
		}
	}
	const text = report(opts, machine, outcomes, comparisons, readPacks(), platforms);
	process.stdout.write(`\n${text}\n`);
	if (opts.writeReadme) {
		const readme = path.join(ROOT, 'README.md');
		const content = `Produced by \`npm run bench -- --write-readme\` (figures, not pass/fail; \`--quick\` for a short run).\n\n${text}`;
		fs.writeFileSync(readme, replaceBetweenMarkers(fs.readFileSync(readme, 'utf8'), content, { beforeHeading: '## Releasing' }));
		log(`README.md: the Performance section is written`);
	}
	if (outcomes.some((o) => o.result.violations > 0)) log('note: a fake recorded contract violations during the run');
}

main()
	.then(() => process.exit(0))
	.catch((error) => {
		console.error(error);
		process.exit(1);
	});
