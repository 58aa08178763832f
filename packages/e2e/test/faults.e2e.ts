/**
 * The fault suite in real n8n: for every platform of the fault registry (packages/faults), workflows
 * started by a Manual Trigger run with `n8n execute` against that platform's fake (in this jest
 * process, so its faults are set from here):
 *
 * - bad path ids and bad numbers, one item per case and one branch per operation (one workflow, so
 *   that the file stays within a few minutes): each error item names its item and its field, and the
 *   fake received no request for a refused value (one request to the right route for an id that can
 *   be one path segment); a run without "Continue On Fail" stops with the error of item 2;
 * - a create whose answer is lost after the server acted (not sent again: one record), then a read
 *   against a fake answering 503 every time (retried within bounds, then the platform's message);
 * - 150 creates while the fake lets 100 through per 10 s: exactly 150 records, none twice;
 * - Return All over a list that loses 3 read records and gains 2 while it is read: each record once
 *   (without a total, as Crisp's lists: none repeated, at most the 3 records moved back missed);
 * - afterwards no credential secret is in n8n's database, its logs or the execution data.
 *
 * One n8n home for the file; workflows and credentials are imported with one CLI call each.
 */
import fs from 'node:fs';
import path from 'node:path';

import {
	ID_CASES,
	NUMBER_CASES,
	PLATFORMS,
	allSecrets,
	byId,
	idMustBeRefused,
	insertRecords,
	numberCaseApplies,
	once,
	removeServed,
	tally,
	unexpectedLoss,
	watchList,
	type Platform,
} from '../../faults/src';
import type { LoggedRequest } from '@leadchat/testkit';

import { createN8nHome, executeWorkflow, importCredentials, installOurPackages, n8nCli, newWorkflowId, runErrors, type N8nHome } from '../src';
import { triggerOutput } from './helpers';

type Run = Awaited<ReturnType<typeof executeWorkflow>>;

// ------------------------------------------------------------------------------ workflows ---

interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: 'continueRegularOutput';
}

interface Workflow {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: 0 }>> }>;
	settings: Record<string, unknown>;
}

const START = 'Start';

/** A workflow from a Manual Trigger named "Start" and edges `[from, to]` between named nodes. */
function workflow(name: string, nodes: Array<Omit<WorkflowNode, 'id' | 'position'>>, edges: Array<[string, string]>): Workflow {
	const all = [{ name: START, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }, ...nodes];
	const connections: Workflow['connections'] = {};
	for (const [from, to] of edges) {
		connections[from] ??= { main: [[]] };
		connections[from].main[0].push({ node: to, type: 'main', index: 0 });
	}
	return {
		id: newWorkflowId(),
		name,
		nodes: all.map((n, i) => ({ ...n, id: `node-${i}`, position: [i * 220, 0] as [number, number] })),
		connections,
		settings: { executionOrder: 'v1' },
	};
}

/** A Code node that outputs one item per value. */
function items(name: string, values: unknown[]): Omit<WorkflowNode, 'id' | 'position'> {
	return { name, type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: `return ${JSON.stringify(values)}.map((json) => ({ json }));` } };
}

/** The platform's action node with these parameters, its credentials, optionally continuing on fail. */
function ourNode(platform: Platform, fake: unknown, name: string, parameters: Record<string, unknown>, continueOnFail = false): Omit<WorkflowNode, 'id' | 'position'> {
	const credentials = Object.fromEntries(platform.n8n.credentials(fake).map((c) => [c.type, { id: c.id, name: c.name }]));
	return {
		name,
		type: platform.n8n.nodeType,
		typeVersion: platform.n8n.typeVersion,
		parameters,
		credentials,
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

/** Every string holding `{{ … }}` becomes an n8n expression (`=` prefix), deeply. */
function asExpressions(value: unknown): unknown {
	if (typeof value === 'string') return value.includes('{{') ? `=${value}` : value;
	if (Array.isArray(value)) return value.map(asExpressions);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asExpressions(v)]));
	return value;
}

/** A JavaScript literal for a number case (NaN and ±Infinity do not survive JSON). */
function literal(value: unknown): string {
	if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
	return JSON.stringify(value);
}

/** The error of a node's run, when it failed (no "Continue On Fail"). */
function nodeError(run: Run, node: string): { message?: string; description?: string; httpCode?: string } | undefined {
	return run.data?.data?.resultData?.runData?.[node]?.[0]?.error;
}

const BURST = 150;
const BURST_LIMIT = 100;
const BURST_WINDOW_MS = 10_000;

interface PlatformRun {
	platform: Platform;
	fake: any;
	/** Bad path ids and bad numbers, one branch per operation, every node continuing on fail. */
	badInput: Workflow;
	idsStop: Workflow;
	http: Workflow;
	burst: Workflow;
	list: Workflow;
}

const idNodeName = (op: Platform['ids'][number], i: number) => `Id ${i + 1}: ${op.resource} ${op.operation}`;
const numberNodeName = (op: Platform['numbers'][number], i: number) => `Number ${i + 1}: ${op.field}`;

/** The workflows of one platform (built once its fake runs, since they name its records). */
function workflowsFor(platform: Platform, fake: unknown): Omit<PlatformRun, 'platform' | 'fake'> {
	const idValue = (op: Platform['ids'][number], value: string) => (op.locator ? byId(value) : value);
	const idNodes = platform.ids.map((op, i) =>
		ourNode(platform, fake, idNodeName(op, i), { ...op.parameters?.(fake), resource: op.resource, operation: op.operation, [op.parameter]: idValue(op, '={{ $json.id }}') }, true),
	);
	const first = platform.ids[0];
	const numberNodes = platform.numbers.flatMap((op, i) => {
		const cases = NUMBER_CASES.filter((c) => numberCaseApplies(c, op));
		const expression = `={{ [${cases.map((c) => literal(c.value)).join(', ')}][$itemIndex] }}`;
		return [items(`Number cases ${i + 1}`, cases.map((c) => ({ case: c.label }))), ourNode(platform, fake, numberNodeName(op, i), op.parameters(fake, expression), true)];
	});
	const tags = Array.from({ length: BURST }, (_, i) => ({ tag: `burst-${platform.name.toLowerCase()}-${i + 1}` }));
	return {
		badInput: workflow(
			`${platform.name}: bad path ids and bad numbers`,
			[items('Ids', ID_CASES.map((c) => ({ id: c.value }))), ...idNodes, ...numberNodes],
			[
				[START, 'Ids'],
				...idNodes.map((n) => ['Ids', n.name] as [string, string]),
				...platform.numbers.flatMap((op, i) => [
					[START, `Number cases ${i + 1}`],
					[`Number cases ${i + 1}`, numberNodeName(op, i)],
				]),
			] as Array<[string, string]>,
		),
		idsStop: workflow(
			`${platform.name}: a bad id in item 2 stops the run`,
			[items('Ids', [{ id: first.validId(fake) }, { id: '..' }]), ourNode(platform, fake, 'Get', { ...first.parameters?.(fake), resource: first.resource, operation: first.operation, [first.parameter]: idValue(first, '={{ $json.id }}') })],
			[
				[START, 'Ids'],
				['Ids', 'Get'],
			],
		),
		http: workflow(
			`${platform.name}: a create whose answer is lost, then a read against a failing server`,
			[ourNode(platform, fake, 'Create', platform.create.parameters(fake, `lost-answer-${platform.name.toLowerCase()}`), true), ourNode(platform, fake, 'Read', platform.read.parameters(fake))],
			[
				[START, 'Create'],
				['Create', 'Read'],
			],
		),
		burst: workflow(
			`${platform.name}: ${BURST} creates under a throttle`,
			[items('Tags', tags), ourNode(platform, fake, 'Create', asExpressions(platform.create.parameters(fake, '{{ $json.tag }}')) as Record<string, unknown>)],
			[
				[START, 'Tags'],
				['Tags', 'Create'],
			],
		),
		list: workflow(`${platform.name}: Return All while the list changes`, [ourNode(platform, fake, 'List', platform.list.parameters(fake))], [[START, 'List']]),
	};
}

// ---------------------------------------------------------------------------------- suite ---

describe('fault suite in real n8n', () => {
	let home: N8nHome;
	const runs: PlatformRun[] = [];
	const outputs: string[] = [];

	async function execute(wf: Workflow): Promise<Run> {
		const run = await executeWorkflow(home, wf.id);
		outputs.push(run.raw);
		return run;
	}

	beforeAll(async () => {
		for (const platform of PLATFORMS) {
			const fake = platform.createFake();
			await platform.start(fake);
			runs.push({ platform, fake, ...workflowsFor(platform, fake) });
		}
		home = createN8nHome();
		installOurPackages(home);
		await importCredentials(home, runs.flatMap((r) => r.platform.n8n.credentials(r.fake)));
		// One import for every workflow of every platform.
		const all = runs.flatMap((r) => [r.badInput, r.idsStop, r.http, r.burst, r.list]);
		const file = path.join(home.dir, 'tmp', 'fault-workflows.json');
		fs.writeFileSync(file, JSON.stringify(all));
		const imported = await n8nCli(home, ['import:workflow', `--input=${file}`]);
		if (imported.code !== 0) throw new Error(`import:workflow failed: ${imported.stdout}\n${imported.stderr}`);
	});

	afterAll(async () => {
		for (const r of runs) await r.platform.stop(r.fake);
	});

	describe.each(PLATFORMS.map((p) => [p.name, p] as const))('%s', (name) => {
		const ctx = () => runs.find((r) => r.platform.name === name)!;
		const server = () => ctx().platform.server(ctx().fake);
		beforeEach(() => {
			server().clearLog();
			server().clearFaults();
		});

		/** The bad-input run, executed once for the two tests that read it, with the requests it caused. */
		let badInput: Promise<{ run: Run; requests: LoggedRequest[] }> | undefined;
		const runBadInput = () =>
			(badInput ??= (async () => {
				server().clearLog();
				const run = await execute(ctx().badInput);
				return { run, requests: [...server().requests] };
			})());

		it('bad path ids: each error names its item and field, nothing is sent for a refused id, one request to the right route otherwise', async () => {
			const { platform } = ctx();
			const { run, requests } = await runBadInput();
			expect(runErrors(run.data)).toEqual([]);
			const problems: string[] = [];
			platform.ids.forEach((op, i) => {
				const out = triggerOutput(run.data, idNodeName(op, i));
				expect(out).toHaveLength(ID_CASES.length);
				ID_CASES.forEach((c, k) => {
					const error = String(out[k].error ?? '');
					if (idMustBeRefused(c, op) && !error.startsWith(`Item ${k + 1}: "${op.field}" `)) problems.push(`${op.resource} ${op.operation}, id ${c.label}: ${error.slice(0, 120) || 'no error'}`);
					if (!idMustBeRefused(c, op) && error.startsWith('Item ')) problems.push(`${op.resource} ${op.operation}, id ${c.label}: refused (${error.slice(0, 120)})`);
				});
				const sent = requests.filter((r) => r.route === op.route).map((r) => r.params[op.routeParam]);
				const expected = ID_CASES.filter((c) => !idMustBeRefused(c, op)).map((c) => c.value);
				if (JSON.stringify(sent) !== JSON.stringify(expected)) problems.push(`${op.resource} ${op.operation}: requests with ids ${JSON.stringify(sent).slice(0, 300)}, expected ${JSON.stringify(expected).slice(0, 300)}`);
			});
			expect(problems).toEqual([]);
		});

		it('bad numbers (NaN, ±Infinity, 1e999, hex, binary, empty, fractions): each error names its item and field, nothing is sent', async () => {
			const { platform } = ctx();
			const { run, requests } = await runBadInput();
			expect(runErrors(run.data)).toEqual([]);
			const problems: string[] = [];
			platform.numbers.forEach((op, i) => {
				const cases = NUMBER_CASES.filter((c) => numberCaseApplies(c, op));
				const out = triggerOutput(run.data, numberNodeName(op, i));
				expect(out).toHaveLength(cases.length);
				cases.forEach((c, k) => {
					const error = String(out[k].error ?? '');
					if (!error.startsWith(`Item ${k + 1}: "${op.field}" `)) problems.push(`${op.field} = ${c.label}: ${error.slice(0, 160) || `no error, output ${JSON.stringify(out[k]).slice(0, 160)}`}`);
				});
			});
			expect(problems).toEqual([]);
			// The run sent nothing but the id requests checked above: no number reached the fake, no request left its route.
			const idRoutes = new Set(platform.ids.map((op) => op.route));
			expect(requests.filter((r) => !idRoutes.has(r.route ?? '')).map((r) => `${r.method} ${r.rawPath.slice(0, 200)} (${r.route ?? 'no route'})`)).toEqual([]);
		});

		it('a bad id in item 2 without "Continue On Fail": the run stops with an error naming item 2 and the field; only item 1 was sent', async () => {
			const { platform, fake, idsStop } = ctx();
			const op = platform.ids[0];
			const run = await execute(idsStop);
			expect(run.ok).toBe(false);
			const prefix = `Item 2: "${op.field}" `;
			expect(String(run.data?.data?.resultData?.error?.message).slice(0, prefix.length)).toBe(prefix);
			expect(String(nodeError(run, 'Get')?.message).slice(0, prefix.length)).toBe(prefix);
			expect(server().requests.map((r) => ({ route: r.route, id: r.params[op.routeParam] }))).toEqual([{ route: op.route, id: op.validId(fake) }]);
		});

		it('a create whose answer is lost after the server acted is not sent again (one record); a read against a server answering 503 is retried within bounds, then fails with its message', async () => {
			const { platform, fake, http } = ctx();
			const tag = `lost-answer-${platform.name.toLowerCase()}`;
			const removeDrop = server().intercept(async (req, next) => {
				const response = await next();
				return req.route === platform.create.route ? 'drop' : response;
			});
			server().inject({ status: 503, body: platform.errorBody('Down for maintenance') }, { times: 1000, match: { method: 'GET' } });
			let run: Run;
			try {
				run = await execute(http);
			} finally {
				removeDrop();
			}
			const creates = server().requests.filter((r) => r.route === platform.create.route);
			expect([creates.length, platform.create.count(fake, tag)]).toEqual([1, 1]);
			expect(String(triggerOutput(run.data, 'Create')[0]?.error ?? '')).not.toBe('');

			expect(run.ok).toBe(false);
			const error = nodeError(run, 'Read');
			expect(error?.message).toBe('Down for maintenance');
			expect(String(error?.httpCode)).toBe('503');
			const reads = server().requests.filter((r) => r.method === 'GET');
			expect(reads.length).toBeGreaterThanOrEqual(2);
			expect(reads.length).toBeLessThanOrEqual(10);
			expect(new Set(reads.map((r) => r.rawPath)).size).toBe(1);
		});

		it(`${BURST} creates while the fake lets ${BURST_LIMIT} through per ${BURST_WINDOW_MS / 1000} s: exactly ${BURST} records, none twice`, async () => {
			const { platform, fake, burst } = ctx();
			const removeThrottle = platform.throttle(fake, BURST_LIMIT, BURST_WINDOW_MS);
			let run: Run;
			try {
				run = await execute(burst);
			} finally {
				removeThrottle();
			}
			if (!run.ok) throw new Error(`the run failed: ${runErrors(run.data).join('; ') || run.raw.split('\n').slice(-20).join('\n')}`);
			expect(triggerOutput(run.data, 'Create')).toHaveLength(BURST);
			const tags = Array.from({ length: BURST }, (_, i) => `burst-${platform.name.toLowerCase()}-${i + 1}`);
			const counts = tags.map((t) => platform.create.count(fake, t));
			expect({ lost: tags.filter((_, i) => counts[i] === 0), duplicated: tags.filter((_, i) => counts[i] > 1) }).toEqual({ lost: [], duplicated: [] });
			// The throttle did bite: some creates were refused with 429 and sent again.
			expect(server().requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
		});

		it('Return All while 3 read records are deleted and 2 arrive: no record twice, none lost (without a total: at most the 3 moved back)', async () => {
			const { platform, fake, list } = ctx();
			platform.list.prepare(fake);
			const remove = removeServed(platform, fake, 3);
			const insert = insertRecords(platform, fake, 2);
			const watch = watchList(platform, fake, once((page, served) => (remove(page, served), insert(page, served))));
			const run = await execute(list).finally(() => watch.finish());
			const throughout = watch.finish();
			if (!run.ok) throw new Error(`the run failed: ${runErrors(run.data).join('; ')}`);
			expect(watch.pages()).toBeGreaterThanOrEqual(3);
			const output = triggerOutput(run.data, 'List').map((json) => platform.list.idOf(json));
			// Exact where the list carries a total; without one (Crisp) the records the deletions moved
			// back onto read pages may be missed, at most as many as were deleted (faults' missAllowed).
			expect(watch.deleted()).toBe(3);
			expect(unexpectedLoss(platform, tally(throughout, output), watch.deleted())).toEqual({ lost: [], duplicated: [] });
		});
	});

	it('no credential secret in n8n’s database, its logs or the execution data', () => {
		const secrets = runs.flatMap((r) => allSecrets(r.platform, r.fake));
		expect(secrets.length).toBeGreaterThan(0);
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
				const full = path.join(dir, entry.name);
				// Our node packages (code, no data) are not n8n's data.
				if (entry.isDirectory()) {
					if (full !== path.join(home.dir, '.n8n', 'nodes')) walk(full);
				} else if (entry.isFile()) files.push(full);
			}
		};
		walk(path.join(home.dir, '.n8n'));
		walk(path.join(home.dir, 'logs'));
		const database = files.filter((f) => /database\.sqlite/.test(path.basename(f)));
		expect(database.length).toBeGreaterThan(0);

		const found: string[] = [];
		const needles = secrets.flatMap((s) => [...new Set([s, encodeURIComponent(s)])]).map((s) => Buffer.from(s));
		for (const file of files) {
			const content = fs.readFileSync(file);
			for (const needle of needles) if (content.includes(needle)) found.push(`${path.relative(home.dir, file)} holds a secret`);
		}
		outputs.forEach((raw, i) => {
			for (const needle of needles) if (raw.includes(needle.toString())) found.push(`the output of execution ${i + 1} holds a secret`);
		});
		expect(found).toEqual([]);

		// The search can see plain text: the stored executions (or at least the run output) hold the
		// tags of the burst runs, which are as plain as a leaked token would be.
		const stored = Buffer.concat(database.map((f) => fs.readFileSync(f)));
		const plainInDb = stored.includes(Buffer.from(`burst-${runs[0].platform.name.toLowerCase()}-1`));
		const plainInOutput = outputs.some((raw) => raw.includes(`burst-${runs[0].platform.name.toLowerCase()}-1`));
		expect({ plainInDb, plainInOutput }).toEqual({ plainInDb: true, plainInOutput: true });
	});
});
