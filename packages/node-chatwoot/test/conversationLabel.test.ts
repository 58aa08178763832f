/**
 * Conversation labels: get, set (replaces), add and remove (read, then send the new set: the server's
 * POST replaces the whole set, §10 #10). Exact requests, output against the fake's state.
 */
import { NodeApiError } from 'n8n-workflow';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();

const labelOp = resourceOp('conversationLabel');

describe('conversationLabel', () => {
	it('get: lists the labels of the conversation', async () => {
		const conversation = h.newConversation({ labels: ['vip', 'lead'] });
		const out = await h.run(labelOp('get', { conversationId: byId(conversation.display_id) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {} }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('set: replaces the whole set', async () => {
		const conversation = h.newConversation({ labels: ['vip', 'lead'] });
		const out = await h.run(labelOp('set', { conversationId: byId(conversation.display_id), labels: ['billing', 'bug'] }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['billing', 'bug'] } }]);
		expect(conversation.labels).toEqual(['billing', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('set: with no labels removes them all', async () => {
		const conversation = h.newConversation({ labels: ['vip'] });
		const out = await h.run(labelOp('set', { conversationId: byId(conversation.display_id), labels: [] }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: [] } }]);
		expect(conversation.labels).toEqual([]);
		expect(jsonOf(out)).toEqual([{ labels: [] }]);
	});

	it('add: keeps the current labels and adds the new ones', async () => {
		const conversation = h.newConversation({ labels: ['vip'] });
		const out = await h.run(labelOp('add', { conversationId: byId(conversation.display_id), labels: ['lead', 'vip', 'bug'] }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {} },
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['vip', 'lead', 'bug'] } },
		]);
		expect(conversation.labels).toEqual(['vip', 'lead', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('add: sends nothing more when every label is already there', async () => {
		const conversation = h.newConversation({ labels: ['vip', 'lead'] });
		const out = await h.run(labelOp('add', { conversationId: byId(conversation.display_id), labels: ['lead'] }));
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip', 'lead'] }]);
	});

	it('remove: keeps the other labels', async () => {
		const conversation = h.newConversation({ labels: ['vip', 'lead', 'bug'] });
		const out = await h.run(labelOp('remove', { conversationId: byId(conversation.display_id), labels: ['lead', 'billing'] }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {} },
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['vip', 'bug'] } },
		]);
		expect(conversation.labels).toEqual(['vip', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('remove: sends nothing more when none of the labels is there', async () => {
		const conversation = h.newConversation({ labels: ['vip'] });
		const out = await h.run(labelOp('remove', { conversationId: byId(conversation.display_id), labels: ['bug'] }));
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip'] }]);
	});

	it('refuses bad input before any request', async () => {
		await h.refused(labelOp('add', { conversationId: byId(1), labels: [] }), 'Labels', /at least one/);
		// Left untouched, Labels holds its default (no labels): refused the same way.
		await h.refused(labelOp('remove', { conversationId: byId(1) }), 'Labels', /at least one/);
		await h.refused(labelOp('get', { conversationId: byId('x1') }), 'Conversation', /numeric/);
		await h.refused(labelOp('set', { conversationId: byId('12/../../x'), labels: ['vip'] }), 'Conversation', /numeric/);
	});

	it('reports a missing conversation as the API error', async () => {
		const error = await h.runError(labelOp('add', { conversationId: byId(424242), labels: ['vip'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
	});
});
