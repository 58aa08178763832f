/**
 * Reports: `/api/v2/accounts/{account_id}/reports…`, `/summary_reports/*`,
 * `/api/v1/accounts/{account_id}/reporting_events` and the CSAT survey responses. Shapes follow the
 * spec (the reference only says "see spec"). Numbers are computed from the fake's own state
 * (conversations, messages, reporting events), so they are plausible and deterministic for a given state.
 */
import { ok, pageParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, paramMissing } from '../errors';
import type { Conversation, CsatSurveyResponse, Message, ReportingEvent } from '../types';
import { csatView, reportingEventView } from '../views';
import { asIdList, paginate, parseTime } from './helpers';
import { reportExportRoutes } from './report-exports';
import { slaCallRoutes } from './sla-calls';

const V1 = '/api/v1/accounts/{account_id}';
const V2 = '/api/v2/accounts/{account_id}';
const DAY = 86_400;
/** [I] page size of GET /reporting_events. */
export const REPORTING_EVENTS_PER_PAGE = 25;
export const CSAT_PER_PAGE = 25;

const METRICS = [
	'conversations_count',
	'incoming_messages_count',
	'outgoing_messages_count',
	'avg_first_response_time',
	'avg_resolution_time',
	'resolutions_count',
] as const;
type Metric = (typeof METRICS)[number];

interface Range {
	since: number;
	until: number;
}

export function rangeOf(ctx: Ctx): Range {
	const until = parseTime(ctx.p.until) ?? ctx.state.now();
	const since = parseTime(ctx.p.since) ?? until - 7 * DAY;
	return { since, until };
}

/** Scope a report to `type` + `id` (account, agent, inbox, label, team). */
export function scopeConversations(ctx: Ctx, type: string | undefined, id: string | undefined): Conversation[] {
	let list = ctx.state.conversationsOf(ctx.acct.id);
	if (!id || !type || type === 'account') return list;
	switch (type) {
		case 'agent':
			list = list.filter((c) => String(c.assignee_id) === id);
			break;
		case 'inbox':
			list = list.filter((c) => String(c.inbox_id) === id);
			break;
		case 'team':
			list = list.filter((c) => String(c.team_id) === id);
			break;
		case 'label': {
			const label = ctx.state.labelsOf(ctx.acct.id).find((l) => String(l.id) === id || l.title === id);
			list = list.filter((c) => label !== undefined && c.labels.includes(label.title));
			break;
		}
	}
	return list;
}

interface Figures {
	conversations_count: number;
	incoming_messages_count: number;
	outgoing_messages_count: number;
	resolutions_count: number;
	avg_first_response_time: number;
	avg_resolution_time: number;
}

function average(values: number[]): number {
	return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : 0;
}

export function figures(ctx: Ctx, conversations: Conversation[], range: Range): Figures {
	const ids = new Set(conversations.map((c) => c.id));
	const inRange = (t: number) => t >= range.since && t < range.until;
	const messages: Message[] = ctx.state.messages.filter((m) => ids.has(m.conversation_id) && inRange(m.created_at));
	const events: ReportingEvent[] = ctx.state.reportingEvents.filter((e) => e.conversation_id !== null && ids.has(e.conversation_id) && inRange(e.created_at));
	return {
		conversations_count: conversations.filter((c) => inRange(c.created_at)).length,
		incoming_messages_count: messages.filter((m) => m.message_type === 0).length,
		outgoing_messages_count: messages.filter((m) => m.message_type === 1).length,
		resolutions_count: events.filter((e) => e.name === 'conversation_resolved').length,
		avg_first_response_time: average(events.filter((e) => e.name === 'first_response').map((e) => e.value)),
		avg_resolution_time: average(events.filter((e) => e.name === 'conversation_resolved').map((e) => e.value)),
	};
}

function requireType(ctx: Ctx): string {
	const type = ctx.str('type');
	if (!type) throw paramMissing('type');
	return type;
}

export function summaryRows(ctx: Ctx, groups: Array<{ id: number; conversations: Conversation[] }>, range: Range) {
	return groups.map(({ id, conversations }) => {
		const f = figures(ctx, conversations, range);
		const inRange = conversations.filter((c) => c.created_at >= range.since && c.created_at < range.until);
		return {
			id,
			conversations_count: f.conversations_count,
			resolved_conversations_count: inRange.filter((c) => c.status === 'resolved').length,
			avg_resolution_time: f.resolutions_count ? f.avg_resolution_time : null,
			avg_first_response_time: f.avg_first_response_time || null,
			avg_reply_time: f.avg_first_response_time ? Math.round(f.avg_first_response_time * 0.8) : null,
		};
	});
}

export function reportRoutes(): RouteDef[] {
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${V1}/reporting_events`,
			name: 'reporting_events.index',
			access: admin,
			handle: (ctx) => {
				const since = parseTime(ctx.p.since);
				const until = parseTime(ctx.p.until);
				const inboxId = ctx.int('inbox_id');
				const userId = ctx.int('user_id');
				const name = ctx.str('name');
				const events = ctx.state.reportingEvents
					.filter(
						(e) =>
							e.account_id === ctx.acct.id &&
							(since === null || e.created_at >= since) &&
							(until === null || e.created_at < until) &&
							(inboxId === undefined || e.inbox_id === inboxId) &&
							(userId === undefined || e.user_id === userId) &&
							(name === undefined || e.name === name),
					)
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				const page = ctx.page();
				return ok({
					meta: { count: events.length, current_page: page, total_pages: Math.max(1, Math.ceil(events.length / REPORTING_EVENTS_PER_PAGE)) },
					payload: paginate(events, page, REPORTING_EVENTS_PER_PAGE).map(reportingEventView),
				});
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports`,
			name: 'reports.index',
			access: admin,
			handle: (ctx) => {
				const metric = ctx.str('metric') as Metric | undefined;
				if (!metric) throw paramMissing('metric');
				if (!METRICS.includes(metric)) throw new HttpError(422, { error: 'Invalid metric' });
				const type = requireType(ctx);
				const conversations = scopeConversations(ctx, type, ctx.str('id'));
				const range = rangeOf(ctx);
				const start = Math.floor(range.since / DAY) * DAY;
				const series = [];
				for (let day = start, n = 0; day < range.until && n < 366; day += DAY, n++) {
					const value = figures(ctx, conversations, { since: Math.max(day, range.since), until: Math.min(day + DAY, range.until) })[metric];
					series.push({ value: String(value), timestamp: day });
				}
				return ok(series);
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports/summary`,
			name: 'reports.summary',
			access: admin,
			handle: (ctx) => {
				const type = requireType(ctx);
				const conversations = scopeConversations(ctx, type, ctx.str('id'));
				const range = rangeOf(ctx);
				const length = range.until - range.since;
				const asSummary = (f: Figures) => ({
					avg_first_response_time: String(f.avg_first_response_time),
					avg_resolution_time: String(f.avg_resolution_time),
					conversations_count: f.conversations_count,
					incoming_messages_count: f.incoming_messages_count,
					outgoing_messages_count: f.outgoing_messages_count,
					resolutions_count: f.resolutions_count,
				});
				return ok({
					...asSummary(figures(ctx, conversations, range)),
					previous: asSummary(figures(ctx, conversations, { since: range.since - length, until: range.since })),
				});
			},
		},
		{
			// Also answers `/reports/conversations/` (trailing slash): Rails routes both to the same action,
			// and the spec documents `type=account` on one spelling and `type=agent` on the other.
			method: 'GET',
			path: `${V2}/reports/conversations`,
			name: 'reports.conversations',
			access: admin,
			handle: (ctx) => {
				const type = requireType(ctx);
				const open = ctx.state.conversationsOf(ctx.acct.id).filter((c) => c.status === 'open');
				const unattended = (list: Conversation[]) => list.filter((c) => c.first_reply_created_at === null || c.waiting_since !== null).length;
				if (type === 'agent') {
					const userId = ctx.int('user_id');
					return ok(
						ctx.state
							.agentsOf(ctx.acct.id)
							.filter(({ user }) => userId === undefined || user.id === userId)
							.map(({ user, membership }) => {
								const mine = open.filter((c) => c.assignee_id === user.id);
								return {
									id: user.id,
									name: user.name,
									email: user.email,
									thumbnail: user.avatar_url,
									availability: membership.availability,
									metric: { open: mine.length, unattended: unattended(mine) },
								};
							}),
					);
				}
				return ok({ open: open.length, unattended: unattended(open), unassigned: open.filter((c) => c.assignee_id === null).length });
			},
		},
		{
			method: 'GET',
			path: `${V2}/summary_reports/channel`,
			name: 'summary_reports.channel',
			access: admin,
			handle: (ctx) => {
				const range = rangeOf(ctx);
				const result: Record<string, Record<string, number>> = {};
				for (const c of ctx.state.conversationsOf(ctx.acct.id)) {
					if (c.created_at < range.since || c.created_at >= range.until) continue;
					const channel = ctx.state.inboxes.find((i) => i.id === c.inbox_id)?.channel_type ?? 'Channel::Api';
					const bucket = (result[channel] ??= { open: 0, resolved: 0, pending: 0, snoozed: 0, total: 0 });
					bucket[c.status] += 1;
					bucket.total += 1;
				}
				return ok(result);
			},
		},
		...(['inbox', 'agent', 'team'] as const).map(
			(kind): RouteDef => ({
				method: 'GET',
				path: `${V2}/summary_reports/${kind}`,
				name: `summary_reports.${kind}`,
				access: admin,
				handle: (ctx) => {
					const range = rangeOf(ctx);
					const all = ctx.state.conversationsOf(ctx.acct.id);
					const groups =
						kind === 'inbox'
							? ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id).map((i) => ({ id: i.id, conversations: all.filter((c) => c.inbox_id === i.id) }))
							: kind === 'agent'
								? ctx.state.agentsOf(ctx.acct.id).map(({ user }) => ({ id: user.id, conversations: all.filter((c) => c.assignee_id === user.id) }))
								: ctx.state.teamsOf(ctx.acct.id).map((t) => ({ id: t.id, conversations: all.filter((c) => c.team_id === t.id) }));
					return ok(summaryRows(ctx, groups, range));
				},
			}),
		),
		{
			method: 'GET',
			path: `${V2}/reports/first_response_time_distribution`,
			name: 'reports.first_response_time_distribution',
			access: admin,
			handle: (ctx) => {
				const range = rangeOf(ctx);
				const result: Record<string, Record<string, number>> = {};
				for (const e of ctx.state.reportingEvents) {
					if (e.account_id !== ctx.acct.id || e.name !== 'first_response' || e.created_at < range.since || e.created_at >= range.until) continue;
					const channel = ctx.state.inboxes.find((i) => i.id === e.inbox_id)?.channel_type ?? 'Channel::Api';
					const bucket = (result[channel] ??= { '0-1h': 0, '1-4h': 0, '4-8h': 0, '8-24h': 0, '24h+': 0 });
					const hours = e.value / 3600;
					bucket[hours < 1 ? '0-1h' : hours < 4 ? '1-4h' : hours < 8 ? '4-8h' : hours < 24 ? '8-24h' : '24h+'] += 1;
				}
				return ok(result);
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports/inbox_label_matrix`,
			name: 'reports.inbox_label_matrix',
			access: admin,
			handle: (ctx) => {
				const range = rangeOf(ctx);
				const inboxIds = asIdList(ctx.p.inbox_ids);
				const labelIds = asIdList(ctx.p.label_ids);
				const inboxes = ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id && (!inboxIds.length || inboxIds.includes(i.id)));
				const labels = ctx.state.labelsOf(ctx.acct.id).filter((l) => !labelIds.length || labelIds.includes(l.id));
				const conversations = ctx.state.conversationsOf(ctx.acct.id).filter((c) => c.created_at >= range.since && c.created_at < range.until);
				return ok({
					inboxes: inboxes.map((i) => ({ id: i.id, name: i.name })),
					labels: labels.map((l) => ({ id: l.id, title: l.title })),
					matrix: inboxes.map((i) => labels.map((l) => conversations.filter((c) => c.inbox_id === i.id && c.labels.includes(l.title)).length)),
				});
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports/outgoing_messages_count`,
			name: 'reports.outgoing_messages_count',
			access: admin,
			handle: (ctx) => {
				const groupBy = ctx.str('group_by');
				if (!groupBy) throw paramMissing('group_by');
				const range = rangeOf(ctx);
				const state = ctx.state;
				const outgoing = state.messages.filter(
					(m) => m.account_id === ctx.acct.id && m.message_type === 1 && m.created_at >= range.since && m.created_at < range.until,
				);
				const conversationOf = (m: Message) => state.conversationOfMessage(m);
				let rows: Array<{ id: number; name: string; outgoing_messages_count: number }>;
				switch (groupBy) {
					case 'agent':
						rows = state.agentsOf(ctx.acct.id).map(({ user }) => ({
							id: user.id,
							name: user.name,
							outgoing_messages_count: outgoing.filter((m) => m.sender?.type === 'User' && m.sender.id === user.id).length,
						}));
						break;
					case 'team':
						rows = state.teamsOf(ctx.acct.id).map((t) => ({ id: t.id, name: t.name, outgoing_messages_count: outgoing.filter((m) => conversationOf(m)?.team_id === t.id).length }));
						break;
					case 'inbox':
						rows = state.inboxes
							.filter((i) => i.account_id === ctx.acct.id)
							.map((i) => ({ id: i.id, name: i.name, outgoing_messages_count: outgoing.filter((m) => m.inbox_id === i.id).length }));
						break;
					case 'label':
						rows = state.labelsOf(ctx.acct.id).map((l) => ({ id: l.id, name: l.title, outgoing_messages_count: outgoing.filter((m) => conversationOf(m)?.labels.includes(l.title)).length }));
						break;
					default:
						throw new HttpError(422, { error: 'Invalid group_by' });
				}
				return ok(rows);
			},
		},
		{
			// Code-confirmed (upstream config/routes.rb, not in the spec): rows like the other summary reports, one per label;
			// the averages cover every reporting event of the label's conversations (business hours on request) [I].
			method: 'GET',
			path: `${V2}/summary_reports/label`,
			name: 'summary_reports.label',
			source: 'code',
			spec: { params: [queryParam('since', { type: 'string' }), queryParam('until', { type: 'string' }), queryParam('business_hours', { type: 'boolean' })] },
			access: admin,
			handle: (ctx) => {
				const { since, until } = rangeOf(ctx);
				const inRange = (t: number) => t >= since && t < until;
				const all = ctx.state.conversationsOf(ctx.acct.id);
				const averageOrNull = (values: number[]) => (values.length ? average(values) : null);
				const rows = ctx.state.labelsOf(ctx.acct.id).map((label) => {
					const conversations = all.filter((c) => c.labels.includes(label.title) && inRange(c.created_at));
					const ids = new Set(conversations.map((c) => c.id));
					const events = ctx.state.reportingEvents.filter((e) => e.conversation_id !== null && ids.has(e.conversation_id));
					const value = (name: string) => averageOrNull(events.filter((e) => e.name === name).map((e) => (ctx.bool('business_hours') ? e.value_in_business_hours : e.value)));
					const firstResponse = value('first_response');
					return {
						id: label.id,
						conversations_count: conversations.length,
						resolved_conversations_count: conversations.filter((c) => c.status === 'resolved').length,
						avg_resolution_time: value('conversation_resolved'),
						avg_first_response_time: firstResponse,
						avg_reply_time: firstResponse === null ? null : Math.round(firstResponse * 0.8),
					};
				});
				return ok(rows);
			},
		},
		...csatRoutes(),
		...reportExportRoutes(),
		...slaCallRoutes(),
	];
}

function csatFiltered(ctx: Ctx): CsatSurveyResponse[] {
	let rows = ctx.state.csatResponses.filter((r) => r.account_id === ctx.acct.id);
	const since = parseTime(ctx.p.since);
	const until = parseTime(ctx.p.until);
	if (since !== null && until !== null) rows = rows.filter((r) => r.created_at >= since && r.created_at <= until);
	const conversationOf = (r: CsatSurveyResponse) => ctx.state.conversations.find((c) => c.id === r.conversation_id);
	const inboxIds = asIdList(ctx.p.inbox_id);
	if (inboxIds.length) rows = rows.filter((r) => inboxIds.includes(conversationOf(r)?.inbox_id ?? -1));
	const teamIds = asIdList(ctx.p.team_id);
	if (teamIds.length) rows = rows.filter((r) => teamIds.includes(conversationOf(r)?.team_id ?? -1));
	const userIds = asIdList(ctx.p.user_ids);
	if (userIds.length) rows = rows.filter((r) => r.assigned_agent_id !== null && userIds.includes(r.assigned_agent_id));
	const ratings = asIdList(ctx.p.rating);
	if (ratings.length) rows = rows.filter((r) => ratings.includes(r.rating));
	return rows.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
}

/**
 * CSAT survey responses (upstream `resources :csat_survey_responses`, not in the spec). The seed
 * gives account 1 thirty responses (ratings 1–5 in turn).
 *
 * | Route | Response | Evidence |
 * |---|---|---|
 * | GET /csat_survey_responses?page=&since=&until=&inbox_id=&team_id=&user_ids[]=&rating[]= | bare array, 25 per page | [C-code] filters; item fields [I] |
 * | GET /csat_survey_responses/metrics (same filters) | `{total_count, ratings_count:{rating: n}, total_sent_messages_count}` | [C-code] |
 */
function csatRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const filters = [
		queryParam('since', { type: ['integer', 'string'] }),
		queryParam('until', { type: ['integer', 'string'] }),
		queryParam('inbox_id', { type: 'integer' }),
		queryParam('team_id', { type: 'integer' }),
		queryParam('user_ids', { type: 'array', items: { type: 'integer' } }),
		queryParam('rating', { type: 'array', items: { type: 'integer', enum: [1, 2, 3, 4, 5] } }),
	];
	return [
		{
			method: 'GET',
			path: `${V1}/csat_survey_responses`,
			name: 'csat_survey_responses.index',
			source: 'code',
			spec: { params: [pageParam, ...filters] },
			access: account,
			handle: (ctx) => ok(paginate(csatFiltered(ctx), ctx.page(), CSAT_PER_PAGE).map((r) => csatView(ctx.state, r))),
		},
		{
			method: 'GET',
			path: `${V1}/csat_survey_responses/metrics`,
			name: 'csat_survey_responses.metrics',
			source: 'code',
			spec: { params: filters },
			access: account,
			handle: (ctx) => {
				const rows = csatFiltered(ctx);
				const ratings: Record<string, number> = {};
				for (const r of rows) ratings[String(r.rating)] = (ratings[String(r.rating)] ?? 0) + 1;
				// [I] surveys sent: one per response plus the conversations resolved without an answer.
				const answered = new Set(rows.map((r) => r.conversation_id));
				const unanswered = ctx.state.conversationsOf(ctx.acct.id).filter((c) => c.status === 'resolved' && !answered.has(c.id)).length;
				return ok({ total_count: rows.length, ratings_count: ratings, total_sent_messages_count: rows.length + unanswered });
			},
		},
	];
}
