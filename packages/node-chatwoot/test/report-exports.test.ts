/**
 * Reports v2 beyond the summaries: the CSV downloads (file as binary data, rows as items on request),
 * bot summary and metrics, the drilldown (paged) and the live reports. The fake serves them from
 * Chatwoot's controllers and templates; the CSV layout (period line, empty line, header, rows) is
 * Chatwoot's, the cell values the fake's own figures.
 */
import { NodeApiError } from 'n8n-workflow';
import type { INodeExecutionData } from 'n8n-workflow';
import { jsonOf, useChatwoot } from './harness';
import { parseCsv, reportRows } from '../nodes/Chatwoot/actions/report/csv';

const h = useChatwoot();
const V2 = () => `/api/v2/accounts/${h.fake.accountId}`;
const NOW = Math.floor(Date.now() / 1000);
const since = String(NOW - 40 * 86_400);
const until = String(NOW + 86_400);

/** The CSV the server sends for this report, fetched again for comparison. */
async function serverCsv(report: string, query: Record<string, string>): Promise<string> {
	const url = new URL(`${h.fake.url}${V2()}/reports/${report}`);
	for (const [k, v] of Object.entries(query)) url.searchParams.append(k, v);
	const res = await fetch(url, { headers: { api_access_token: h.fake.tokens.user } });
	return res.text();
}

const fileOf = (item: INodeExecutionData, property = 'data') => Buffer.from(item.binary![property].data, 'base64').toString('utf8');

describe('report CSV downloads', () => {
	it('downloadAgentsReport: since/until as Unix seconds, the file as binary data named as Chatwoot names it', async () => {
		const items = await h.run({ resource: 'report', operation: 'downloadAgentsReport', since: '2026-01-01T00:00:00Z', until: '1767312000' });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/agents`, query: { since: '1767225600', until: '1767312000' }, body: undefined });
		h.fake.clearLog();
		const text = await serverCsv('agents', { since: '1767225600', until: '1767312000' });
		expect(text.split('\n')[0]).toBe('Reporting period 2026-01-01 to 2026-01-02');
		expect(items).toHaveLength(1);
		expect(fileOf(items[0])).toBe(text);
		expect(items[0].binary!.data).toMatchObject({ fileName: 'agents_report.csv', mimeType: 'text/csv', fileExtension: 'csv' });
		const agents = h.fake.state.agentsOf(h.fake.accountId).length;
		expect(items[0].json).toEqual({ file_name: 'agents_report.csv', preamble: ['Reporting period 2026-01-01 to 2026-01-02'], row_count: agents });
	});

	it('downloadInboxesReport: rows as items (keyed by the header), the file on the first, in the field chosen', async () => {
		const items = await h.run({
			resource: 'report',
			operation: 'downloadInboxesReport',
			since,
			until,
			binaryPropertyName: 'report',
			options: { rowsAsItems: true, businessHours: true },
		});
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/inboxes`, query: { since, until, business_hours: 'true' }, body: undefined });
		h.fake.clearLog();
		const text = await serverCsv('inboxes', { since, until, business_hours: 'true' });
		const records = parseCsv(text).filter((r) => r.some((v) => v !== ''));
		const [header, ...rows] = records.slice(1);
		expect(header).toEqual(['Inbox name', 'Inbox type', 'No. of conversations', 'Avg first response time', 'Avg resolution time']);
		const inboxes = h.fake.state.inboxes.filter((i) => i.account_id === h.fake.accountId);
		expect(rows.map((r) => r[0])).toEqual(inboxes.map((i) => i.name));
		expect(jsonOf(items)).toEqual(rows.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]]))));
		expect(fileOf(items[0], 'report')).toBe(text);
		expect(items.slice(1).every((i) => i.binary === undefined)).toBe(true);
	});

	it.each([
		['downloadLabelsReport', 'labels', 'labels_report.csv', 'Label'],
		['downloadTeamsReport', 'teams', 'teams_report.csv', 'Team name'],
		['downloadConversationsSummary', 'conversations_summary', 'conversations_summary_report.csv', 'Conversations'],
	])('%s: GET /reports/%s, the file and its row count', async (operation, report, fileName, firstColumn) => {
		const items = await h.run({ resource: 'report', operation, since, until });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/${report}`, query: { since, until }, body: undefined });
		h.fake.clearLog();
		const text = await serverCsv(report, { since, until });
		expect(fileOf(items[0])).toBe(text);
		const { rows } = reportRows(text);
		expect(Object.keys(rows[0])[0]).toBe(firstColumn);
		expect(items[0].json).toEqual({ file_name: fileName, preamble: [text.split('\n')[0]], row_count: rows.length });
		expect(items[0].binary!.data.fileName).toBe(fileName);
	});

	it('downloadConversationTraffic: the timezone offset is sent; 24 hour rows keyed by date', async () => {
		const items = await h.run({ resource: 'report', operation: 'downloadConversationTraffic', since, until, options: { timezoneOffset: -3, rowsAsItems: true } });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/conversation_traffic`, query: { since, until, timezone_offset: '-3' }, body: undefined });
		expect(items).toHaveLength(24);
		expect(items.map((i) => i.json['Start of the hour'])).toEqual(Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`));
		h.fake.clearLog();
		expect(fileOf(items[0])).toBe(await serverCsv('conversation_traffic', { since, until, timezone_offset: '-3' }));
	});

	it('refuses a missing period, a bad date and an empty field name before any request', async () => {
		await h.refused({ resource: 'report', operation: 'downloadAgentsReport', until }, 'Since');
		await h.refused({ resource: 'report', operation: 'downloadTeamsReport', since, until: 'soon' }, 'Until');
		await h.refused({ resource: 'report', operation: 'downloadLabelsReport', since, until, binaryPropertyName: ' ' }, 'Put Output File in Field');
	});

	it('API error: an agent may not download reports (Chatwoot message, not the CSV)', async () => {
		await h.apiError({ resource: 'report', operation: 'downloadAgentsReport', since, until }, 401, 'You are not authorized to do this action', h.withToken(h.fake.tokens.agent));
	});
});

describe('parseCsv / reportRows', () => {
	it('quoted fields, doubled quotes, CRLF, a preamble before the empty line', () => {
		expect(parseCsv('a,"b,c","d ""e"""\r\n1,2,3')).toEqual([
			['a', 'b,c', 'd "e"'],
			['1', '2', '3'],
		]);
		expect(reportRows('Period x\n\nName,Count\n"Ann, B",2\n')).toEqual({ preamble: ['Period x'], rows: [{ Name: 'Ann, B', Count: '2' }] });
		expect(reportRows('Name,Count\nA,1')).toEqual({ preamble: [], rows: [{ Name: 'A', Count: '1' }] });
		expect(reportRows('')).toEqual({ preamble: [], rows: [] });
	});
});

describe('report bot and drilldown', () => {
	it('getBotSummary: type, id, period, timezone and business hours', async () => {
		const inbox = h.fake.seeded!.inboxes.api;
		const items = await h.run({ resource: 'report', operation: 'getBotSummary', type: 'inbox', inboxId: String(inbox), since, until, options: { timezoneOffset: 2, businessHours: false } });
		const query = { type: 'inbox', id: String(inbox), since, until, timezone_offset: '2', business_hours: 'false' };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/bot_summary`, query, body: undefined });
		h.fake.clearLog();
		const res = await fetch(`${h.fake.url}${V2()}/reports/bot_summary?${new URLSearchParams(query)}`, { headers: { api_access_token: h.fake.tokens.user } });
		const body = await res.json();
		expect(Object.keys(body).sort()).toEqual(['bot_handoffs_count', 'bot_resolutions_count', 'previous']);
		expect(jsonOf(items)).toEqual([body]);
	});

	it('getBotSummary: refuses a team that is not numeric', async () => {
		await h.refused({ resource: 'report', operation: 'getBotSummary', type: 'team', teamId: 'sales' }, 'Team Name or ID');
	});

	it('getBotMetrics: the four figures of the period', async () => {
		const items = await h.run({ resource: 'report', operation: 'getBotMetrics', since, until });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/bot_metrics`, query: { since, until }, body: undefined });
		expect(Object.keys(items[0].json).sort()).toEqual(['conversation_count', 'handoff_rate', 'message_count', 'resolution_rate']);
	});

	it('getDrilldown: walks the pages of 100, every conversation created in the bucket', async () => {
		for (let i = 0; i < 101; i++) h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
		h.fake.clearLog();
		const bucket = String(NOW - 86_400);
		const items = await h.run({ resource: 'report', operation: 'getDrilldown', metric: 'conversations_count', type: 'account', bucketTimestamp: bucket, since, until, returnAll: true, options: { groupBy: 'week' } });
		const query = { metric: 'conversations_count', type: 'account', bucket_timestamp: bucket, since, until, group_by: 'week', per_page: '100' };
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${V2()}/reports/drilldown`, query: { ...query, page: '1' } },
			{ method: 'GET', path: `${V2()}/reports/drilldown`, query: { ...query, page: '2' } },
		]);
		const expected = h.fake.state
			.conversationsOf(h.fake.accountId)
			.filter((c) => c.created_at >= Number(bucket) && c.created_at < Math.min(Number(bucket) + 7 * 86_400, Number(until)))
			.sort((a, b) => b.created_at - a.created_at);
		expect(items.map((i) => (i.json.conversation as { id: number }).id)).toEqual(expected.map((c) => c.display_id));
		expect(items.length).toBeGreaterThan(100);
	});

	it('getDrilldown: Limit stops after the first page; bucket start is required', async () => {
		const items = await h.run({ resource: 'report', operation: 'getDrilldown', metric: 'incoming_messages_count', type: 'account', bucketTimestamp: since, since, until, returnAll: false, limit: 2 });
		expect(h.requests()).toHaveLength(1);
		expect(items.length).toBeLessThanOrEqual(2);
		h.fake.clearLog();
		await h.refused({ resource: 'report', operation: 'getDrilldown', metric: 'conversations_count', type: 'account', since, until }, 'Bucket Start');
	});

	it('API error: an agent may not drill down', async () => {
		await h.apiError(
			{ resource: 'report', operation: 'getDrilldown', metric: 'conversations_count', type: 'account', bucketTimestamp: since, since, until, returnAll: true },
			401,
			'You are not authorized to do this action',
			h.withToken(h.fake.tokens.agent),
		);
	});
});

describe('live reports', () => {
	const conversations = () => h.fake.state.conversationsOf(h.fake.accountId);

	it('getLiveConversationMetrics: the counts of now, filtered by inbox ids', async () => {
		const inbox = h.fake.seeded!.inboxes.api;
		const items = await h.run({ resource: 'report', operation: 'getLiveConversationMetrics', filters: { inboxIds: [String(inbox)] } });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/live_reports/conversation_metrics`, query: { inbox_ids: [String(inbox)] } });
		const mine = conversations().filter((c) => c.inbox_id === inbox);
		const open = mine.filter((c) => c.status === 'open');
		expect(items[0].json).toMatchObject({
			open: open.length,
			unassigned: open.filter((c) => c.assignee_id === null).length,
			pending: mine.filter((c) => c.status === 'pending').length,
			resolved: mine.filter((c) => c.status === 'resolved').length,
		});
	});

	it('getLiveConversationMetrics: refuses half a window and a non-numeric team', async () => {
		await h.refused({ resource: 'report', operation: 'getLiveConversationMetrics', filters: { since } }, 'Filters → Created Until');
		await h.refused({ resource: 'report', operation: 'getLiveConversationMetrics', filters: { teamIds: ['sales'] } }, 'Filters → Team Names or IDs');
	});

	it('getLiveGroupedConversationMetrics: one item per agent', async () => {
		const items = await h.run({ resource: 'report', operation: 'getLiveGroupedConversationMetrics', groupBy: 'assignee_id' });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/live_reports/grouped_conversation_metrics`, query: { group_by: 'assignee_id' }, body: undefined });
		const open = conversations().filter((c) => c.status === 'open');
		const groups = [...new Set(open.map((c) => c.assignee_id))];
		expect(jsonOf(items).map((j) => j.assignee_id)).toEqual(groups);
		expect(jsonOf(items).map((j) => j.open)).toEqual(groups.map((g) => open.filter((c) => c.assignee_id === g).length));
	});

	it('API error: an agent is refused', async () => {
		const error = await h.runError({ resource: 'report', operation: 'getLiveGroupedConversationMetrics', groupBy: 'team_id' }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});
