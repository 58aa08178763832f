/**
 * Side by side in real n8n (the pinned one of scripts/install-n8n.sh): our node's Contact → Get Many
 * with Return All against n8n's HTTP Request node with its Pagination option on the same endpoint,
 * the same fake (its own process, the same latency), for each platform whose list tells its total:
 * Chatwoot (pages of 15, `meta.count`) and Cliengo (offsets of 50, `paging.total`; 1,000 contacts,
 * which one query reaches: past Cliengo's 1000-offset cap the HTTP Request node cannot read on, so
 * no comparison is possible there). Every workflow run is a fresh `n8n execute` process, the two
 * alternate (warm-up of each first), and for each run the wall time of the process, the node's own
 * execution time (n8n's runData), the requests the fake logged and the process's peak resident
 * memory (its own high-water mark, written at exit by a preload given through NODE_OPTIONS) are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createN8nHome, executeWorkflow, importCredentials, importWorkflow, installOurPackages, runErrors, type N8nHome } from '@leadchat/e2e';
import { startFakeProcess, type RunningFake } from './procs';

export interface N8nRun {
	wallMs: number;
	nodeMs: number;
	requests: number;
	items: number;
	peakRss: number;
}

export interface N8nComparison {
	spec: ComparisonSpec;
	n: number;
	ours: N8nRun[];
	theirs: N8nRun[];
}

/** One platform's side-by-side case. */
export interface ComparisonSpec {
	platform: 'Chatwoot' | 'Cliengo';
	/** The fake's scenario (fake-process.ts) and how many records it seeds. */
	scenario: 'chatwootContacts' | 'cliengoContacts';
	counts: { full: number; quick: number };
	/** The node package (packages/<dir>) installed into n8n. */
	packageDir: string;
	/** The page size the HTTP Request node's pagination asks for, as the API serves it (the minimum is ceil(N / pageSize)). */
	pageSize: number;
	/** Our node in the workflow, and the credential it uses (imported from the fake's credential data). */
	ours: { name: string; type: string; credentialType: string; credentialName: string };
	/** The HTTP Request node's parameters for the fake, from our credential's data (its base URL, key). */
	theirs(data: Record<string, unknown>): Record<string, unknown>;
}

const PRELOAD = `
const fs = require('fs');
const path = require('path');
process.on('exit', () => {
	try {
		const dir = process.env.BENCH_PEAK_DIR;
		if (!dir) return;
		fs.writeFileSync(path.join(dir, 'peak-' + process.pid + '.json'), JSON.stringify({ pid: process.pid, argv: process.argv.slice(1), maxRss: process.resourceUsage().maxRSS * 1024 }));
	} catch {}
});
`;

const HTTP_NODE = 'HTTP Request';

function workflow(name: string, node: Record<string, unknown>): object {
	return {
		name,
		nodes: [
			{ id: 'b1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: 'b2', position: [220, 0], ...node },
		],
		connections: { Start: { main: [[{ node: node.name as string, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

const credentialId = (spec: ComparisonSpec) => `bench${spec.platform}Api`;

/** Our node: Contact → Get Many, Return All. */
export function oursWorkflow(spec: ComparisonSpec): object {
	return workflow(`bench: ${spec.platform} node, contacts, Return All`, {
		name: spec.ours.name,
		type: spec.ours.type,
		typeVersion: 1,
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options: {} },
		credentials: { [spec.ours.credentialType]: { id: credentialId(spec), name: spec.ours.credentialName } },
	});
}

/** n8n's HTTP Request node on the same endpoint, with its Pagination option. Its output is one item a page, as the node gives it. */
export function theirsWorkflow(spec: ComparisonSpec, data: Record<string, unknown>): object {
	return workflow(`bench: HTTP Request node, ${spec.platform} contacts, pagination`, {
		name: HTTP_NODE,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: spec.theirs(data),
	});
}

/** The HTTP Request node's Pagination option: query parameter `param` set to `value` per page, done when `completeExpression` holds. */
const pagination = (param: string, value: string, completeExpression: string) => ({
	pagination: {
		pagination: {
			parameters: { parameters: [{ type: 'qs', name: param, value }] },
			paginationCompleteWhen: 'other',
			completeExpression,
		},
	},
});

export const COMPARISONS: ComparisonSpec[] = [
	{
		platform: 'Chatwoot',
		scenario: 'chatwootContacts',
		counts: { full: 10_000, quick: 500 },
		packageDir: 'node-chatwoot',
		pageSize: 15,
		ours: { name: 'Chatwoot', type: '@leadchat/n8n-nodes-chatwoot.chatwoot', credentialType: 'leadchatChatwootApi', credentialName: 'Chatwoot (fake server)' },
		// The token in a header; `page` = $pageCount + 1, complete when the page read reaches
		// `meta.count` (so it makes the minimum of requests, no empty page at the end).
		theirs: (data) => ({
			url: `${String(data.baseUrl)}/api/v1/accounts/${Number(data.accountId)}/contacts`,
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'api_access_token', value: String(data.accessToken) }] },
			options: pagination('page', '={{ $pageCount + 1 }}', '={{ Number($response.body.meta.current_page) * 15 >= Number($response.body.meta.count) }}'),
		}),
	},
	{
		platform: 'Cliengo',
		scenario: 'cliengoContacts',
		counts: { full: 1_000, quick: 200 },
		packageDir: 'node-cliengo',
		pageSize: 50,
		ours: { name: 'Cliengo', type: '@leadchat/n8n-nodes-cliengo.cliengo', credentialType: 'leadchatCliengoApi', credentialName: 'Cliengo (fake server)' },
		// The key in the query, as Cliengo's examples send it; `offset` = $pageCount × 50, `limit` 50,
		// complete when the page read reaches `paging.total` (the minimum of requests).
		theirs: (data) => ({
			url: `${String(data.baseUrl)}/contacts`,
			sendQuery: true,
			queryParameters: {
				parameters: [
					{ name: 'api_key', value: String(data.apiKey) },
					{ name: 'limit', value: '50' },
				],
			},
			options: pagination('offset', '={{ $pageCount * 50 }}', '={{ Number($response.body.paging.offset) + 50 >= Number($response.body.paging.total) }}'),
		}),
	},
];

async function requestCount(fake: RunningFake): Promise<number> {
	const response = await fetch(`${fake.ready.control}/requests`);
	return ((await response.json()) as { count: number }).count;
}

async function runOnce(home: N8nHome, fake: RunningFake, id: string, nodeName: string, peakDir: string): Promise<N8nRun> {
	for (const f of fs.readdirSync(peakDir)) fs.rmSync(path.join(peakDir, f));
	const before = await requestCount(fake);
	const t0 = process.hrtime.bigint();
	const result = await executeWorkflow(home, id, { timeoutMs: 600_000 });
	const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
	const requests = (await requestCount(fake)) - before;
	if (!result.ok) throw new Error(`n8n execute of ${nodeName} failed: ${runErrors(result.data).join('; ') || result.raw.slice(-2000)}`);
	const run = result.data?.data?.resultData?.runData?.[nodeName]?.[0];
	const items = run?.data?.main?.[0]?.length ?? 0;
	const peaks = fs
		.readdirSync(peakDir)
		.map((f) => JSON.parse(fs.readFileSync(path.join(peakDir, f), 'utf8')) as { argv: string[]; maxRss: number })
		.filter((p) => p.argv.includes('execute'));
	if (peaks.length !== 1) throw new Error(`expected the peak memory of one n8n execute process, found ${peaks.length}`);
	return { wallMs, nodeMs: Number(run?.executionTime ?? NaN), requests, items, peakRss: peaks[0].maxRss };
}

/** Runs one platform's comparison: `repeats` measured runs of each side (after `warmup` warm-ups of each). */
export async function compareInN8n(spec: ComparisonSpec, opts: { quick: boolean; latencyMs: number; repeats: number; warmup: number; log: (line: string) => void }): Promise<N8nComparison> {
	const fake = await startFakeProcess({ scenario: spec.scenario, n: opts.quick ? spec.counts.quick : spec.counts.full, latencyMs: opts.latencyMs });
	try {
		const home = createN8nHome();
		opts.log(`  n8n home ${home.dir}`);
		installOurPackages(home, [path.resolve(__dirname, '..', '..', spec.packageDir)]);
		const data = fake.ready.credentials[spec.ours.credentialType];
		await importCredentials(home, [{ id: credentialId(spec), name: spec.ours.credentialName, type: spec.ours.credentialType, data }]);
		const oursId = await importWorkflow(home, oursWorkflow(spec));
		const theirsId = await importWorkflow(home, theirsWorkflow(spec, data));
		const peakDir = path.join(home.dir, 'peaks');
		fs.mkdirSync(peakDir, { recursive: true });
		const preload = path.join(home.dir, 'peak-rss.cjs');
		fs.writeFileSync(preload, PRELOAD);
		home.env.NODE_OPTIONS = `${home.env.NODE_OPTIONS ? `${home.env.NODE_OPTIONS} ` : ''}--require=${preload}`;
		home.env.BENCH_PEAK_DIR = peakDir;
		const ours: N8nRun[] = [];
		const theirs: N8nRun[] = [];
		for (let i = 0; i < opts.warmup; i++) {
			await runOnce(home, fake, oursId, spec.ours.name, peakDir);
			await runOnce(home, fake, theirsId, HTTP_NODE, peakDir);
			opts.log('  warm-up done');
		}
		for (let i = 0; i < opts.repeats; i++) {
			// Alternating, so a slower moment of the machine falls on both.
			const a = await runOnce(home, fake, oursId, spec.ours.name, peakDir);
			const b = await runOnce(home, fake, theirsId, HTTP_NODE, peakDir);
			ours.push(a);
			theirs.push(b);
			opts.log(`  run ${i + 1}/${opts.repeats}: ours ${(a.wallMs / 1000).toFixed(1)} s wall, ${(a.nodeMs / 1000).toFixed(1)} s node, ${a.requests} requests; HTTP Request ${(b.wallMs / 1000).toFixed(1)} s wall, ${(b.nodeMs / 1000).toFixed(1)} s node, ${b.requests} requests`);
		}
		fs.rmSync(home.dir, { recursive: true, force: true });
		return { spec, n: Number(fake.ready.info.contacts), ours, theirs };
	} finally {
		await fake.stop();
	}
}
