/**
 * Notifications of the token's user (routes.rb `resources :notifications`): getAll (15 per page),
 * mark read / unread, snooze, delete, mark all read, delete all, unread count.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwoot, chatwootViews } from '@leadchat/testkit';
import { jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { NOTIFICATIONS_PER_PAGE } = chatwoot;
const { notificationListView, notificationRecordView } = chatwootViews;

const noteOp = resourceOp('notification');
const mine = () => h.fake.state.notifications.filter((n) => n.account_id === h.fake.accountId && n.user_id === h.fake.seeded!.users.alice);
const newestFirst = () => [...mine()].sort((a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id);

describe('notification: getAll', () => {
	it('returns every notification over pages of 15', async () => {
		expect(mine().length).toBeGreaterThan(NOTIFICATIONS_PER_PAGE);
		const out = jsonOf(await h.run(noteOp('getAll', { returnAll: true })));
		expect(h.requests()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${h.A()}/notifications`, query: { page: String(page) } })));
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(out).toEqual(newestFirst().map((n) => notificationListView(h.fake.state, n)));
	});

	it('stops at the limit and sends the sort order', async () => {
		const out = jsonOf(await h.run(noteOp('getAll', { returnAll: false, limit: 5, options: { sortOrder: 'asc' } })));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/notifications`, query: { sort_order: 'asc', page: '1' } }]);
		expect(out).toEqual([...newestFirst()].reverse().slice(0, 5).map((n) => notificationListView(h.fake.state, n)));
	});
});

describe('notification: read state', () => {
	it('update marks one as read; markUnread undoes it', async () => {
		const n = mine().find((x) => x.read_at === null)!;
		const read = await h.run(noteOp('update', { notificationId: String(n.id) }));
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${h.A()}/notifications/${n.id}`, query: {} }]);
		expect(n.read_at).not.toBeNull();
		expect(jsonOf(read)).toEqual([notificationRecordView(n)]);

		h.fake.clearLog();
		const unread = await h.run(noteOp('markUnread', { notificationId: n.id }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/notifications/${n.id}/unread`, query: {} }]);
		expect(n.read_at).toBeNull();
		expect(jsonOf(unread)).toEqual([notificationRecordView(n)]);
	});

	it('snooze sets the time the notification comes back', async () => {
		const n = mine()[1];
		const out = await h.run(noteOp('snooze', { notificationId: String(n.id), snoozedUntil: '2031-03-04T05:06:07Z' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/notifications/${n.id}/snooze`, query: {}, body: { snoozed_until: '2031-03-04T05:06:07.000Z' } }]);
		expect(n.snoozed_until).toBe(Date.parse('2031-03-04T05:06:07Z') / 1000);
		expect(jsonOf(out)).toEqual([notificationRecordView(n)]);
	});

	it('unreadCount outputs the count', async () => {
		const out = await h.run(noteOp('unreadCount'));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/notifications/unread_count`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ unread_count: mine().filter((n) => n.read_at === null).length }]);
	});

	it('readAll for one conversation, then for everything', async () => {
		const target = mine().find((n) => n.read_at === null)!;
		const out = await h.run(noteOp('readAll', { options: { primaryActorType: 'Conversation', primaryActorId: String(target.primary_actor_id) } }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/notifications/read_all`, query: {}, body: { primary_actor_type: 'Conversation', primary_actor_id: target.primary_actor_id } },
		]);
		expect(target.read_at).not.toBeNull();
		expect(mine().some((n) => n.read_at === null)).toBe(true);
		expect(jsonOf(out)).toEqual([{ success: true }]);

		h.fake.clearLog();
		await h.run(noteOp('readAll', {}));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/notifications/read_all`, query: {} }]);
		expect(mine().every((n) => n.read_at !== null)).toBe(true);
	});

	it('refuses half a filter and bad IDs before any request', async () => {
		await h.refused(noteOp('readAll', { options: { primaryActorType: 'Conversation' } }), 'Options → Only About ID', /both or neither/);
		await h.refused(noteOp('update', { notificationId: 'n-1' }), 'Notification ID', /numeric/);
		await h.refused(noteOp('snooze', { notificationId: '1', snoozedUntil: 'soon' }), 'Snoozed Until', /must be a date/);
		await h.refused(noteOp('deleteAll', { which: 'some' }), 'Which', /must be one of/);
		await h.refused(noteOp('deleteAll', { which: '' }), 'Which', /is required/);
	});
});

describe('notification: delete', () => {
	it('deletes one', async () => {
		const n = mine()[0];
		const out = await h.run(noteOp('delete', { notificationId: String(n.id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/notifications/${n.id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: n.id }]);
		expect(mine().some((x) => x.id === n.id)).toBe(false);
	});

	it('reports an unknown notification as the API error', async () => {
		const error = await h.runError(noteOp('delete', { notificationId: '987654' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Resource could not be found');
	});

	it('deleteAll removes the read ones, then all', async () => {
		const unreadBefore = mine().find((n) => n.read_at === null) ?? mine()[0];
		unreadBefore.read_at = null;
		const out = await h.run(noteOp('deleteAll', { which: 'read' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/notifications/destroy_all`, query: {}, body: { type: 'read' } }]);
		expect(mine().map((n) => n.id)).toEqual([unreadBefore.id]);
		expect(jsonOf(out)).toEqual([{ success: true }]);

		h.fake.clearLog();
		await h.run(noteOp('deleteAll', { which: 'all' }));
		expect(h.requests()[0].body).toEqual({ type: 'all' });
		expect(mine()).toEqual([]);
	});
});
