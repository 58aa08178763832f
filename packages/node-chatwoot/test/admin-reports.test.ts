/**
 * Admin group: the v2 reports (one operation each) and the account reporting events.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { jsonOf, useChatwoot } from './harness';

const h = useChatwoot();
const V2 = () => `/api/v2/accounts/${h.fake.accountId}`;

/** The fake's clock is real time; a fixed window around the seeded data keeps the numbers stable. */
const NOW = Math.floor(Date.now() / 1000); // read once: a second boundary between two reads made the expected query differ
const since = () => String(NOW - 40 * 86_400);
const until = () => String(NOW + 86_400);

/** The body the server sent for the request just made, fetched again for comparison. */
async function serverBody(path: string, query: Record<string, string | string[]>): Promise<unknown> {
	const url = new URL(`${h.fake.url}${path}`);
	for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(Array.isArray(v) ? `${k}[]` : k, one);
	const res = await fetch(url, { headers: { api_access_token: h.fake.tokens.user } });
	return res.json();
}

describe('report', () => {
	it('getMetrics: metric, type and id of the chosen agent, since/until as Unix seconds', async () => {
		const bob = h.fake.seeded!.users.bob;
		const items = await h.run({
			resource: 'report',
			operation: 'getMetrics',
			metric: 'conversations_count',
			type: 'agent',
			agentId: String(bob),
			since: '2026-01-01T00:00:00Z',
			until: '1767312000',
		});
		expect(h.only()).toEqual({
			method: 'GET',
			path: `${V2()}/reports`,
			query: { metric: 'conversations_count', type: 'agent', id: String(bob), since: '1767225600', until: '1767312000' },
			body: undefined,
		});
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual(await serverBody(`${V2()}/reports`, { metric: 'conversations_count', type: 'agent', id: String(bob), since: '1767225600', until: '1767312000' }));
	});

	it('getMetrics: the account needs no id; group by, timezone and business hours are passed on', async () => {
		const items = await h.run({
			resource: 'report',
			operation: 'getMetrics',
			metric: 'resolutions_count',
			type: 'account',
			since: since(),
			until: until(),
			options: { groupBy: 'week', timezoneOffset: -3, businessHours: true },
		});
		expect(h.only().query).toEqual({ metric: 'resolutions_count', type: 'account', since: since(), until: until(), group_by: 'week', timezone_offset: '-3', business_hours: 'true' });
		expect(items.length).toBeGreaterThan(0);
	});

	it('getMetrics: refuses a missing object, a bad metric, a bad date', async () => {
		await h.refused({ resource: 'report', operation: 'getMetrics', metric: 'conversations_count', type: 'inbox' }, 'Inbox Name or ID');
		await h.refused({ resource: 'report', operation: 'getMetrics', metric: 'conversations_count', type: 'team', teamId: 'sales' }, 'Team Name or ID');
		await h.refused({ resource: 'report', operation: 'getMetrics', metric: 'happiness', type: 'account' }, 'Metric');
		await h.refused({ resource: 'report', operation: 'getMetrics', metric: 'conversations_count', type: 'account', since: 'last tuesday' }, 'Since');
	});

	it('getSummary: type label with the label id', async () => {
		const label = h.fake.state.labelsOf(h.fake.accountId)[0];
		const items = await h.run({ resource: 'report', operation: 'getSummary', type: 'label', labelId: String(label.id), since: since(), until: until() });
		const query = { type: 'label', id: String(label.id), since: since(), until: until() };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/summary`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual([await serverBody(`${V2()}/reports/summary`, query)]);
	});

	it('getAccountConversationMetrics: type=account', async () => {
		const items = await h.run({ resource: 'report', operation: 'getAccountConversationMetrics' });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/conversations`, query: { type: 'account' } });
		const open = h.fake.state.conversationsOf(h.fake.accountId).filter((c) => c.status === 'open');
		expect(jsonOf(items)).toEqual([expect.objectContaining({ open: open.length, unassigned: open.filter((c) => c.assignee_id === null).length })]);
	});

	it('getAgentConversationMetrics: type=agent on the trailing-slash path, optional user_id', async () => {
		const all = await h.run({ resource: 'report', operation: 'getAgentConversationMetrics' });
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/conversations/`, query: { type: 'agent' } });
		expect(jsonOf(all).map((a) => a.id)).toEqual(h.fake.state.agentsOf(h.fake.accountId).map((a) => a.user.id));
		h.fake.clearLog();
		const bob = h.fake.seeded!.users.bob;
		const one = await h.run({ resource: 'report', operation: 'getAgentConversationMetrics', userId: String(bob) });
		expect(h.only().query).toEqual({ type: 'agent', user_id: String(bob) });
		expect(jsonOf(one).map((a) => a.id)).toEqual([bob]);
		h.fake.clearLog();
		await h.refused({ resource: 'report', operation: 'getAgentConversationMetrics', userId: 'bob' }, 'Agent Name or ID');
	});

	it('getChannelSummary: since/until only', async () => {
		const items = await h.run({ resource: 'report', operation: 'getChannelSummary', since: since(), until: until() });
		const query = { since: since(), until: until() };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/summary_reports/channel`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual([await serverBody(`${V2()}/summary_reports/channel`, query)]);
	});

	it.each([
		['getInboxSummary', 'inbox'],
		['getAgentSummary', 'agent'],
		['getTeamSummary', 'team'],
	])('%s: since/until and business_hours; one item per row', async (operation, kind) => {
		const items = await h.run({ resource: 'report', operation, since: since(), until: until(), options: { businessHours: true } });
		const query = { since: since(), until: until(), business_hours: 'true' };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/summary_reports/${kind}`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual(await serverBody(`${V2()}/summary_reports/${kind}`, query));
	});

	it('getLabelSummary: the label summary report', async () => {
		const items = await h.run({ resource: 'report', operation: 'getLabelSummary', since: since(), until: until() });
		const query = { since: since(), until: until() };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/summary_reports/label`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual(await serverBody(`${V2()}/summary_reports/label`, query));
	});

	it('getFirstResponseTimeDistribution', async () => {
		const items = await h.run({ resource: 'report', operation: 'getFirstResponseTimeDistribution', since: since(), until: until() });
		const query = { since: since(), until: until() };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/first_response_time_distribution`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual([await serverBody(`${V2()}/reports/first_response_time_distribution`, query)]);
	});

	it('getInboxLabelMatrix: inbox_ids[] and label_ids[]', async () => {
		const { website, api } = h.fake.seeded!.inboxes;
		const labels = h.fake.state.labelsOf(h.fake.accountId).slice(0, 2).map((l) => String(l.id));
		const items = await h.run({
			resource: 'report',
			operation: 'getInboxLabelMatrix',
			since: since(),
			until: until(),
			options: { inboxIds: [String(website), String(api)], labelIds: labels },
		});
		const r = h.only();
		expect(r).toMatchObject({ method: 'GET', path: `${V2()}/reports/inbox_label_matrix` });
		expect(r.query).toEqual({ since: since(), until: until(), inbox_ids: [String(website), String(api)], label_ids: labels });
		h.fake.clearLog();
		const body = (await serverBody(`${V2()}/reports/inbox_label_matrix`, { since: since(), until: until(), inbox_ids: [String(website), String(api)], label_ids: labels })) as IDataObject;
		expect(jsonOf(items)).toEqual([body]);
		expect((body.labels as IDataObject[]).map((l) => String(l.id))).toEqual(labels);
		h.fake.clearLog();
		await h.refused({ resource: 'report', operation: 'getInboxLabelMatrix', options: { inboxIds: ['web'] } }, 'Options → Inbox Names or IDs');
	});

	it('getOutgoingMessagesCount: group_by', async () => {
		const items = await h.run({ resource: 'report', operation: 'getOutgoingMessagesCount', groupBy: 'inbox', since: since(), until: until() });
		const query = { group_by: 'inbox', since: since(), until: until() };
		expect(h.only()).toEqual({ method: 'GET', path: `${V2()}/reports/outgoing_messages_count`, query });
		h.fake.clearLog();
		expect(jsonOf(items)).toEqual(await serverBody(`${V2()}/reports/outgoing_messages_count`, query));
		h.fake.clearLog();
		await h.refused({ resource: 'report', operation: 'getOutgoingMessagesCount', groupBy: 'country' }, 'Group By');
	});

	it('API error: an agent may not read reports', async () => {
		const error = await h.runError({ resource: 'report', operation: 'getChannelSummary' }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('reportingEvent', () => {
	const events = () => h.fake.state.reportingEvents.filter((e) => e.account_id === h.fake.accountId).sort((a, b) => b.created_at - a.created_at || b.id - a.id);

	it('getAll: Return All follows total_pages', async () => {
		const items = await h.run({ resource: 'reportingEvent', operation: 'getAll', returnAll: true });
		const pages = Math.ceil(events().length / 25);
		expect(pages).toBeGreaterThan(1);
		expect(h.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual(Array.from({ length: pages }, (_, i) => ['GET', `${h.A()}/reporting_events`, { page: String(i + 1) }]));
		expect(jsonOf(items).map((e) => e.id)).toEqual(events().map((e) => e.id));
	});

	it('getAll: Limit 27 takes two pages, 27 distinct items', async () => {
		const items = await h.run({ resource: 'reportingEvent', operation: 'getAll', returnAll: false, limit: 27 });
		expect(h.fake.requests.map((r) => r.query.page)).toEqual(['1', '2']);
		const ids = jsonOf(items).map((e) => e.id);
		expect(ids).toEqual(events().slice(0, 27).map((e) => e.id));
		expect(new Set(ids).size).toBe(27);
	});

	it('getAll: filters go to the query', async () => {
		const { api } = h.fake.seeded!.inboxes;
		const items = await h.run({
			resource: 'reportingEvent',
			operation: 'getAll',
			returnAll: true,
			filters: { inboxId: String(api), name: 'first_response', since: since(), until: until() },
		});
		const expected = events().filter((e) => e.inbox_id === api && e.name === 'first_response');
		expect(h.fake.requests.map((r) => r.query)).toEqual(
			Array.from({ length: Math.ceil(expected.length / 25) }, (_, i) => ({ page: String(i + 1), inbox_id: String(api), name: 'first_response', since: since(), until: until() })),
		);
		expect(jsonOf(items).map((e) => e.id)).toEqual(expected.map((e) => e.id));
		h.fake.clearLog();
		await h.refused({ resource: 'reportingEvent', operation: 'getAll', returnAll: true, filters: { userId: 'me' } }, 'Filters → Agent Name or ID');
	});

	it('API error: agents are refused', async () => {
		const error = await h.runError({ resource: 'reportingEvent', operation: 'getAll', returnAll: true }, h.withToken(h.fake.tokens.agent));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
	});
});
