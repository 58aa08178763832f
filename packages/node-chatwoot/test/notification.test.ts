/**
 * Notifications of the token's user (routes.rb `resources :notifications`): getAll (15 per page),
 * mark read / unread, snooze, delete, mark all read, delete all, unread count.
 */
import { NodeApiError } from 'n8n-workflow';
import { NOTIFICATIONS_PER_PAGE } from '../../testkit/src/fakes/chatwoot';
import { notificationListView, notificationRecordView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, run, useFake } from './harness';

const { fake, A, sent, refused } = useFake();

const noteOp = resourceOp('notification');
const mine = () => fake.state.notifications.filter((n) => n.account_id === fake.accountId && n.user_id === fake.seeded!.users.alice);
const newestFirst = () => [...mine()].sort((a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id);

describe('notification: getAll', () => {
	it('returns every notification over pages of 15', async () => {
		expect(mine().length).toBeGreaterThan(NOTIFICATIONS_PER_PAGE);
		const out = jsonOf(await run(fake, noteOp('getAll', { returnAll: true })));
		expect(sent()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${A()}/notifications`, query: { page: String(page) }, body: undefined })));
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(out).toEqual(newestFirst().map((n) => notificationListView(fake.state, n)));
	});

	it('stops at the limit and sends the sort order', async () => {
		const out = jsonOf(await run(fake, noteOp('getAll', { returnAll: false, limit: 5, options: { sortOrder: 'asc' } })));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/notifications`, query: { sort_order: 'asc', page: '1' }, body: undefined }]);
		expect(out).toEqual([...newestFirst()].reverse().slice(0, 5).map((n) => notificationListView(fake.state, n)));
	});
});

describe('notification: read state', () => {
	it('update marks one as read; markUnread undoes it', async () => {
		const n = mine().find((x) => x.read_at === null)!;
		const read = await run(fake, noteOp('update', { notificationId: String(n.id) }));
		expect(sent()).toEqual([{ method: 'PATCH', path: `${A()}/notifications/${n.id}`, query: {}, body: undefined }]);
		expect(n.read_at).not.toBeNull();
		expect(jsonOf(read)).toEqual([notificationRecordView(n)]);

		fake.server.clearLog();
		const unread = await run(fake, noteOp('markUnread', { notificationId: n.id }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/notifications/${n.id}/unread`, query: {}, body: undefined }]);
		expect(n.read_at).toBeNull();
		expect(jsonOf(unread)).toEqual([notificationRecordView(n)]);
	});

	it('snooze sets the time the notification comes back', async () => {
		const n = mine()[1];
		const out = await run(fake, noteOp('snooze', { notificationId: String(n.id), snoozedUntil: '2031-03-04T05:06:07Z' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/notifications/${n.id}/snooze`, query: {}, body: { snoozed_until: '2031-03-04T05:06:07.000Z' } }]);
		expect(n.snoozed_until).toBe(Date.parse('2031-03-04T05:06:07Z') / 1000);
		expect(jsonOf(out)).toEqual([notificationRecordView(n)]);
	});

	it('unreadCount outputs the count', async () => {
		const out = await run(fake, noteOp('unreadCount'));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/notifications/unread_count`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([{ unread_count: mine().filter((n) => n.read_at === null).length }]);
	});

	it('readAll for one conversation, then for everything', async () => {
		const target = mine().find((n) => n.read_at === null)!;
		const out = await run(fake, noteOp('readAll', { options: { primaryActorType: 'Conversation', primaryActorId: String(target.primary_actor_id) } }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/notifications/read_all`, query: {}, body: { primary_actor_type: 'Conversation', primary_actor_id: target.primary_actor_id } },
		]);
		expect(target.read_at).not.toBeNull();
		expect(mine().some((n) => n.read_at === null)).toBe(true);
		expect(jsonOf(out)).toEqual([{ success: true }]);

		fake.server.clearLog();
		await run(fake, noteOp('readAll', {}));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/notifications/read_all`, query: {}, body: undefined }]);
		expect(mine().every((n) => n.read_at !== null)).toBe(true);
	});

	it('refuses half a filter and bad IDs before any request', async () => {
		await refused(noteOp('readAll', { options: { primaryActorType: 'Conversation' } }), 'Options → Only About ID', /both or neither/);
		await refused(noteOp('update', { notificationId: 'n-1' }), 'Notification ID', /numeric/);
		await refused(noteOp('snooze', { notificationId: '1', snoozedUntil: 'soon' }), 'Snoozed Until', /must be a date/);
		await refused(noteOp('deleteAll', { which: 'some' }), 'Which', /must be one of/);
		await refused(noteOp('deleteAll', { which: '' }), 'Which', /is required/);
	});
});

describe('notification: delete', () => {
	it('deletes one', async () => {
		const n = mine()[0];
		const out = await run(fake, noteOp('delete', { notificationId: String(n.id) }));
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/notifications/${n.id}`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: n.id }]);
		expect(mine().some((x) => x.id === n.id)).toBe(false);
	});

	it('reports an unknown notification as the API error', async () => {
		const error = await run(fake, noteOp('delete', { notificationId: '987654' })).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Resource could not be found');
	});

	it('deleteAll removes the read ones, then all', async () => {
		const unreadBefore = mine().find((n) => n.read_at === null) ?? mine()[0];
		unreadBefore.read_at = null;
		const out = await run(fake, noteOp('deleteAll', { which: 'read' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/notifications/destroy_all`, query: {}, body: { type: 'read' } }]);
		expect(mine().map((n) => n.id)).toEqual([unreadBefore.id]);
		expect(jsonOf(out)).toEqual([{ success: true }]);

		fake.server.clearLog();
		await run(fake, noteOp('deleteAll', { which: 'all' }));
		expect(sent()[0].body).toEqual({ type: 'all' });
		expect(mine()).toEqual([]);
	});
});
