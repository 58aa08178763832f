/**
 * Reports v2 routes beyond the spec (upstream config/routes.rb and the controllers, read for shapes):
 * the CSV downloads (`/reports/agents|inboxes|labels|teams|conversations_summary|conversation_traffic`),
 * the bot summary and metrics, the drilldown, and the live reports. Figures come from the fake's own
 * state like the other reports. Where the shape is inferred it is marked [I].
 */
import { ok, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError } from '../errors';
import type { Conversation } from '../types';
import { asIdList, paginate, parseTime } from './helpers';
import { figures, rangeOf, scopeConversations, summaryRows } from './reports';

const V2 = '/api/v2/accounts/{account_id}';
const admin = { kind: 'account' as const, admin: true };
const str = { type: 'string' };
const periodParams = [queryParam('since', str), queryParam('until', str), queryParam('business_hours', { type: 'boolean' }), queryParam('timezone_offset', { type: 'number' })];

/** One CSV line: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvLine(values: unknown[]): string {
	return values
		.map((v) => {
			const text = v === null || v === undefined ? '' : String(v);
			return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
		})
		.join(',');
}

const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

/** `Date.strptime(params[:since], '%s')` raises without since/until: Rails answers 500. */
function csvPeriod(ctx: Ctx): { since: number; until: number } {
	const since = parseTime(ctx.p.since);
	const until = parseTime(ctx.p.until);
	if (since === null || until === null) throw new HttpError(500, { status: 500, error: 'Internal Server Error' });
	return { since, until };
}

function csv(filename: string, lines: string[]): { status: number; headers: Record<string, string>; body: string } {
	return {
		status: 200,
		headers: { 'content-type': 'text/csv', 'content-disposition': `attachment; filename=${filename}.csv` },
		body: lines.map((l) => `${l}\n`).join(''),
	};
}

/** "Reporting period <since> to <until>", an empty line, the header, the rows (the templates' layout). */
function periodCsv(ctx: Ctx, filename: string, header: string[], rows: unknown[][]) {
	const { since, until } = csvPeriod(ctx);
	return csv(filename, [csvLine([`Reporting period ${day(since)} to ${day(until)}`]), '', csvLine(header), ...rows.map(csvLine)]);
}

const metricsOf = (r: ReturnType<typeof summaryRows>[number] | undefined) => [r?.conversations_count ?? 0, r?.avg_first_response_time ?? '', r?.avg_resolution_time ?? '', r?.avg_reply_time ?? '', r?.resolved_conversations_count ?? 0];

function botCounts(ctx: Ctx, since: number, until: number) {
	const distinct = (name: string) =>
		new Set(ctx.state.reportingEvents.filter((e) => e.account_id === ctx.acct.id && e.name === name && e.created_at >= since && e.created_at < until).map((e) => e.conversation_id)).size;
	return { bot_resolutions_count: distinct('conversation_bot_resolved'), bot_handoffs_count: distinct('conversation_bot_handoff') };
}

const DRILLDOWN_TYPES = ['account', 'inbox', 'agent', 'label', 'team'];
const DRILLDOWN_METRICS = ['conversations_count', 'incoming_messages_count', 'outgoing_messages_count', 'avg_first_response_time', 'avg_resolution_time', 'resolutions_count', 'reply_time'];
const BUCKET = { hour: 3600, day: 86_400, week: 7 * 86_400, month: 31 * 86_400, year: 366 * 86_400 } as const;

function liveConversations(ctx: Ctx): Conversation[] {
	const teams = asIdList(ctx.p.team_ids);
	const users = asIdList(ctx.p.user_ids);
	const inboxes = asIdList(ctx.p.inbox_ids);
	const since = parseTime(ctx.p.since);
	const until = parseTime(ctx.p.until);
	return ctx.state
		.conversationsOf(ctx.acct.id)
		.filter(
			(c) =>
				(!teams.length || (c.team_id !== null && teams.includes(c.team_id))) &&
				(!users.length || (c.assignee_id !== null && users.includes(c.assignee_id))) &&
				(!inboxes.length || inboxes.includes(c.inbox_id)) &&
				(since === null || until === null || (c.created_at >= since && c.created_at <= until)),
		);
}
const liveParams = [queryParam('team_ids', { type: 'array', items: { type: 'integer' } }), queryParam('user_ids', { type: 'array', items: { type: 'integer' } }), queryParam('inbox_ids', { type: 'array', items: { type: 'integer' } }), queryParam('since', str), queryParam('until', str)];
/** Open with no reply yet [I: Chatwoot's `unattended` scope is "no first reply, or waiting since"]. */
const unattended = (c: Conversation) => c.first_reply_created_at === null || c.waiting_since !== null;

export function reportExportRoutes(): RouteDef[] {
	const csvRoute = (report: string, filename: string, build: (ctx: Ctx) => ReturnType<typeof csv>): RouteDef => ({
		method: 'GET',
		path: `${V2}/reports/${report}`,
		name: `reports.${report}`,
		source: 'code',
		spec: { params: periodParams },
		access: admin,
		handle: build,
	});
	return [
		csvRoute('agents', 'agents_report', (ctx) => {
			const range = rangeOf(ctx);
			const all = ctx.state.conversationsOf(ctx.acct.id);
			const agents = ctx.state.agentsOf(ctx.acct.id).map(({ user }) => user);
			const rows = summaryRows(ctx, agents.map((u) => ({ id: u.id, conversations: all.filter((c) => c.assignee_id === u.id) })), range);
			return periodCsv(
				ctx,
				'agents_report',
				['Agent name', 'Assigned conversations', 'Avg first response time', 'Avg resolution time', 'Avg customer waiting time', 'Resolution Count'],
				agents.map((u, i) => [u.name, ...metricsOf(rows[i])]),
			);
		}),
		csvRoute('inboxes', 'inboxes_report', (ctx) => {
			const range = rangeOf(ctx);
			const all = ctx.state.conversationsOf(ctx.acct.id);
			const inboxes = ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id);
			const rows = summaryRows(ctx, inboxes.map((i) => ({ id: i.id, conversations: all.filter((c) => c.inbox_id === i.id) })), range);
			return periodCsv(
				ctx,
				'inboxes_report',
				['Inbox name', 'Inbox type', 'No. of conversations', 'Avg first response time', 'Avg resolution time'],
				inboxes.map((inbox, i) => [inbox.name, inbox.channel_type, ...metricsOf(rows[i]).slice(0, 3)]),
			);
		}),
		csvRoute('labels', 'labels_report', (ctx) => {
			const range = rangeOf(ctx);
			const all = ctx.state.conversationsOf(ctx.acct.id);
			const labels = ctx.state.labelsOf(ctx.acct.id);
			const rows = summaryRows(ctx, labels.map((l) => ({ id: l.id, conversations: all.filter((c) => c.labels.includes(l.title)) })), range);
			return periodCsv(
				ctx,
				'labels_report',
				['Label', 'No. of conversations', 'Avg first response time', 'Avg resolution time', 'Avg reply time', 'Resolution Count'],
				labels.map((l, i) => [l.title, ...metricsOf(rows[i])]),
			);
		}),
		csvRoute('teams', 'teams_report', (ctx) => {
			const range = rangeOf(ctx);
			const all = ctx.state.conversationsOf(ctx.acct.id);
			const teams = ctx.state.teamsOf(ctx.acct.id);
			const rows = summaryRows(ctx, teams.map((t) => ({ id: t.id, conversations: all.filter((c) => c.team_id === t.id) })), range);
			return periodCsv(
				ctx,
				'teams_report',
				['Team name', 'Conversations count', 'Avg first response time', 'Avg resolution time', 'Avg customer waiting time', 'Resolution Count'],
				teams.map((t, i) => [t.name, ...metricsOf(rows[i])]),
			);
		}),
		csvRoute('conversations_summary', 'conversations_summary_report', (ctx) => {
			const f = figures(ctx, ctx.state.conversationsOf(ctx.acct.id), rangeOf(ctx));
			return periodCsv(
				ctx,
				'conversations_summary_report',
				['Conversations', 'Messages received', 'Messages sent', 'Avg first response time', 'Avg resolution time', 'Resolution count', 'Avg customer waiting time'],
				[[f.conversations_count, f.incoming_messages_count, f.outgoing_messages_count, f.avg_first_response_time, f.avg_resolution_time, f.resolutions_count, '']],
			);
		}),
		csvRoute('conversation_traffic', 'conversation_traffic_reports', (ctx) => {
			const { since, until } = csvPeriod(ctx);
			const offset = Number(ctx.p.timezone_offset ?? 0) || 0;
			const local = (t: number) => t + offset * 3600;
			const dates: string[] = [];
			for (let t = local(since) - (local(since) % 86_400); t < local(until); t += 86_400) dates.push(day(t));
			const counts = new Map<string, number>();
			for (const c of ctx.state.conversationsOf(ctx.acct.id)) {
				if (c.created_at < since || c.created_at >= until) continue;
				const key = `${day(local(c.created_at))} ${Math.floor((local(c.created_at) % 86_400) / 3600)}`;
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
			const rows = Array.from({ length: 24 }, (_, h) => [`${String(h).padStart(2, '0')}:00`, ...dates.map((d) => counts.get(`${d} ${h}`) ?? 0)]);
			// [I] the timezone cell is ActiveSupport's zone for the offset; the fake writes the offset.
			return csv('conversation_traffic_reports', [csvLine(['Timezone', `UTC${offset >= 0 ? '+' : ''}${offset}`]), '', csvLine(['Start of the hour', ...dates]), ...rows.map(csvLine)]);
		}),
		{
			method: 'GET',
			path: `${V2}/reports/bot_summary`,
			name: 'reports.bot_summary',
			source: 'code',
			spec: { params: [queryParam('type', str), queryParam('id', str), ...periodParams] },
			access: admin,
			handle: (ctx) => {
				const { since, until } = rangeOf(ctx);
				return ok({ ...botCounts(ctx, since, until), previous: botCounts(ctx, since - (until - since), since) });
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports/bot_metrics`,
			name: 'reports.bot_metrics',
			source: 'code',
			spec: { params: [queryParam('since', str), queryParam('until', str)] },
			access: admin,
			handle: (ctx) => {
				const { since, until } = rangeOf(ctx);
				const botInboxes = new Set(ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id && i.agent_bot_id !== null).map((i) => i.id));
				const conversations = ctx.state.conversationsOf(ctx.acct.id).filter((c) => botInboxes.has(c.inbox_id) && c.created_at >= since && c.created_at < until);
				const ids = new Set(conversations.map((c) => c.id));
				const messages = ctx.state.messages.filter((m) => ids.has(m.conversation_id) && m.message_type === 1 && m.created_at >= since && m.created_at < until);
				const { bot_resolutions_count, bot_handoffs_count } = botCounts(ctx, since, until);
				const rate = (n: number) => (conversations.length ? Math.trunc((n / conversations.length) * 100) : 0);
				return ok({ conversation_count: conversations.length, message_count: messages.length, resolution_rate: rate(bot_resolutions_count), handoff_rate: rate(bot_handoffs_count) });
			},
		},
		{
			method: 'GET',
			path: `${V2}/reports/drilldown`,
			name: 'reports.drilldown',
			source: 'code',
			spec: {
				params: [
					queryParam('metric', str),
					queryParam('type', str),
					queryParam('id', str),
					queryParam('bucket_timestamp', str),
					queryParam('group_by', str),
					queryParam('page', { type: 'integer' }),
					queryParam('per_page', { type: 'integer' }),
					...periodParams,
				],
			},
			access: admin,
			handle: (ctx) => {
				const metric = ctx.str('metric');
				const type = ctx.str('type') || 'account';
				const bucketStart = parseTime(ctx.p.bucket_timestamp);
				const since = parseTime(ctx.p.since);
				const until = parseTime(ctx.p.until);
				// `head :unprocessable_entity`: an empty 422.
				if (!metric || !DRILLDOWN_METRICS.includes(metric) || !DRILLDOWN_TYPES.includes(type) || bucketStart === null || since === null || until === null) return { status: 422 };
				const size = BUCKET[(ctx.str('group_by') ?? 'day') as keyof typeof BUCKET] ?? BUCKET.day;
				const bucket = { since: Math.max(bucketStart, since), until: Math.min(bucketStart + size, until) };
				const inBucket = (t: number) => t >= bucket.since && t < bucket.until;
				const conversations = scopeConversations(ctx, type, ctx.str('id'));
				const attrs = (c: Conversation | undefined) => (c ? { id: c.display_id, inbox_id: c.inbox_id, assignee_id: c.assignee_id, status: c.status, created_at: c.created_at } : null);
				const ids = new Set(conversations.map((c) => c.id));
				let records: Array<Record<string, unknown>>;
				if (metric === 'conversations_count') {
					records = conversations
						.filter((c) => inBucket(c.created_at))
						.sort((a, b) => b.created_at - a.created_at)
						.map((c) => ({ record_type: 'conversation', conversation: attrs(c), message: null, metric_value: null, occurred_at: c.created_at }));
				} else if (metric.endsWith('_messages_count')) {
					const type = metric === 'incoming_messages_count' ? 0 : 1;
					records = ctx.state.messages
						.filter((m) => ids.has(m.conversation_id) && m.message_type === type && inBucket(m.created_at))
						.sort((a, b) => b.created_at - a.created_at)
						.map((m) => ({
							record_type: 'message',
							conversation: attrs(conversations.find((c) => c.id === m.conversation_id)),
							message: { id: m.id, content: m.content, message_type: m.message_type, created_at: m.created_at },
							metric_value: null,
							occurred_at: m.created_at,
						}));
				} else {
					const event = metric === 'avg_first_response_time' ? 'first_response' : metric === 'reply_time' ? 'reply_time' : 'conversation_resolved';
					records = ctx.state.reportingEvents
						.filter((e) => e.account_id === ctx.acct.id && e.name === event && e.conversation_id !== null && ids.has(e.conversation_id) && inBucket(e.created_at))
						.sort((a, b) => b.created_at - a.created_at)
						.map((e) => ({
							record_type: 'conversation',
							conversation: attrs(conversations.find((c) => c.id === e.conversation_id)),
							message: null,
							metric_value: ctx.bool('business_hours') ? e.value_in_business_hours : e.value,
							occurred_at: e.created_at,
							event_name: e.name,
						}));
				}
				const page = ctx.page();
				const perPage = Math.min(Math.max(Number(ctx.p.per_page) || 25, 1), 100);
				const distinct = new Set(records.map((r) => (r.conversation as { id?: number } | null)?.id)).size;
				return ok({
					meta: { metric, record_type: metric.endsWith('_messages_count') ? 'message' : 'conversation', bucket, current_page: page, per_page: perPage, total_count: records.length, conversation_count: distinct },
					payload: paginate(records, page, perPage),
				});
			},
		},
		{
			method: 'GET',
			path: `${V2}/live_reports/conversation_metrics`,
			name: 'live_reports.conversation_metrics',
			source: 'code',
			spec: { params: liveParams },
			access: admin,
			handle: (ctx) => {
				const all = liveConversations(ctx);
				const open = all.filter((c) => c.status === 'open');
				return ok({
					open: open.length,
					unattended: open.filter(unattended).length,
					unassigned: open.filter((c) => c.assignee_id === null).length,
					pending: all.filter((c) => c.status === 'pending').length,
					resolved: all.filter((c) => c.status === 'resolved').length,
				});
			},
		},
		{
			method: 'GET',
			path: `${V2}/live_reports/grouped_conversation_metrics`,
			name: 'live_reports.grouped_conversation_metrics',
			source: 'code',
			spec: { params: [queryParam('group_by', str), ...liveParams] },
			access: admin,
			handle: (ctx) => {
				const groupBy = ctx.str('group_by');
				if (groupBy !== 'team_id' && groupBy !== 'assignee_id') throw new HttpError(422, { error: 'invalid group_by' });
				const open = liveConversations(ctx).filter((c) => c.status === 'open');
				const groups = new Map<number | null, Conversation[]>();
				for (const c of open) groups.set(c[groupBy], [...(groups.get(c[groupBy]) ?? []), c]);
				return ok(
					[...groups.entries()].map(([id, list]) => ({
						open: list.length,
						unattended: list.filter(unattended).length,
						unassigned: list.filter((c) => c.assignee_id === null).length,
						[groupBy]: id,
					})),
				);
			},
		},
	];
}
