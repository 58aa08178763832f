/**
 * The pure parts of the benchmark suite: statistics over repeated runs, the request minimum of an
 * API, the tables it prints and the README section it writes. No I/O here (test/stats.test.ts).
 */

export interface Spread {
	min: number;
	median: number;
	max: number;
}

/** Min, median (mean of the two middle values for an even count) and max; throws on no value. */
export function spread(values: number[]): Spread {
	if (values.length === 0) throw new Error('spread: no values');
	if (values.some((v) => !Number.isFinite(v))) throw new Error(`spread: not a finite number in ${JSON.stringify(values)}`);
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

/**
 * The fewest requests that can read `n` records from a list of `pageSize` records a page:
 * ceil(n / pageSize) when the API says where the list ends (a total, a next link), one more when
 * only a short page ends it (`endsOnShortPage`: a full last page needs an empty one after it). An
 * empty list still costs one request.
 */
export function minimumRequests(n: number, pageSize: number, opts: { endsOnShortPage?: boolean } = {}): number {
	if (!Number.isInteger(n) || n < 0) throw new Error(`minimumRequests: n must be a whole number ≥ 0, not ${n}`);
	if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`minimumRequests: pageSize must be a whole number ≥ 1, not ${pageSize}`);
	if (opts.endsOnShortPage) return Math.floor(n / pageSize) + 1;
	return Math.max(1, Math.ceil(n / pageSize));
}

/** `1.23 s` / `456 ms` / `7.8 ms`. */
export function formatMs(ms: number): string {
	if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
	if (ms >= 100) return `${ms.toFixed(0)} ms`;
	return `${ms.toFixed(1)} ms`;
}

/** Bytes as MiB with one decimal. */
export function formatMiB(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** `min / median / max` of a spread, each formatted with `format`. */
export function formatSpread(s: Spread, format: (v: number) => string = formatMs): string {
	return `${format(s.min)} / ${format(s.median)} / ${format(s.max)}`;
}

/**
 * Requests against the minimum: `667 (min 667)`, `51 (min 11, 4.64×)` when above it, and
 * `1 (paged minimum 3)` when below it (an API that serves more than a page where asked right).
 */
export function formatRequests(requests: number, minimum: number): string {
	if (requests < minimum) return `${requests} (paged minimum ${minimum})`;
	if (requests === minimum) return `${requests} (min ${minimum})`;
	return `${requests} (min ${minimum}, ${(requests / minimum).toFixed(2)}×)`;
}

/** A goal's verdict: `met` or `missed: <by how much>`. */
export function verdict(met: boolean, missedBy: string): string {
	return met ? 'met' : `missed: ${missedBy}`;
}

/** Verdict of "at most `goal` requests": met, or missed by the ratio to the goal. */
export function requestVerdict(requests: number, goal: number): string {
	return verdict(requests <= goal, `${requests} > ${goal} (${(requests / goal).toFixed(2)}×)`);
}

/** A Markdown table; cells have `|` escaped and line breaks turned into spaces. */
export function markdownTable(header: string[], rows: string[][]): string {
	const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
	for (const row of rows) {
		if (row.length !== header.length) throw new Error(`markdownTable: a row has ${row.length} cells, the header ${header.length}`);
	}
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/**
 * `text` with what lies between the bench markers replaced by `content` (markers kept, content on
 * its own lines). Without the markers, a "## Performance" section holding them is added before
 * `beforeHeading` (e.g. "## Releasing") when that heading exists, else at the end. Throws on
 * markers out of order or repeated, so a damaged README is never half overwritten. `start` and
 * `end` name other markers (another generated section).
 */
export function replaceBetweenMarkers(
	text: string,
	content: string,
	opts: { beforeHeading?: string; heading?: string; start?: string; end?: string } = {},
): string {
	const { start = README_START, end = README_END } = opts;
	const starts = text.split(start).length - 1;
	const ends = text.split(end).length - 1;
	const block = `${start}\n${content.replace(/\s+$/, '')}\n${end}`;
	if (starts === 0 && ends === 0) {
		const section = `${opts.heading ?? '## Performance'}\n\n${block}\n`;
		const at = opts.beforeHeading ? text.search(new RegExp(`^${escapeRegExp(opts.beforeHeading)}\\s*$`, 'm')) : -1;
		if (at === -1) return `${text.replace(/\s*$/, '')}\n\n${section}`;
		return `${text.slice(0, at)}${section}\n${text.slice(at)}`;
	}
	if (starts !== 1 || ends !== 1) throw new Error(`replaceBetweenMarkers: expected one ${start} and one ${end}, found ${starts} and ${ends}`);
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (to < from) throw new Error(`replaceBetweenMarkers: ${end} comes before ${start}`);
	return text.slice(0, from) + block + text.slice(to + end.length);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Command-line settings of `npm run bench`. */
export interface BenchOptions {
	latencyMs: number;
	repeats: number;
	warmup: number;
	quick: boolean;
	writeReadme: boolean;
	/** Skip the real-n8n comparison. */
	skipN8n: boolean;
	/** Measured runs of each side in real n8n (default 3, 1 with --quick). */
	n8nRepeats: number;
	/** Only these platforms (lower case), all when empty. */
	only: string[];
}

/** Parses `--latency 20 --repeats 5 --warmup 1 --n8n-repeats 3 --quick --write-readme --no-n8n --only chatwoot,cliengo` (also `--x=v`, env BENCH_LATENCY_MS). */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = {}): BenchOptions {
	const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
	const quick = args.includes('--quick');
	const value = (name: string): string | undefined => {
		const i = args.indexOf(name);
		if (i === -1) return undefined;
		const v = args[i + 1];
		if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
		return v;
	};
	const whole = (name: string, fallback: number, min: number): number => {
		const raw = value(name);
		if (raw === undefined) return fallback;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, not ${raw}`);
		return n;
	};
	const known = new Set(['--latency', '--repeats', '--warmup', '--n8n-repeats', '--quick', '--write-readme', '--no-n8n', '--only']);
	for (let i = 0; i < args.length; i++) {
		if (!args[i].startsWith('--')) continue;
		if (!known.has(args[i])) throw new Error(`unknown option ${args[i]} (options: ${[...known].join(' ')})`);
	}
	const envLatency = env.BENCH_LATENCY_MS !== undefined && env.BENCH_LATENCY_MS !== '' ? Number(env.BENCH_LATENCY_MS) : undefined;
	if (envLatency !== undefined && !(Number.isInteger(envLatency) && envLatency >= 0)) throw new Error(`BENCH_LATENCY_MS must be a whole number ≥ 0, not ${env.BENCH_LATENCY_MS}`);
	return {
		latencyMs: whole('--latency', envLatency ?? 20, 0),
		repeats: whole('--repeats', quick ? 1 : 5, 1),
		warmup: whole('--warmup', 1, 0),
		quick,
		writeReadme: args.includes('--write-readme'),
		skipN8n: args.includes('--no-n8n'),
		n8nRepeats: whole('--n8n-repeats', quick ? 1 : 3, 1),
		only: (value('--only') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
	};
}
