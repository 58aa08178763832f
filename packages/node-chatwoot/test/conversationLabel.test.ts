/**
 * Conversation labels: get, set (replaces), add and remove (read, then send the new set: the server's
 * POST replaces the whole set, §10 #10). Exact requests, output against the fake's state.
 */
import { NodeApiError } from 'n8n-workflow';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused, newConversation } = useFake();

const labelOp = resourceOp('conversationLabel');

describe('conversationLabel', () => {
	it('get: lists the labels of the conversation', async () => {
		const conversation = newConversation({ labels: ['vip', 'lead'] });
		const out = await run(fake, labelOp('get', { conversationId: rl(conversation.display_id) }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: undefined }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('set: replaces the whole set', async () => {
		const conversation = newConversation({ labels: ['vip', 'lead'] });
		const out = await run(fake, labelOp('set', { conversationId: rl(conversation.display_id), labels: ['billing', 'bug'] }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['billing', 'bug'] } }]);
		expect(conversation.labels).toEqual(['billing', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('set: with no labels removes them all', async () => {
		const conversation = newConversation({ labels: ['vip'] });
		const out = await run(fake, labelOp('set', { conversationId: rl(conversation.display_id), labels: [] }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: [] } }]);
		expect(conversation.labels).toEqual([]);
		expect(jsonOf(out)).toEqual([{ labels: [] }]);
	});

	it('add: keeps the current labels and adds the new ones', async () => {
		const conversation = newConversation({ labels: ['vip'] });
		const out = await run(fake, labelOp('add', { conversationId: rl(conversation.display_id), labels: ['lead', 'vip', 'bug'] }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: undefined },
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['vip', 'lead', 'bug'] } },
		]);
		expect(conversation.labels).toEqual(['vip', 'lead', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('add: sends nothing more when every label is already there', async () => {
		const conversation = newConversation({ labels: ['vip', 'lead'] });
		const out = await run(fake, labelOp('add', { conversationId: rl(conversation.display_id), labels: ['lead'] }));
		expect(sent().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip', 'lead'] }]);
	});

	it('remove: keeps the other labels', async () => {
		const conversation = newConversation({ labels: ['vip', 'lead', 'bug'] });
		const out = await run(fake, labelOp('remove', { conversationId: rl(conversation.display_id), labels: ['lead', 'billing'] }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: undefined },
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/labels`, query: {}, body: { labels: ['vip', 'bug'] } },
		]);
		expect(conversation.labels).toEqual(['vip', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: conversation.labels }]);
	});

	it('remove: sends nothing more when none of the labels is there', async () => {
		const conversation = newConversation({ labels: ['vip'] });
		const out = await run(fake, labelOp('remove', { conversationId: rl(conversation.display_id), labels: ['bug'] }));
		expect(sent().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip'] }]);
	});

	it('refuses bad input before any request', async () => {
		await refused(labelOp('add', { conversationId: rl(1), labels: [] }), 'Labels', /at least one/);
		await refused(labelOp('remove', { conversationId: rl(1) }), 'Labels', /required/);
		await refused(labelOp('get', { conversationId: rl('x1') }), 'Conversation', /numeric/);
		await refused(labelOp('set', { conversationId: rl('12/../../x'), labels: ['vip'] }), 'Conversation', /numeric/);
	});

	it('reports a missing conversation as the API error', async () => {
		const error = await failure(labelOp('add', { conversationId: rl(424242), labels: ['vip'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect(sent().map((r) => r.method)).toEqual(['GET']);
	});
});
