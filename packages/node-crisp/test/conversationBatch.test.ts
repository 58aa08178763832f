/**
 * Conversation Batch resource against the fake Crisp: the exact body of each batch route (chosen
 * conversations, an inbox's, or all of them), the fake's state after it, and the IDs refused
 * before any request. A fake per test: batches change many conversations at once.
 */
import type { IDataObject } from 'n8n-workflow';
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);

const W = () => `/v1/website/${h.fake.websiteId}`;
const run = async (operation: string, parameters: Record<string, unknown> = {}) => jsonOf(await h.run({ resource: 'conversationBatch', operation, ...parameters }));
/** Two fresh conversations with a visitor message each. */
const two = () => {
	const ids = [0, 1].map(() => {
		const c = h.fake.addConversation();
		h.fake.addVisitorMessage(c.session_id, 'Hi');
		return c.session_id;
	});
	h.fake.clearLog();
	return ids;
};
const conversations = () => [...h.fake.site().conversations.values()];
const state = (id: string) => h.fake.conversation(id)!;

describe('conversation batch: resolve, unresolve, read, unread, delete', () => {
	it('resolves the chosen conversations (IDs as text or as a list from an expression)', async () => {
		const [a, b] = two();
		expect(await run('resolve', { scope: 'sessions', sessionIds: `${a}, ${b}` })).toEqual([{ success: true, sessions: [a, b] }]);
		expect(await run('unresolve', { scope: 'sessions', sessionIds: [b] })).toEqual([{ success: true, sessions: [b] }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/resolve`, query: {}, body: { sessions: [a, b] } },
			{ method: 'PATCH', path: `${W()}/batch/unresolve`, query: {}, body: { sessions: [b] } },
		]);
		expect([state(a).state, state(b).state]).toEqual(['resolved', 'unresolved']);
	});

	it('resolves every conversation of an inbox, and only those', async () => {
		const { sales, support } = h.fake.seeded!.inboxes;
		const add = (inbox: string) => {
			const c = h.fake.addConversation({ inbox_id: inbox });
			h.fake.addVisitorMessage(c.session_id, 'Hi');
			return c.session_id;
		};
		const inSales = [add(sales), add(sales)];
		const elsewhere = add(support);
		h.fake.clearLog();
		expect(await run('resolve', { scope: 'inbox', inboxId: sales })).toEqual([{ success: true, inbox_id: sales }]);
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/batch/resolve`, query: {}, body: { inbox_id: sales } }]);
		expect(inSales.map((id) => state(id).state)).toEqual(['resolved', 'resolved']);
		expect(state(elsewhere).state).not.toBe('resolved');
		expect(conversations().filter((c) => c.inbox_id === sales).every((c) => c.state === 'resolved')).toBe(true);
	});

	it('marks every conversation of the website read, then unread', async () => {
		expect(conversations().some((c) => c.unread.operator > 0)).toBe(true);
		expect(await run('markRead', { scope: 'all' })).toEqual([{ success: true, all: true }]);
		expect(conversations().every((c) => c.unread.operator === 0)).toBe(true);
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/batch/read`, query: {}, body: {} }]);
		const [a] = two();
		h.fake.store.markRead(h.fake.websiteId, a, 'operator', 'chat');
		expect(await run('markUnread', { scope: 'sessions', sessionIds: a })).toEqual([{ success: true, sessions: [a] }]);
		expect(state(a).unread.operator).toBe(1);
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/batch/unread`, query: {}, body: { sessions: [a] } }]);
	});

	it('deletes the chosen conversations (never all of the website: Delete offers no such choice)', async () => {
		const [a, b] = two();
		const before = conversations().length;
		expect(await run('delete', { scope: 'sessions', sessionIds: [a, b] })).toEqual([{ success: true, sessions: [a, b] }]);
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/batch/remove`, query: {}, body: { sessions: [a, b] } }]);
		expect(conversations()).toHaveLength(before - 2);
		await refused(h, { resource: 'conversationBatch', operation: 'delete', scope: 'all' }, 'Conversations', /must be one of: sessions, inbox/);
	});

	it('refuses a missing or malformed conversation ID and a missing inbox before any request', async () => {
		const op = { resource: 'conversationBatch', operation: 'resolve' };
		await refused(h, { ...op, scope: 'sessions', sessionIds: '' }, 'Conversation IDs', /is required/);
		await refused(h, { ...op, scope: 'sessions', sessionIds: 'session_36ba3566-9651-4790-afc8-ffedbccc317f, 42' }, 'Conversation IDs', /"42", which is not a conversation ID/);
		await refused(h, { ...op, scope: 'inbox' }, 'Inbox', /is required/);
	});

	it("fails with Crisp's not_found when one conversation of the batch does not exist", async () => {
		const [a] = two();
		await apiError(h, { resource: 'conversationBatch', operation: 'resolve', scope: 'sessions', sessionIds: [a, 'session_00000000-0000-4000-8000-000000000000'] }, 404, 'not_found');
		expect(state(a).state).not.toBe('resolved');
	});
});

describe('conversation batch: report, block, assign, inbox, data, segments', () => {
	it('reports and blocks the chosen conversations', async () => {
		const [a, b] = two();
		expect(await run('report', { sessionIds: [a], flag: 'spam' })).toEqual([{ success: true, sessions: [a], flag: 'spam' }]);
		expect(await run('block', { sessionIds: [a, b], block: 'block' })).toEqual([{ success: true, sessions: [a, b], blocked: true }]);
		expect(await run('block', { sessionIds: [b], block: 'unblock' })).toEqual([{ success: true, sessions: [b], blocked: false }]);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/batch/report`, query: {}, body: { sessions: [a], flag: 'spam' } },
			{ method: 'PATCH', path: `${W()}/batch/block`, query: {}, body: { sessions: [a, b], blocked: true } },
			{ method: 'PATCH', path: `${W()}/batch/block`, query: {}, body: { sessions: [b], blocked: false } },
		]);
		expect([state(a).is_blocked, state(b).is_blocked]).toEqual([true, false]);
	});

	it('assigns and unassigns', async () => {
		const [a, b] = two();
		const { member } = h.fake.seeded!.operators;
		expect(await run('assign', { sessionIds: [a, b], assignTo: 'operator', userId: member })).toEqual([{ success: true, sessions: [a, b], assigned: { user_id: member } }]);
		expect([state(a).assigned, state(b).assigned]).toEqual([{ user_id: member }, { user_id: member }]);
		expect(await run('assign', { sessionIds: [b], assignTo: 'nobody' })).toEqual([{ success: true, sessions: [b], assigned: null }]);
		expect(state(b).assigned).toBeUndefined();
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/routing`, query: {}, body: { sessions: [a, b], assigned: { user_id: member } } },
			{ method: 'PATCH', path: `${W()}/batch/routing`, query: {}, body: { sessions: [b], assigned: null } },
		]);
		await refused(h, { resource: 'conversationBatch', operation: 'assign', sessionIds: [a], assignTo: 'operator' }, 'Operator', /is required/);
	});

	it('moves to an inbox and out of every inbox', async () => {
		const [a, b] = two();
		const { support } = h.fake.seeded!.inboxes;
		expect(await run('setInbox', { sessionIds: [a, b], moveTo: 'inbox', inboxId: support })).toEqual([{ success: true, sessions: [a, b], inbox_id: support }]);
		expect(state(a).inbox_id).toBe(support);
		expect(await run('setInbox', { sessionIds: [a], moveTo: 'none' })).toEqual([{ success: true, sessions: [a], inbox_id: null }]);
		expect(state(a).inbox_id).toBeNull();
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/inbox`, query: {}, body: { sessions: [a, b], inbox_id: support } },
			{ method: 'PATCH', path: `${W()}/batch/inbox`, query: {}, body: { sessions: [a], inbox_id: null } },
		]);
	});

	it('updates custom data and sets segments', async () => {
		const [a, b] = two();
		h.fake.updateConversationMetas(a, { data: { tier: 'free' } });
		h.fake.clearLog();
		const data = { plan: 'pro', seats: '20' };
		expect(await run('updateData', { sessionIds: [a, b], data: { pairs: Object.entries(data).map(([key, value]) => ({ key, value })) } })).toEqual([
			{ success: true, sessions: [a, b], data },
		]);
		expect(await run('updateSegments', { sessionIds: [a, b], segments: 'vip, renewal' })).toEqual([{ success: true, sessions: [a, b], segments: ['vip', 'renewal'] }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/data`, query: {}, body: { sessions: [a, b], data } },
			{ method: 'PATCH', path: `${W()}/batch/segments`, query: {}, body: { sessions: [a, b], segments: ['vip', 'renewal'] } },
		]);
		expect(state(a).meta.data).toEqual({ tier: 'free', ...data } as IDataObject);
		expect([state(a).meta.segments, state(b).meta.segments]).toEqual([
			['vip', 'renewal'],
			['vip', 'renewal'],
		]);
	});

	it('refuses empty data, empty segments and a missing flag', async () => {
		const [a] = two();
		await refused(h, { resource: 'conversationBatch', operation: 'updateData', sessionIds: [a], data: {} }, 'Data', /at least one key/);
		await refused(h, { resource: 'conversationBatch', operation: 'updateSegments', sessionIds: [a], segments: '' }, 'Segments');
		await refused(h, { resource: 'conversationBatch', operation: 'report', sessionIds: [a] }, 'Flag', /is required/);
	});
});
