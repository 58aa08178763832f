/**
 * Notifications of the token's user (upstream `resources :notifications`, not in the spec; the
 * routes declare their inputs). The seed gives Alice 20 (every third one read).
 *
 * | Route | Response | Evidence |
 * |---|---|---|
 * | GET /notifications?page=&sort_order= | `{data:{meta:{unread_count,count,current_page}, payload}}`, 15 per page | `notifications/index.json.jbuilder` [C-code] |
 * | PATCH /notifications/{id} (read), POST …/{id}/unread, POST …/{id}/snooze `{snoozed_until}` | `render json: @notification` (the record's columns) | [C-code] |
 * | DELETE /notifications/{id}; POST /notifications/read_all `{primary_actor_type?, primary_actor_id?}`; POST /notifications/destroy_all `{type: all\|read}` | `head :ok` | [C-code]; destroy_all runs in a job upstream, here at once |
 * | GET /notifications/unread_count | the bare integer | `render json: @unread_count` [C-code] |
 */
import type { FakeResponse } from '../../../fake-server';
import { headOk, jsonBody, objectSchema, ok, pageParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { notFound } from '../errors';
import type { Notification } from '../types';
import { notificationListView, notificationRecordView } from '../views';
import { paginate, parseTime } from './helpers';

const A = '/api/v1/accounts/{account_id}';
export const NOTIFICATIONS_PER_PAGE = 15;

function myNotifications(ctx: Ctx): Notification[] {
	const userId = ctx.user?.id;
	return ctx.state.notifications.filter((n) => n.account_id === ctx.acct.id && n.user_id === userId);
}

function findNotification(ctx: Ctx): Notification {
	const n = myNotifications(ctx).find((x) => String(x.id) === ctx.params.notification_id);
	if (!n) throw notFound();
	return n;
}

/** A route on one notification of the token's user (404 for anyone else's). */
function notificationRoute(method: RouteDef['method'], path: string, name: string, spec: RouteDef['spec'], act: (ctx: Ctx, n: Notification) => FakeResponse): RouteDef {
	return { method, path, name, source: 'code', spec, access: { kind: 'account' }, handle: (ctx) => act(ctx, findNotification(ctx)) };
}

export function notificationRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const N = `${A}/notifications/{notification_id}`;
	return [
		{
			method: 'GET',
			path: `${A}/notifications`,
			name: 'notifications.index',
			source: 'code',
			spec: { params: [pageParam, queryParam('sort_order', { type: 'string', enum: ['asc', 'desc'] }), queryParam('includes', { type: 'array', items: { type: 'string', enum: ['snoozed', 'read'] } })] },
			access: account,
			handle: (ctx) => {
				const mine = myNotifications(ctx);
				const asc = ctx.str('sort_order') === 'asc';
				const sorted = [...mine].sort((a, b) => (asc ? a.last_activity_at - b.last_activity_at || a.id - b.id : b.last_activity_at - a.last_activity_at || b.id - a.id));
				const page = ctx.page();
				return ok({
					data: {
						meta: { unread_count: mine.filter((n) => n.read_at === null).length, count: mine.length, current_page: page },
						payload: paginate(sorted, page, NOTIFICATIONS_PER_PAGE).map((n) => notificationListView(ctx.state, n)),
					},
				});
			},
		},
		{
			method: 'GET',
			path: `${A}/notifications/unread_count`,
			name: 'notifications.unread_count',
			source: 'code',
			access: account,
			handle: (ctx) => ok(myNotifications(ctx).filter((n) => n.read_at === null).length),
		},
		{
			method: 'POST',
			path: `${A}/notifications/read_all`,
			name: 'notifications.read_all',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ primary_actor_type: { type: 'string', enum: ['Conversation', 'Message'] }, primary_actor_id: { type: 'integer' } }), false) },
			access: account,
			handle: (ctx) => {
				const type = ctx.str('primary_actor_type');
				const id = ctx.int('primary_actor_id');
				const now = ctx.state.now();
				for (const n of myNotifications(ctx)) {
					if (n.read_at !== null) continue;
					if (type && id !== undefined && (n.primary_actor_type !== type || n.primary_actor_id !== id)) continue;
					n.read_at = now;
					n.updated_at = now;
				}
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/notifications/destroy_all`,
			name: 'notifications.destroy_all',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ type: { type: 'string', enum: ['all', 'read'] } })) },
			access: account,
			handle: (ctx) => {
				const onlyRead = ctx.str('type') !== 'all';
				const mine = new Set(myNotifications(ctx).filter((n) => !onlyRead || n.read_at !== null));
				ctx.state.notifications = ctx.state.notifications.filter((n) => !mine.has(n));
				return headOk();
			},
		},
		notificationRoute('PATCH', N, 'notifications.update', undefined, (ctx, n) => {
			n.read_at = ctx.state.now();
			n.updated_at = n.read_at;
			return ok(notificationRecordView(n));
		}),
		notificationRoute('DELETE', N, 'notifications.destroy', undefined, (ctx, n) => {
			ctx.state.notifications = ctx.state.notifications.filter((x) => x !== n);
			return headOk();
		}),
		notificationRoute('POST', `${N}/unread`, 'notifications.unread', undefined, (ctx, n) => {
			n.read_at = null;
			n.updated_at = ctx.state.now();
			return ok(notificationRecordView(n));
		}),
		notificationRoute('POST', `${N}/snooze`, 'notifications.snooze', { body: jsonBody(objectSchema({ snoozed_until: { type: ['string', 'integer'] } }, ['snoozed_until'])) }, (ctx, n) => {
			n.snoozed_until = parseTime(ctx.p.snoozed_until);
			n.updated_at = ctx.state.now();
			return ok(notificationRecordView(n));
		}),
	];
}
