/**
 * The pure parts of the benchmark suite: statistics, the request minimum, the table and the
 * README section. Nothing here is timed.
 */
import {
	README_END,
	README_START,
	formatRequests,
	formatSpread,
	markdownTable,
	minimumRequests,
	parseOptions,
	replaceBetweenMarkers,
	requestVerdict,
	spread,
	verdict,
} from '../src/stats';

describe('spread (min / median / max)', () => {
	it('takes the middle value of an odd count, whatever the order', () => {
		expect(spread([5, 1, 9, 3, 7])).toEqual({ min: 1, median: 5, max: 9 });
	});
	it('takes the mean of the two middle values of an even count', () => {
		expect(spread([4, 1, 3, 10])).toEqual({ min: 1, median: 3.5, max: 10 });
	});
	it('one value is min, median and max', () => {
		expect(spread([42])).toEqual({ min: 42, median: 42, max: 42 });
	});
	it('does not reorder the caller’s array', () => {
		const values = [3, 1, 2];
		spread(values);
		expect(values).toEqual([3, 1, 2]);
	});
	it('refuses no values and values that are not finite', () => {
		expect(() => spread([])).toThrow('no values');
		expect(() => spread([1, NaN])).toThrow('not a finite number');
		expect(() => spread([Infinity])).toThrow('not a finite number');
	});
});

describe('minimumRequests', () => {
	it('is ceil(N / page size) when the API says where the list ends', () => {
		expect(minimumRequests(10_000, 15)).toBe(667);
		expect(minimumRequests(1_001, 100)).toBe(11);
		expect(minimumRequests(10_000, 50)).toBe(200);
		expect(minimumRequests(100, 15)).toBe(7);
		expect(minimumRequests(15, 15)).toBe(1);
	});
	it('costs one request for an empty list', () => {
		expect(minimumRequests(0, 15)).toBe(1);
		expect(minimumRequests(0, 50, { endsOnShortPage: true })).toBe(1);
	});
	it('needs the empty page after a full last one when only a short page ends the list', () => {
		expect(minimumRequests(1_000, 50, { endsOnShortPage: true })).toBe(21);
		expect(minimumRequests(1_001, 50, { endsOnShortPage: true })).toBe(21);
		expect(minimumRequests(49, 50, { endsOnShortPage: true })).toBe(1);
	});
	it('refuses counts and page sizes that are not whole numbers', () => {
		expect(() => minimumRequests(-1, 15)).toThrow('n must be');
		expect(() => minimumRequests(1.5, 15)).toThrow('n must be');
		expect(() => minimumRequests(10, 0)).toThrow('pageSize must be');
	});
});

describe('formatting', () => {
	it('prints a spread of times as min / median / max', () => {
		expect(formatSpread({ min: 7.84, median: 456.4, max: 23_100 })).toBe('7.8 ms / 456 ms / 23.10 s');
	});
	it('prints requests against the minimum, with the ratio when above it', () => {
		expect(formatRequests(667, 667)).toBe('667 (min 667)');
		expect(formatRequests(51, 11)).toBe('51 (min 11, 4.64×)');
		expect(formatRequests(1, 3)).toBe('1 (paged minimum 3)');
	});
	it('says a goal is met, or by how much it is missed', () => {
		expect(verdict(true, 'x')).toBe('met');
		expect(requestVerdict(1, 1)).toBe('met');
		expect(requestVerdict(11, 1)).toBe('missed: 11 > 1 (11.00×)');
		expect(requestVerdict(265, 220)).toBe('missed: 265 > 220 (1.20×)');
	});
	it('makes a Markdown table, escaping pipes and line breaks in cells', () => {
		expect(markdownTable(['Case', 'Requests'], [['a | b', '1\n2'], ['c', '3']])).toBe(
			['| Case | Requests |', '| --- | --- |', '| a \\| b | 1 2 |', '| c | 3 |'].join('\n'),
		);
	});
	it('refuses a row whose width is not the header’s', () => {
		expect(() => markdownTable(['a', 'b'], [['1']])).toThrow('a row has 1 cells, the header 2');
	});
});

describe('replaceBetweenMarkers (the README section)', () => {
	const readme = ['# Title', '', '## Performance', '', README_START, 'old table', 'more old', README_END, '', '## Releasing', 'text', ''].join('\n');

	it('replaces only what lies between the markers, keeping them', () => {
		const out = replaceBetweenMarkers(readme, 'new table\n\n');
		expect(out).toBe(['# Title', '', '## Performance', '', README_START, 'new table', README_END, '', '## Releasing', 'text', ''].join('\n'));
	});
	it('gives the same text when run twice (the section is replaced, not appended)', () => {
		const once = replaceBetweenMarkers(readme, 'T');
		expect(replaceBetweenMarkers(once, 'T')).toBe(once);
	});
	it('replaces between other markers when given, leaving the bench markers alone', () => {
		const text = `${readme}\n<!-- q:start -->\nold\n<!-- q:end -->\n`;
		const out = replaceBetweenMarkers(text, 'new', { start: '<!-- q:start -->', end: '<!-- q:end -->' });
		expect(out).toBe(`${readme}\n<!-- q:start -->\nnew\n<!-- q:end -->\n`);
	});
	it('adds a Performance section before the given heading when there are no markers', () => {
		const out = replaceBetweenMarkers('# T\n\nintro\n\n## Releasing\n\nsteps\n', 'table', { beforeHeading: '## Releasing' });
		expect(out).toBe(`# T\n\nintro\n\n## Performance\n\n${README_START}\ntable\n${README_END}\n\n## Releasing\n\nsteps\n`);
	});
	it('adds the section at the end when the heading is not there', () => {
		expect(replaceBetweenMarkers('# T\n', 'table', { beforeHeading: '## Releasing' })).toBe(`# T\n\n## Performance\n\n${README_START}\ntable\n${README_END}\n`);
	});
	it('refuses a README with a marker missing, repeated or out of order', () => {
		expect(() => replaceBetweenMarkers(`a ${README_START} b`, 'x')).toThrow('expected one');
		expect(() => replaceBetweenMarkers(`${README_START}${README_END}${README_START}${README_END}`, 'x')).toThrow('expected one');
		expect(() => replaceBetweenMarkers(`${README_END} ${README_START}`, 'x')).toThrow('comes before');
	});
});

describe('parseOptions', () => {
	it('defaults to 20 ms latency, 5 repeats, 1 warm-up', () => {
		expect(parseOptions([])).toEqual({ latencyMs: 20, repeats: 5, warmup: 1, quick: false, writeReadme: false, skipN8n: false, n8nRepeats: 3, only: [] });
	});
	it('reads --quick (1 repeat), --latency, --write-readme, --no-n8n and --only, with a space or =', () => {
		expect(parseOptions(['--quick', '--latency=5', '--write-readme', '--no-n8n', '--only', 'Chatwoot,cliengo'])).toEqual({
			latencyMs: 5,
			repeats: 1,
			warmup: 1,
			quick: true,
			writeReadme: true,
			skipN8n: true,
			n8nRepeats: 1,
			only: ['chatwoot', 'cliengo'],
		});
	});
	it('takes the latency from BENCH_LATENCY_MS, the flag first', () => {
		expect(parseOptions([], { BENCH_LATENCY_MS: '50' }).latencyMs).toBe(50);
		expect(parseOptions(['--latency', '0'], { BENCH_LATENCY_MS: '50' }).latencyMs).toBe(0);
	});
	it('refuses unknown options and bad numbers', () => {
		expect(() => parseOptions(['--fast'])).toThrow('unknown option --fast');
		expect(() => parseOptions(['--repeats', '0'])).toThrow('--repeats must be a whole number ≥ 1');
		expect(parseOptions(['--n8n-repeats', '5']).n8nRepeats).toBe(5);
		expect(() => parseOptions(['--latency'])).toThrow('--latency needs a value');
		expect(() => parseOptions([], { BENCH_LATENCY_MS: 'x' })).toThrow('BENCH_LATENCY_MS');
	});
});
