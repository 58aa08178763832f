/**
 * CSAT survey responses (routes.rb `resources :csat_survey_responses`): getAll (25 per page) and metrics.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { chatwoot, chatwootViews } from '@leadchat/testkit';
import { jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { CSAT_PER_PAGE } = chatwoot;
const { csatView } = chatwootViews;
const csat = () => h.fake.state.csatResponses;

const csatOp = resourceOp('csat');
const newestFirst = (rows = csat()) => [...rows].sort((a, b) => b.created_at - a.created_at || b.id - a.id);

describe('csat: getAll', () => {
	it('returns every response over pages of 25', async () => {
		expect(csat().length).toBeGreaterThan(CSAT_PER_PAGE);
		const out = jsonOf(await h.run(csatOp('getAll', { returnAll: true })));
		expect(h.requests()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${h.A()}/csat_survey_responses`, query: { page: String(page) } })));
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(out).toEqual(newestFirst().map((r) => csatView(h.fake.state, r)));
	});

	it('stops at the limit', async () => {
		const out = jsonOf(await h.run(csatOp('getAll', { returnAll: false, limit: 26 })));
		expect(h.requests().map((r) => r.query.page)).toEqual(['1', '2']);
		expect(out).toEqual(newestFirst().slice(0, 26).map((r) => csatView(h.fake.state, r)));
	});

	it('sends every filter', async () => {
		const { bob } = h.fake.seeded!.users;
		const since = '2020-01-01T00:00:00Z';
		const out = jsonOf(
			await h.run(
				csatOp('getAll', {
					returnAll: true,
					filters: { since, until: '2040-01-01T00:00:00Z', inboxId: String(h.fake.seeded!.inboxes.api), agentIds: [String(bob)], ratings: ['4', '5'] },
				}),
			),
		);
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: `${h.A()}/csat_survey_responses`,
				query: {
					since: String(Date.parse(since) / 1000),
					until: String(Date.parse('2040-01-01T00:00:00Z') / 1000),
					inbox_id: String(h.fake.seeded!.inboxes.api),
					user_ids: [String(bob)],
					rating: ['4', '5'],
					page: '1',
				},
				body: undefined,
			},
		]);
		const rows = csat().filter(
			(r) => r.assigned_agent_id === bob && r.rating >= 4 && h.fake.state.conversations.find((c) => c.id === r.conversation_id)!.inbox_id === h.fake.seeded!.inboxes.api,
		);
		expect(out).toEqual(newestFirst(rows).map((r) => csatView(h.fake.state, r)));
	});

	it('refuses a period that ends before it starts, and bad ratings', async () => {
		for (const [params, field] of [
			[{ filters: { since: '2030-01-01', until: '2020-01-01' } }, 'Filters → Since'],
			[{ filters: { ratings: ['6'] } }, 'Filters → Ratings'],
			[{ filters: { inboxId: 'web' } }, 'Filters → Inbox Name or ID'],
		] as const) {
			const error = await h.runError(csatOp('getAll', { returnAll: true, ...params }));
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toContain(`"${field}"`);
		}
		expect(h.fake.requests).toHaveLength(0);
	});
});

describe('csat: getMetrics', () => {
	it('returns the counts for the filters', async () => {
		const out = await h.run(csatOp('getMetrics', { filters: { ratings: ['1', '2'] } }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/csat_survey_responses/metrics`, query: { rating: ['1', '2'] } }]);
		const rows = csat().filter((r) => r.rating <= 2);
		const [metrics] = jsonOf(out);
		expect(metrics.total_count).toBe(rows.length);
		expect(metrics.ratings_count).toEqual({ '1': rows.filter((r) => r.rating === 1).length, '2': rows.filter((r) => r.rating === 2).length });
		expect(Number(metrics.total_sent_messages_count)).toBeGreaterThanOrEqual(rows.length);
	});

	it('reports an API error', async () => {
		h.fake.server.inject({ status: 401, body: { error: 'You are not authorized to do this action' } }, { match: { path: /metrics/ } });
		const error = await h.runError(csatOp('getMetrics', {}));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});
