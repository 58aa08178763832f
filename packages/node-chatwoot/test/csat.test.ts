/**
 * CSAT survey responses (routes.rb `resources :csat_survey_responses`): getAll (25 per page) and metrics.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { CSAT_PER_PAGE } from '../../testkit/src/fakes/chatwoot';
import { csatView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, run, useFake } from './harness';

const { fake, A, sent } = useFake();
const csat = () => fake.state.csatResponses;

const csatOp = resourceOp('csat');
const newestFirst = (rows = csat()) => [...rows].sort((a, b) => b.created_at - a.created_at || b.id - a.id);

describe('csat: getAll', () => {
	it('returns every response over pages of 25', async () => {
		expect(csat().length).toBeGreaterThan(CSAT_PER_PAGE);
		const out = jsonOf(await run(fake, csatOp('getAll', { returnAll: true })));
		expect(sent()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${A()}/csat_survey_responses`, query: { page: String(page) }, body: undefined })));
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(out).toEqual(newestFirst().map((r) => csatView(fake.state, r)));
	});

	it('stops at the limit', async () => {
		const out = jsonOf(await run(fake, csatOp('getAll', { returnAll: false, limit: 26 })));
		expect(sent().map((r) => r.query.page)).toEqual(['1', '2']);
		expect(out).toEqual(newestFirst().slice(0, 26).map((r) => csatView(fake.state, r)));
	});

	it('sends every filter', async () => {
		const { bob } = fake.seeded!.users;
		const since = '2020-01-01T00:00:00Z';
		const out = jsonOf(
			await run(
				fake,
				csatOp('getAll', {
					returnAll: true,
					filters: { since, until: '2040-01-01T00:00:00Z', inboxId: String(fake.seeded!.inboxes.api), agentIds: [String(bob)], ratings: ['4', '5'] },
				}),
			),
		);
		expect(sent()).toEqual([
			{
				method: 'GET',
				path: `${A()}/csat_survey_responses`,
				query: {
					since: String(Date.parse(since) / 1000),
					until: String(Date.parse('2040-01-01T00:00:00Z') / 1000),
					inbox_id: String(fake.seeded!.inboxes.api),
					user_ids: [String(bob)],
					rating: ['4', '5'],
					page: '1',
				},
				body: undefined,
			},
		]);
		const rows = csat().filter(
			(r) => r.assigned_agent_id === bob && r.rating >= 4 && fake.state.conversations.find((c) => c.id === r.conversation_id)!.inbox_id === fake.seeded!.inboxes.api,
		);
		expect(out).toEqual(newestFirst(rows).map((r) => csatView(fake.state, r)));
	});

	it('refuses a period that ends before it starts, and bad ratings', async () => {
		for (const [params, field] of [
			[{ filters: { since: '2030-01-01', until: '2020-01-01' } }, 'Filters → Since'],
			[{ filters: { ratings: ['6'] } }, 'Filters → Ratings'],
			[{ filters: { inboxId: 'web' } }, 'Filters → Inbox Name or ID'],
		] as const) {
			const error = await run(fake, csatOp('getAll', { returnAll: true, ...params })).catch((e: Error) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toContain(`"${field}"`);
		}
		expect(fake.server.requests).toHaveLength(0);
	});
});

describe('csat: getMetrics', () => {
	it('returns the counts for the filters', async () => {
		const out = await run(fake, csatOp('getMetrics', { filters: { ratings: ['1', '2'] } }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/csat_survey_responses/metrics`, query: { rating: ['1', '2'] }, body: undefined }]);
		const rows = csat().filter((r) => r.rating <= 2);
		const [metrics] = jsonOf(out);
		expect(metrics.total_count).toBe(rows.length);
		expect(metrics.ratings_count).toEqual({ '1': rows.filter((r) => r.rating === 1).length, '2': rows.filter((r) => r.rating === 2).length });
		expect(Number(metrics.total_sent_messages_count)).toBeGreaterThanOrEqual(rows.length);
	});

	it('reports an API error', async () => {
		fake.server.inject({ status: 401, body: { error: 'You are not authorized to do this action' } }, { match: { path: /metrics/ } });
		const error = await run(fake, csatOp('getMetrics', {})).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});
