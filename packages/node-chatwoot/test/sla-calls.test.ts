/**
 * Enterprise: SLA breaches (applied SLAs) and their metrics, voice calls, and the review notes of a
 * CSAT response. The fake serves them from Chatwoot's Enterprise controllers and views; the SLA due
 * times are inferred there (applied time + threshold), so no test relies on them.
 */
import { NodeApiError } from 'n8n-workflow';
import type { INodeListSearchResult } from 'n8n-workflow';
import type { chatwoot } from '@leadchat/testkit';

type AppliedSla = chatwoot.AppliedSla;
type Call = chatwoot.Call;
import { jsonOf, useChatwoot } from './harness';

const h = useChatwoot({ each: true });
const A = () => h.A();
const policy = { id: 7, name: 'Gold', description: 'Answer within an hour', first_response_time_threshold: 3600, next_response_time_threshold: null, resolution_time_threshold: 86_400, only_during_business_hours: false };

function addSlas(statuses: AppliedSla['sla_status'][]): AppliedSla[] {
	const conversations = h.fake.state.conversationsOf(h.fake.accountId);
	const added = statuses.map((sla_status, i) => ({
		id: 100 + i,
		account_id: h.fake.accountId,
		policy,
		conversation_id: conversations[i % conversations.length].id,
		sla_status,
		created_at: 1_767_225_600 + i * 60,
		updated_at: 1_767_225_600 + i * 60,
		events: sla_status === 'hit' ? [] : [{ id: 500 + i, event_type: 'frt' as const, meta: {}, created_at: 1_767_229_300, updated_at: 1_767_229_300 }],
	}));
	h.fake.state.appliedSlas.push(...added);
	return added;
}

function addCalls(count: number, agent: number | null): Call[] {
	const conversation = h.fake.state.conversationsOf(h.fake.accountId)[0];
	const added = Array.from({ length: count }, (_, i) => ({
		id: 900 + i,
		account_id: h.fake.accountId,
		provider_call_id: `CA${i}`,
		provider: 'twilio' as const,
		status: (i % 2 ? 'in_progress' : 'completed') as Call['status'],
		direction: (i % 3 ? 'incoming' : 'outgoing') as Call['direction'],
		duration_seconds: 30 + i,
		end_reason: null,
		started_at: 1_767_225_600 + i,
		created_at: 1_767_225_600 + i,
		message_id: null,
		recording_url: null,
		transcript: null,
		conversation_id: conversation.id,
		inbox_id: conversation.inbox_id,
		accepted_by_agent_id: agent,
		contact_id: conversation.contact_id,
	}));
	h.fake.state.calls.push(...added);
	return added;
}

describe('appliedSla', () => {
	it('getAll: only the missed ones, 25 a page, every page walked, with the filters', async () => {
		const slas = addSlas([...Array(26).fill('missed'), 'hit', 'active_with_misses']);
		const items = await h.run({
			resource: 'appliedSla',
			operation: 'getAll',
			returnAll: true,
			filters: { since: '1767225600', until: '1767312000', slaPolicyId: '7' },
		});
		const query = { since: '1767225600', until: '1767312000', sla_policy_id: '7' };
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${A()}/applied_slas`, query: { ...query, page: '1' } },
			{ method: 'GET', path: `${A()}/applied_slas`, query: { ...query, page: '2' } },
		]);
		const expected = slas.filter((s) => s.sla_status !== 'hit');
		expect(items.map((i) => (i.json.applied_sla as { id: number }).id)).toEqual(expected.map((s) => s.id));
	});

	it('getAll: Limit 2 reads one page; the item is the record Chatwoot sends', async () => {
		const [first] = addSlas(['missed', 'missed', 'missed']);
		const items = await h.run({ resource: 'appliedSla', operation: 'getAll', returnAll: false, limit: 2 });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${A()}/applied_slas`, query: { page: '1' } }]);
		expect(items).toHaveLength(2);
		const conversation = h.fake.state.conversations.find((c) => c.id === first.conversation_id)!;
		expect(items[0].json).toMatchObject({
			applied_sla: { id: first.id, sla_id: 7, sla_status: 'missed', sla_name: 'Gold', sla_first_response_time_threshold: 3600 },
			conversation: { id: conversation.display_id, labels: conversation.labels },
			sla_events: [{ id: 500, event_type: 'frt', meta: {} }],
		});
	});

	it('getMetrics: totals and the hit rate, filtered by inbox and label', async () => {
		addSlas(['missed', 'hit', 'hit', 'active']);
		const label = h.fake.state.conversationsOf(h.fake.accountId).flatMap((c) => c.labels)[0] ?? 'billing';
		const items = await h.run({ resource: 'appliedSla', operation: 'getMetrics', filters: { inboxId: String(h.fake.seeded!.inboxes.api), label } });
		expect(h.only()).toEqual({ method: 'GET', path: `${A()}/applied_slas/metrics`, query: { inbox_id: String(h.fake.seeded!.inboxes.api), label_list: label } });
		h.fake.clearLog();
		const res = await fetch(`${h.fake.url}${A()}/applied_slas/metrics?inbox_id=${h.fake.seeded!.inboxes.api}&label_list=${encodeURIComponent(label)}`, { headers: { api_access_token: h.fake.tokens.user } });
		expect(jsonOf(items)).toEqual([await res.json()]);
		expect(Object.keys(items[0].json).sort()).toEqual(['hit_rate', 'number_of_sla_misses', 'total_applied_slas']);
	});

	it('refuses half a date range and a team that is not numeric', async () => {
		await h.refused({ resource: 'appliedSla', operation: 'getMetrics', filters: { since: '1767225600' } }, 'Filters → Until');
		await h.refused({ resource: 'appliedSla', operation: 'getAll', returnAll: true, filters: { teamId: 'sales' } }, 'Filters → Team Name or ID');
	});

	it('API error: agents are refused', async () => {
		await h.apiError({ resource: 'appliedSla', operation: 'getMetrics' }, 401, 'You are not authorized to do this action', h.withToken(h.fake.tokens.agent));
	});
});

describe('call', () => {
	it('getAll: newest first, 25 a page; status and direction as Chatwoot shows them', async () => {
		const calls = addCalls(30, h.fake.seeded!.users.bob);
		const items = await h.run({ resource: 'call', operation: 'getAll', returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${A()}/calls`, query: { page: '1' } },
			{ method: 'GET', path: `${A()}/calls`, query: { page: '2' } },
		]);
		expect(items.map((i) => i.json.id)).toEqual([...calls].reverse().map((c) => c.id));
		expect(items.find((i) => i.json.id === 901)!.json).toMatchObject({ status: 'in-progress', direction: 'inbound', call_id: 'CA1', provider: 'twilio' });
	});

	it('getAll: filters sent as Chatwoot reads them', async () => {
		addCalls(6, h.fake.seeded!.users.bob);
		const items = await h.run({
			resource: 'call',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'in-progress', direction: 'inbound', agentId: String(h.fake.seeded!.users.bob), since: '1767225600', until: '1767312000' },
		});
		expect(h.only()).toEqual({
			method: 'GET',
			path: `${A()}/calls`,
			query: { status: 'in-progress', direction: 'inbound', agent_id: String(h.fake.seeded!.users.bob), since: '1767225600', until: '1767312000', page: '1' },
		});
		// in progress: odd ids; inbound: index not divisible by 3 → 901, 905
		expect(items.map((i) => i.json.id)).toEqual([905, 901]);
	});

	it('getAll: an agent sees only the calls they took', async () => {
		addCalls(2, null);
		const items = await h.run({ resource: 'call', operation: 'getAll', returnAll: true }, h.withToken(h.fake.tokens.agent));
		expect(items).toEqual([]);
	});

	it('refuses a non-numeric inbox and half a range', async () => {
		await h.refused({ resource: 'call', operation: 'getAll', returnAll: true, filters: { inboxId: 'phone' } }, 'Filters → Inbox Name or ID');
		await h.refused({ resource: 'call', operation: 'getAll', returnAll: true, filters: { until: '1767312000' } }, 'Filters → Since');
	});
});

describe('csat: updateReviewNotes', () => {
	it('PATCH with the notes; the response carries them and who wrote them', async () => {
		const response = h.fake.state.csatResponses[0];
		const items = await h.run({ resource: 'csat', operation: 'updateReviewNotes', csatResponseId: String(response.id), reviewNotes: 'Called the customer back' });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${A()}/csat_survey_responses/${response.id}`, query: {}, body: { csat_review_notes: 'Called the customer back' } });
		const me = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;
		expect(items[0].json).toMatchObject({ id: response.id, csat_review_notes: 'Called the customer back', review_notes_updated_by: { id: me.id, name: me.name } });
		expect(h.fake.state.csatResponses[0].csat_review_notes).toBe('Called the customer back');
	});

	it('the locator lists the responses (by id) and an empty text clears the notes', async () => {
		const page = (await h.listSearch('searchCsatResponses')) as INodeListSearchResult;
		expect(page.results.map((r) => r.value)).toEqual([...h.fake.state.csatResponses].filter((r) => r.account_id === h.fake.accountId).sort((a, b) => b.created_at - a.created_at || b.id - a.id).map((r) => String(r.id)).slice(0, 25));
		h.fake.clearLog();
		const id = String(page.results[0].value);
		await h.run({ resource: 'csat', operation: 'updateReviewNotes', csatResponseId: { __rl: true, mode: 'list', value: id } });
		expect(h.only().body).toEqual({ csat_review_notes: '' });
	});

	it('refuses an id that is not numeric; API error: an unknown id', async () => {
		await h.refused({ resource: 'csat', operation: 'updateReviewNotes', csatResponseId: 'abc', reviewNotes: 'x' }, 'CSAT Survey Response');
		await h.apiError({ resource: 'csat', operation: 'updateReviewNotes', csatResponseId: '99999', reviewNotes: 'x' }, 404, 'Resource could not be found');
	});
});

it('an agent may not write review notes', async () => {
	const error = await h.runError({ resource: 'csat', operation: 'updateReviewNotes', csatResponseId: String(h.fake.state.csatResponses[0].id), reviewNotes: 'x' }, h.withToken(h.fake.tokens.agent));
	expect(error).toBeInstanceOf(NodeApiError);
});
