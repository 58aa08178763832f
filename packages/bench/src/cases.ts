/**
 * The in-process cases: each runs one of our nodes (its source, as the tests do) against a fake
 * running in another process. A case says which fake scenario it needs, how many records, the
 * request minimum of the API and the goal for its requests. measure-process.ts runs one case.
 */
import type { IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';
import { byId, createExecuteContext, createPollContext } from '@leadchat/testkit';
import type { FakeReady, ScenarioName } from './fake-process';
import { minimumRequests } from './stats';
import { ChaportApi } from '../../node-chaport/credentials/ChaportApi.credentials';
import { Chaport } from '../../node-chaport/nodes/Chaport/Chaport.node';
import { ChaportPollingTrigger } from '../../node-chaport/nodes/ChaportPollingTrigger/ChaportPollingTrigger.node';
import { ChatwootApi } from '../../node-chatwoot/credentials/ChatwootApi.credentials';
import { Chatwoot } from '../../node-chatwoot/nodes/Chatwoot/Chatwoot.node';
import { CliengoApi } from '../../node-cliengo/credentials/CliengoApi.credentials';
import { Cliengo } from '../../node-cliengo/nodes/Cliengo/Cliengo.node';
import { CliengoTrigger } from '../../node-cliengo/nodes/CliengoTrigger/CliengoTrigger.node';
import { CrispApi } from '../../node-crisp/credentials/CrispApi.credentials';
import { Crisp } from '../../node-crisp/nodes/Crisp/Crisp.node';
import { CrispPollingTrigger } from '../../node-crisp/nodes/CrispPollingTrigger/CrispPollingTrigger.node';

export type PlatformName = 'Chatwoot' | 'Cliengo' | 'Crisp' | 'Chaport';

export interface CaseContext {
	ready: FakeReady;
	/** Asks the fake process for records to arrive (trigger scenarios). */
	burst(n: number): Promise<void>;
	/** Moves the clock of the fake and of the triggers here forward (polls a minute apart in milliseconds). */
	advance(ms: number): Promise<void>;
}

/** What one run of a case returned. */
export interface RunResult {
	items: number;
	unique: number;
	/** A polling trigger's run that was a sweep (it read its whole window: core's sweepMs). */
	sweep?: boolean;
}

export interface CaseDef {
	id: string;
	platform: PlatformName;
	label: string;
	scenario: ScenarioName;
	/** Records the scenario seeds (full run, --quick run). */
	n: { full: number; quick: number };
	/** Records arriving before the measured runs (trigger cases), full and quick. */
	burst?: { full: number; quick: number };
	/** The request minimum of the API for one run (from the fake's totals, the run's items and the burst before the runs). */
	minimum(info: FakeReady['info'], result: RunResult, burst: number): number;
	/** The most requests the goal allows (default: the minimum). */
	goal?(minimum: number): number;
	/** Why the goal cannot be the API's minimum, or the reverse: printed after the goal's verdict. */
	goalNote?: string;
	/** False for a trigger case whose event has no sweep (the table then does not look for one). */
	sweeps?: false;
	/** Runs once before the warm-up (e.g. a trigger's first poll and the burst). Returns state for run() and a note for the table. */
	prepare?(ctx: CaseContext, burst: number): Promise<{ state: IDataObject; note?: string }>;
	/** Before each run, outside the time measured (e.g. a minute passes between two polls). */
	beforeRun?(ctx: CaseContext): Promise<void>;
	/** One measured run. */
	run(ctx: CaseContext, state: IDataObject): Promise<RunResult>;
	/** At least this many measured runs whatever --repeats says (a trigger's polls up to its next sweep). */
	minRuns?: number;
}

type CredentialClass = new () => object;

/** The last run's output, held so that the heap measured after gc includes what a run returns. */
let heldOutput: unknown;
export function releaseOutput(): void {
	heldOutput = undefined;
}

/** Runs an action node once, as the tests do (node type defaults applied), and counts its items. */
async function execute(ctx: CaseContext, node: INodeType, credentialTypes: CredentialClass[], parameters: IDataObject): Promise<RunResult> {
	const context = createExecuteContext({ parameters, credentials: ctx.ready.credentials as never, credentialTypes: credentialTypes.map((C) => new C()) as never, nodeType: node });
	const [out] = (await node.execute!.call(context as never)) as INodeExecutionData[][];
	heldOutput = out;
	return { items: out.length, unique: new Set(out.map((i) => JSON.stringify(i.json.id ?? i.json.session_id ?? i.json))).size };
}

/** One poll of a polling trigger in a fresh context over the static data n8n would keep. */
async function poll(ctx: CaseContext, trigger: INodeType, credentialTypes: CredentialClass[], parameters: IDataObject, staticData: IDataObject): Promise<RunResult> {
	const before = sweptAt(staticData);
	const context = createPollContext({ parameters, credentials: ctx.ready.credentials as never, credentialTypes: credentialTypes.map((C) => new C()) as never, nodeType: trigger, staticData });
	const out = (await trigger.poll!.call(context as never)) as INodeExecutionData[][] | null;
	const items = out?.[0] ?? [];
	heldOutput = out;
	return { items: items.length, unique: items.length, sweep: sweptAt(staticData) !== before };
}

/** The time of the last sweep kept in a trigger's static data (core's TimeCursorState.sweptAt), if any. */
function sweptAt(staticData: IDataObject): number | undefined {
	for (const value of Object.values(staticData)) {
		const swept = (value as IDataObject | undefined)?.sweptAt;
		if (typeof swept === 'number') return swept;
	}
	return undefined;
}

const chatwoot = async () => ({ node: new Chatwoot() as INodeType, credentials: [ChatwootApi] as CredentialClass[] });
const cliengo = async () => ({ node: new Cliengo() as INodeType, trigger: new CliengoTrigger() as INodeType, credentials: [CliengoApi] as CredentialClass[] });
const crisp = async () => ({ node: new Crisp() as INodeType, trigger: new CrispPollingTrigger() as INodeType, credentials: [CrispApi] as CredentialClass[] });
const chaport = async () => ({ node: new Chaport() as INodeType, trigger: new ChaportPollingTrigger() as INodeType, credentials: [ChaportApi] as CredentialClass[] });

const total = (info: FakeReady['info'], key: string) => {
	const n = info[key];
	if (typeof n !== 'number') throw new Error(`the fake reported no ${key}`);
	return n;
};

/**
 * A polling trigger's idle polls in the minutes after a burst: first poll (activation, emits
 * nothing), the burst (all its records within a few milliseconds, as an import makes them), 10 s
 * later the poll that emits it; every warm-up and measured run is then a poll with nothing new, one
 * minute (of the shared clock) after the one before.
 */
function idlePollCase(trigger: () => Promise<{ trigger: INodeType; credentials: CredentialClass[] }>, parameters: IDataObject) {
	return {
		minimum: () => 1,
		async prepare(ctx: CaseContext, burst: number) {
			const { trigger: t, credentials } = await trigger();
			const staticData: IDataObject = {};
			await poll(ctx, t, credentials, parameters, staticData);
			await ctx.burst(burst);
			// Ten seconds later, polls until the burst is emitted (a trigger may leave records changed
			// within a few seconds of its poll to the next one), at most 40 polls 10 s apart.
			let emitted = 0;
			for (let i = 0; i < 40 && emitted < burst; i++) {
				await ctx.advance(10_000);
				emitted += (await poll(ctx, t, credentials, parameters, staticData)).items;
			}
			// Fewer would be records lost (or not yet seen after 40 polls): the table says so rather than stop the run.
			return { state: staticData, note: emitted === burst ? undefined : `only ${emitted} of the ${burst} new records emitted by 40 polls` };
		},
		// n8n polls a trigger once a minute at most often.
		beforeRun: (ctx: CaseContext) => ctx.advance(60_000),
		// Polls a minute apart up to 11 minutes after the burst: each trigger's sweep (every 5 or 10 minutes) is among them.
		minRuns: 11,
		async run(ctx: CaseContext, staticData: IDataObject) {
			const { trigger: t, credentials } = await trigger();
			return poll(ctx, t, credentials, parameters, staticData);
		},
	};
}

export const CASES: CaseDef[] = [
	{
		id: 'chatwoot-contacts-all',
		platform: 'Chatwoot',
		label: 'Contact → Get Many, Return All',
		scenario: 'chatwootContacts',
		n: { full: 10_000, quick: 500 },
		minimum: (info) => minimumRequests(total(info, 'contacts'), 15),
		run: async (ctx) => {
			const { node, credentials } = await chatwoot();
			return execute(ctx, node, credentials, { resource: 'contact', operation: 'getAll', returnAll: true, options: {} });
		},
	},
	{
		id: 'chatwoot-contacts-limit',
		platform: 'Chatwoot',
		label: 'Contact → Get Many, Limit 100',
		scenario: 'chatwootContacts',
		n: { full: 10_000, quick: 500 },
		minimum: () => minimumRequests(100, 15),
		run: async (ctx) => {
			const { node, credentials } = await chatwoot();
			return execute(ctx, node, credentials, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 100, options: {} });
		},
	},
	{
		id: 'chatwoot-messages-all',
		platform: 'Chatwoot',
		label: 'Message → Get Many, Return All',
		scenario: 'chatwootMessages',
		n: { full: 1_001, quick: 201 },
		// Chatwoot's message finder serves 100 a request with `after=`.
		minimum: (info) => minimumRequests(total(info, 'messages'), 100),
		run: async (ctx) => {
			const { node, credentials } = await chatwoot();
			return execute(ctx, node, credentials, { resource: 'message', operation: 'getAll', conversationId: byId(String(ctx.ready.info.conversation)), returnAll: true });
		},
	},
	{
		id: 'chatwoot-conversations-all',
		platform: 'Chatwoot',
		label: 'Conversation → Get Many, Return All',
		scenario: 'chatwootConversations',
		n: { full: 1_000, quick: 100 },
		minimum: (info) => minimumRequests(total(info, 'conversations'), 25),
		run: async (ctx) => {
			const { node, credentials } = await chatwoot();
			return execute(ctx, node, credentials, { resource: 'conversation', operation: 'getAll', returnAll: true, status: 'all', assigneeType: 'all', filters: {} });
		},
	},
	{
		id: 'cliengo-contacts-all',
		platform: 'Cliengo',
		label: 'Contact → Get Many, Return All (past the 1000-offset cap)',
		scenario: 'cliengoContacts',
		n: { full: 10_000, quick: 1_500 },
		minimum: (info) => minimumRequests(total(info, 'contacts'), 50),
		// The goal for Cliengo's windows: within 1.1× of the minimum.
		goal: (minimum) => Math.floor(minimum * 1.1),
		run: async (ctx) => {
			const { node, credentials } = await cliengo();
			return execute(ctx, node, credentials, { resource: 'contact', operation: 'getAll', returnAll: true, filters: {}, options: {} });
		},
	},
	{
		id: 'cliengo-trigger-idle',
		platform: 'Cliengo',
		label: 'Cliengo Trigger (New Lead): idle polls, one a minute, after a burst',
		scenario: 'cliengoTrigger',
		n: { full: 50, quick: 50 },
		burst: { full: 500, quick: 100 },
		...idlePollCase(cliengo, { event: 'newLead', filters: {} }),
	},
	{
		id: 'cliengo-trigger-updated-idle',
		platform: 'Cliengo',
		label: 'Cliengo Trigger (Contact Updated): idle polls, one a minute, after a burst of updates',
		scenario: 'cliengoUpdates',
		n: { full: 1_000, quick: 200 },
		burst: { full: 500, quick: 100 },
		...idlePollCase(cliengo, { event: 'contactUpdated', filters: {} }),
		// Every contact of the `lastUpdated` query (whole days, from the UTC day that began 12 hours
		// before the window): the burst's, 50 a page, with the total on every page.
		minimum: (_info, _result, burst) => minimumRequests(burst, 50),
		goal: () => 1,
		goalNote:
			"Cliengo lists contacts by creation, not by update, and a contact updated again leaves the `lastUpdated` query's total as it was: no one request can tell that nothing changed. Each poll reads every contact updated since the start of the UTC day 12 hours before its window (`lastUpdated` takes whole days, in a time zone the API does not state: every zone has begun that day by then), so the cost falls back to 1 once that day is past",
		sweeps: false,
	},
	{
		id: 'crisp-conversations-all',
		platform: 'Crisp',
		label: 'Conversation → Get Many, Return All',
		scenario: 'crispConversations',
		n: { full: 1_000, quick: 120 },
		// No total: a page shorter than 50 ends the list (a full last page needs an empty one after it).
		minimum: (_info, result) => minimumRequests(result.items, 50, { endsOnShortPage: true }),
		run: async (ctx) => {
			const { node, credentials } = await crisp();
			return execute(ctx, node, credentials, { resource: 'conversation', operation: 'getAll', returnAll: true });
		},
	},
	{
		id: 'crisp-trigger-idle',
		platform: 'Crisp',
		label: 'Crisp Polling Trigger (New Message): idle polls, one a minute, after a burst',
		scenario: 'crispTrigger',
		n: { full: 120, quick: 120 },
		burst: { full: 500, quick: 100 },
		...idlePollCase(crisp, { event: 'newMessage' }),
	},
	{
		id: 'chaport-visitors-all',
		platform: 'Chaport',
		label: 'Visitor → Get Many, Return All',
		scenario: 'chaportVisitors',
		n: { full: 2_000, quick: 100 },
		// A next link tells whether another page exists: 20 a page.
		minimum: (info) => minimumRequests(total(info, 'visitors'), 20),
		run: async (ctx) => {
			const { node, credentials } = await chaport();
			return execute(ctx, node, credentials, { resource: 'visitor', operation: 'getAll', returnAll: true });
		},
	},
	{
		id: 'chaport-trigger-idle',
		platform: 'Chaport',
		label: 'Chaport Polling Trigger (New Chat): idle polls, one a minute, after a burst',
		scenario: 'chaportTrigger',
		n: { full: 600, quick: 120 },
		burst: { full: 500, quick: 100 },
		...idlePollCase(chaport, { event: 'newChat' }),
	},
];

export function caseById(id: string): CaseDef {
	const found = CASES.find((c) => c.id === id);
	if (!found) throw new Error(`unknown case ${id}`);
	return found;
}
