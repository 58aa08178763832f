/**
 * The README's coverage table: census endpoints (the test kit's chatwoot census) covered by at least one
 * operation, by family, with the Enterprise-only ones, the operations per node, and the endpoints the
 * census marks useful or "maybe" that no operation covers, each group with the reason it is left
 * out (LEFT_OUT below: a group without a reason fails the test). Generated from
 * the requests the operations send (drive-operations.ts); the route-coverage test fails when the
 * README's copy is stale, and UPDATE_README=1 rewrites it.
 */
import * as fs from 'fs';
import { endpoints, endpointKey, FAMILIES, recognise, type CensusEndpoint } from './census';
import { actionNodes, type DrivenOperation } from './drive-operations';

const START = '<!-- coverage:start (generated from the route census and the requests the operations send; run test/route-coverage.test.ts with UPDATE_README=1) -->';
const END = '<!-- coverage:end -->';

export interface Coverage {
	families: Array<{ family: string; census: number; covered: number; ee: number; eeCovered: number }>;
	operations: Array<{ node: string; operations: number }>;
	/** Uncovered endpoints the census marks useful ("yes") or "maybe". */
	leftOut: CensusEndpoint[];
	/** How many uncovered endpoints the census marks not useful to a workflow ("no"). */
	notUseful: number;
}

/**
 * Why each group of uncovered "yes"/"maybe" endpoints is left out, keyed by the census's own note on
 * the group. A new uncovered group needs a line here (the route-coverage test says which).
 */
export const LEFT_OUT: Record<string, string> = {
	'Captain settings': 'account-wide Captain configuration, set once in the dashboard',
	'bulk approve/delete FAQs': 'FAQ → Update and Delete do the same one FAQ at a time; not built in bulk yet',
	'Captain custom-tool CRUD': "configuration of what an assistant may call (HTTP tools with their own auth), set in the dashboard",
	'token rotation': "a new agent-bot token is shown once and must be put into an n8n credential by hand; a workflow rotating it would lock itself out",
	'webhook secret rotation': 'a new secret must be put into the Chatwoot Webhook Secret credential by hand; a workflow rotating it would break its own trigger',
	'SLA policy CRUD (admin config)': 'admin configuration; the workflow side is SLA Breach → Get Many and Get Metrics',
	'custom role CRUD (admin/security)': 'permissions of agents: security configuration kept out of automation',
	'assignment capacity config': "routing configuration set once by an admin",
	'assignment policy config': 'routing configuration set once by an admin',
	'create Twilio inbox': "channel setup with the provider's own credentials, done in the dashboard (Inbox → Create covers API and website inboxes)",
	'email channel migration': 'a one-off Platform migration of mail channels, not a workflow step',
	'start a voice call (EE)': "rings the agent's browser session (WebRTC): nothing a workflow can complete",
	'CSV export': 'the same records come as items from CSAT → Get Many and SLA Breach → Get Many',
	'WhatsApp call record': 'reachable only by the id of a WhatsApp call event, whose shape is not documented; not built yet',
	'CSAT template config': 'the WhatsApp CSAT template of an inbox, configured once',
	'Slack channel list': 'used only while connecting Slack in the dashboard',
	'archive portal': 'not built yet (Portal → Update covers the other changes)',
	'bulk article status/category/translate/delete': 'Article → Update and Delete do the same one article at a time; not built in bulk yet',
	'generic file upload (returns URL)': 'messages, articles and avatars upload their own files; a bare upload returning a URL is not built yet',
};

export function coverageOf(driven: DrivenOperation[]): Coverage {
	const covered = new Set(driven.flatMap((d) => d.requests.map((r) => recognise(r.method, r.path))).filter((e) => e !== undefined).map((e) => endpointKey(e!)));
	const families = FAMILIES.map((family) => {
		const mine = endpoints.filter((e) => e.family === family);
		const hit = mine.filter((e) => covered.has(endpointKey(e)));
		return { family, census: mine.length, covered: hit.length, ee: mine.filter((e) => e.ee).length, eeCovered: hit.filter((e) => e.ee).length };
	});
	const operations = Object.entries(actionNodes).map(([key, node]) => ({ node: node.description.displayName, operations: driven.filter((d) => d.node === key).length }));
	const uncovered = endpoints.filter((e) => !covered.has(endpointKey(e)));
	return { families, operations, leftOut: uncovered.filter((e) => e.useful === 'yes' || e.useful === 'maybe'), notUseful: uncovered.filter((e) => e.useful === 'no').length };
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

export function renderCoverageTable(c: Coverage): string {
	const rows = c.families.map((f) => `| ${f.family} | ${f.census} | ${f.covered} | ${percent(f.covered, f.census)} | ${f.eeCovered} of ${f.ee} |`);
	const census = c.families.reduce((n, f) => n + f.census, 0);
	const covered = c.families.reduce((n, f) => n + f.covered, 0);
	const ee = c.families.reduce((n, f) => n + f.ee, 0);
	const eeCovered = c.families.reduce((n, f) => n + f.eeCovered, 0);
	const total = c.operations.reduce((n, o) => n + o.operations, 0);
	return [
		START,
		'',
		"Endpoints of Chatwoot's token and public JSON API (the census of `config/routes.rb` at upstream a61a8bf, kept in the test kit as `src/fakes/chatwoot/census.json`) that at least one operation sends a request to:",
		'',
		'| Family | Census endpoints | Covered | Share | Enterprise-only covered |',
		'|---|---|---|---|---|',
		...rows,
		`| **Total** | **${census}** | **${covered}** | **${percent(covered, census)}** | **${eoc(eeCovered, ee)}** |`,
		'',
		'| Node | Operations |',
		'|---|---|',
		...c.operations.map((o) => `| ${o.node} | ${o.operations} |`),
		`| **Total** | **${total}** |`,
		'',
		...renderLeftOut(c),
		END,
	].join('\n');
}

/** The uncovered "yes"/"maybe" endpoints, grouped by the census's note, each group with its reason. */
function renderLeftOut(c: Coverage): string[] {
	const groups = new Map<string, CensusEndpoint[]>();
	for (const e of c.leftOut) groups.set(e.why ?? '', [...(groups.get(e.why ?? '') ?? []), e]);
	const yes = c.leftOut.filter((e) => e.useful === 'yes').length;
	return [
		`Left out, and why: ${yes === 0 ? `every endpoint the census marks useful is covered; ${c.leftOut.length} it marks "maybe" are not` : `${yes} endpoints the census marks useful and ${c.leftOut.length - yes} it marks "maybe"`}. The ${c.notUseful} other uncovered endpoints are marked not useful to a workflow (dashboard state, browser sign-in and OAuth steps, billing, personal security settings).`,
		'',
		'| Group (the census\'s note) | Endpoints | Why left out |',
		'|---|---|---|',
		...[...groups].map(([why, list]) => `| ${why} | ${list.map((e) => `\`${endpointKey(e).replace('/api/v1/accounts/:account_id', '…')}\`${e.ee ? ' (EE)' : ''}`).join('<br>')} | ${LEFT_OUT[why] ?? 'NO REASON GIVEN'} |`),
		'',
	];
}

const eoc = (covered: number, all: number) => `${covered} of ${all}`;

/** Compares (or, with UPDATE_README=1, rewrites) the table between the coverage markers. */
export function checkCoverageTable(readmePath: string, coverage: Coverage): { expected: string; actual: string } {
	const expected = renderCoverageTable(coverage);
	const text = fs.readFileSync(readmePath, 'utf8');
	const start = text.indexOf(START.slice(0, START.indexOf(' (')));
	const end = text.indexOf(END);
	const actual = start >= 0 && end > start ? text.slice(start, end + END.length) : '';
	if (actual !== expected && process.env.UPDATE_README === '1') {
		const next = actual ? text.replace(actual, expected) : text.replace('\n## Operations\n', `\n## Coverage of Chatwoot's API\n\n${expected}\n\n## Operations\n`);
		fs.writeFileSync(readmePath, next);
		return { expected, actual: expected };
	}
	return { expected, actual };
}
