/**
 * Enterprise routes (EE, 404 on Community Edition): applied SLAs (`/applied_slas`, `/metrics`),
 * voice calls (`/calls`) and the review notes of a CSAT response (`PATCH /csat_survey_responses/:id`).
 * Not in the spec; shapes from Chatwoot's Enterprise controllers and jbuilder views
 * (applied_slas/index, _applied_sla, _sla_event, calls/index, _call, _csat_survey_response).
 */
import { jsonBody, objectSchema, ok, pageParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { notFound } from '../errors';
import type { ChatwootState } from '../store';
import { csatView, senderPushData } from '../views';
import { canSeeConversation, paginate, parseTime } from './helpers';

const V1 = '/api/v1/accounts/{account_id}';
/** RESULTS_PER_PAGE of AppliedSlasController and CallFinder. */
export const SLA_PER_PAGE = 25;
export const CALLS_PER_PAGE = 25;

export interface SlaPolicy {
	id: number;
	name: string;
	description: string;
	first_response_time_threshold: number | null;
	next_response_time_threshold: number | null;
	resolution_time_threshold: number | null;
	only_during_business_hours: boolean;
}

export interface AppliedSla {
	id: number;
	account_id: number;
	policy: SlaPolicy;
	/** Database id of the conversation. */
	conversation_id: number;
	sla_status: 'active' | 'hit' | 'missed' | 'active_with_misses';
	created_at: number;
	updated_at: number;
	events: Array<{ id: number; event_type: 'frt' | 'nrt' | 'rt'; meta: Record<string, unknown>; created_at: number; updated_at: number }>;
}

export interface Call {
	id: number;
	account_id: number;
	provider_call_id: string;
	provider: 'twilio' | 'whatsapp';
	/** Stored as Chatwoot stores it (`in_progress`); shown with a dash (`in-progress`). */
	status: 'ringing' | 'in_progress' | 'completed' | 'no_answer' | 'failed' | 'rejected';
	direction: 'incoming' | 'outgoing';
	duration_seconds: number | null;
	end_reason: string | null;
	started_at: number | null;
	created_at: number;
	message_id: number | null;
	recording_url: string | null;
	transcript: string | null;
	/** Database id of the conversation. */
	conversation_id: number;
	inbox_id: number;
	accepted_by_agent_id: number | null;
	contact_id: number;
}

const str = { type: 'string' };
const int = { type: 'integer' };

function conversationOf(state: ChatwootState, id: number) {
	const conversation = state.conversations.find((c) => c.id === id);
	if (!conversation) throw new Error(`fake: no conversation ${id}`);
	return conversation;
}

/** AppliedSlasController#set_applied_slas + apply_filters (range only with both ends). */
function filteredSlas(ctx: Ctx): AppliedSla[] {
	const since = parseTime(ctx.p.since);
	const until = parseTime(ctx.p.until);
	const num = (name: string) => (ctx.p[name] === undefined || ctx.p[name] === '' ? undefined : Number(ctx.p[name]));
	const [inbox, team, policy, agent] = [num('inbox_id'), num('team_id'), num('sla_policy_id'), num('assigned_agent_id')];
	const label = ctx.str('label_list');
	return ctx.state.appliedSlas.filter((a) => {
		const c = conversationOf(ctx.state, a.conversation_id);
		return (
			a.account_id === ctx.acct.id &&
			(since === null || until === null || (a.created_at >= since && a.created_at < until)) &&
			(inbox === undefined || c.inbox_id === inbox) &&
			(team === undefined || c.team_id === team) &&
			(policy === undefined || a.policy.id === policy) &&
			(agent === undefined || c.assignee_id === agent) &&
			(!label || c.labels.join(',').includes(label))
		);
	});
}

const missed = (a: AppliedSla) => a.sla_status === 'missed' || a.sla_status === 'active_with_misses';

function appliedSlaView(state: ChatwootState, a: AppliedSla) {
	const c = conversationOf(state, a.conversation_id);
	const contact = state.contacts.find((x) => x.id === c.contact_id);
	const due = (threshold: number | null) => (threshold === null ? null : a.created_at + threshold);
	return {
		applied_sla: {
			id: a.id,
			sla_id: a.policy.id,
			sla_status: a.sla_status,
			created_at: a.created_at,
			updated_at: a.updated_at,
			sla_description: a.policy.description,
			sla_name: a.policy.name,
			sla_first_response_time_threshold: a.policy.first_response_time_threshold,
			sla_next_response_time_threshold: a.policy.next_response_time_threshold,
			sla_only_during_business_hours: a.policy.only_during_business_hours,
			sla_resolution_time_threshold: a.policy.resolution_time_threshold,
			// [I] due times: applied time + threshold (Chatwoot computes them from the conversation's timestamps).
			sla_frt_due_at: due(a.policy.first_response_time_threshold),
			sla_nrt_due_at: due(a.policy.next_response_time_threshold),
			sla_rt_due_at: due(a.policy.resolution_time_threshold),
		},
		conversation: {
			id: c.display_id,
			contact: contact ? { name: contact.name } : {},
			labels: c.labels,
			...(c.assignee_id !== null ? { assignee: senderPushData(state, { type: 'User', id: c.assignee_id }, a.account_id) ?? null } : {}),
		},
		sla_events: a.events.map((e) => ({ id: e.id, event_type: e.event_type, meta: e.meta, updated_at: e.updated_at, created_at: e.created_at })),
	};
}

function callView(state: ChatwootState, call: Call) {
	const conversation = conversationOf(state, call.conversation_id);
	const inbox = state.inboxes.find((i) => i.id === call.inbox_id);
	const agent = call.accepted_by_agent_id === null ? undefined : state.users.find((u) => u.id === call.accepted_by_agent_id);
	const contact = state.contacts.find((c) => c.id === call.contact_id);
	return {
		id: call.id,
		call_id: call.provider_call_id,
		provider: call.provider,
		status: call.status.replace('_', '-'),
		direction: call.direction === 'incoming' ? 'inbound' : 'outbound',
		duration_seconds: call.duration_seconds,
		end_reason: call.end_reason,
		started_at: call.started_at,
		created_at: call.created_at,
		message_id: call.message_id,
		recording_url: call.recording_url,
		transcript: call.transcript,
		conversation: { id: call.conversation_id, display_id: conversation.display_id },
		inbox: { id: call.inbox_id, name: inbox?.name ?? null },
		agent: agent ? { id: agent.id, name: agent.name, avatar: '' } : null,
		contact: { id: call.contact_id, name: contact?.name ?? null, phone_number: contact?.phone_number ?? null, avatar: '' },
	};
}

export function slaCallRoutes(): RouteDef[] {
	const admin = { kind: 'account' as const, admin: true };
	const slaFilters = [
		queryParam('since', str),
		queryParam('until', str),
		queryParam('inbox_id', int),
		queryParam('team_id', int),
		queryParam('sla_policy_id', int),
		queryParam('label_list', str),
		queryParam('assigned_agent_id', int),
	];
	return [
		{
			method: 'GET',
			path: `${V1}/applied_slas`,
			name: 'applied_slas.index',
			source: 'code',
			spec: { params: [pageParam, ...slaFilters] },
			access: admin,
			handle: (ctx) => {
				const misses = filteredSlas(ctx).filter(missed);
				const page = ctx.page();
				return ok({ payload: paginate(misses, page, SLA_PER_PAGE).map((a) => appliedSlaView(ctx.state, a)), meta: { count: misses.length, current_page: page } });
			},
		},
		{
			method: 'GET',
			path: `${V1}/applied_slas/metrics`,
			name: 'applied_slas.metrics',
			source: 'code',
			spec: { params: slaFilters },
			access: admin,
			handle: (ctx) => {
				const all = filteredSlas(ctx);
				const misses = all.filter(missed).length;
				const rate = misses === 0 ? '100%' : `${Math.round(((all.length - misses) / all.length) * 100 * 100) / 100}%`;
				return ok({ total_applied_slas: all.length, number_of_sla_misses: misses, hit_rate: rate });
			},
		},
		{
			method: 'GET',
			path: `${V1}/calls`,
			name: 'calls.index',
			source: 'code',
			spec: {
				params: [pageParam, queryParam('status', str), queryParam('direction', str), queryParam('inbox_id', int), queryParam('agent_id', int), queryParam('since', str), queryParam('until', str)],
			},
			access: { kind: 'account' },
			handle: (ctx) => {
				const since = parseTime(ctx.p.since);
				const until = parseTime(ctx.p.until);
				const status = ctx.str('status')?.replace(/-/g, '_');
				const directionLabel = ctx.str('direction');
				const direction = directionLabel === 'inbound' ? 'incoming' : directionLabel === 'outbound' ? 'outgoing' : directionLabel;
				const inbox = ctx.int('inbox_id');
				const agent = ctx.int('agent_id');
				const wide = ctx.role === 'administrator';
				const calls = ctx.state.calls
					.filter(
						(c) =>
							c.account_id === ctx.acct.id &&
							(wide || (c.accepted_by_agent_id === ctx.user?.id && canSeeConversation(ctx, conversationOf(ctx.state, c.conversation_id)))) &&
							(status === undefined || c.status === status) &&
							(direction === undefined || c.direction === direction) &&
							(inbox === undefined || c.inbox_id === inbox) &&
							(agent === undefined || c.accepted_by_agent_id === agent) &&
							(since === null || until === null || (c.created_at >= since && c.created_at <= until)),
					)
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				const page = ctx.page();
				return ok({
					meta: { count: calls.length, current_page: page, total_pages: Math.ceil(calls.length / CALLS_PER_PAGE) },
					payload: paginate(calls, page, CALLS_PER_PAGE).map((c) => callView(ctx.state, c)),
				});
			},
		},
		{
			method: 'PATCH',
			path: `${V1}/csat_survey_responses/{id}`,
			name: 'csat_survey_responses.update',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ csat_review_notes: { type: ['string', 'null'] } }), false) },
			access: admin,
			handle: (ctx) => {
				const response = ctx.state.csatResponses.find((r) => r.account_id === ctx.acct.id && String(r.id) === ctx.params.id);
				if (!response) throw notFound();
				const notes = ctx.p.csat_review_notes;
				response.csat_review_notes = notes === undefined || notes === null ? null : String(notes);
				response.review_notes_updated_by = ctx.user?.id ?? null;
				response.review_notes_updated_at = ctx.state.now();
				return ok(csatView(ctx.state, response));
			},
		},
	];
}
