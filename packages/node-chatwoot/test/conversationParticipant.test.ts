/**
 * Conversation participants (routes.rb `resource :participants`): get, add, update (replace), remove.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot, type ChatwootFake } from './harness';

const h = useChatwoot();
const { agentView } = chatwootViews;

const partOp = resourceOp('conversationParticipant');
const agent = (id: number) => agentView(h.fake.state.user(id)!, h.fake.state.accountUser(h.fake.accountId, id)!);

describe('conversationParticipant', () => {
	let conversation: ReturnType<ChatwootFake['addConversation']>;
	let path: string;
	const users = () => h.fake.seeded!.users;
	beforeAll(() => {
		conversation = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
		path = `${h.A()}/conversations/${conversation.display_id}/participants`;
	});
	const current = () => h.fake.state.participants.get(conversation.id) ?? [];

	it('add: adds agents and outputs them', async () => {
		const out = await h.run(partOp('add', { conversationId: byId(conversation.display_id), userIds: [String(users().bob), String(users().carol)] }));
		expect(h.requests()).toEqual([{ method: 'POST', path, query: {}, body: { user_ids: [users().bob, users().carol] } }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(current()).toEqual([users().bob, users().carol]);
		expect(jsonOf(out)).toEqual([agent(users().bob), agent(users().carol)]);
	});

	it('get: lists the participants, sliced by the limit', async () => {
		const all = await h.run(partOp('get', { conversationId: byId(conversation.display_id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path, query: {} }]);
		expect(jsonOf(all)).toEqual(current().map(agent));
		h.fake.clearLog();
		const one = await h.run(partOp('get', { conversationId: byId(conversation.display_id), returnAll: false, limit: 1 }));
		expect(h.requests()).toHaveLength(1);
		expect(jsonOf(one)).toEqual([agent(current()[0])]);
	});

	it('update: replaces the whole set', async () => {
		const out = await h.run(partOp('update', { conversationId: byId(conversation.display_id), userIds: `${users().carol}, ${users().alice}` }));
		expect(h.requests()).toEqual([{ method: 'PATCH', path, query: {}, body: { user_ids: [users().carol, users().alice] } }]);
		expect(current()).toEqual([users().carol, users().alice]);
		expect(jsonOf(out)).toEqual(current().map(agent));
	});

	it('remove: removes the agents given', async () => {
		const out = await h.run(partOp('remove', { conversationId: byId(conversation.display_id), userIds: [String(users().carol)] }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path, query: {}, body: { user_ids: [users().carol] } }]);
		expect(current()).toEqual([users().alice]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, removedUserIds: [users().carol] }]);
	});

	it('reports an unknown agent as the API error', async () => {
		const error = await h.runError(partOp('add', { conversationId: byId(conversation.display_id), userIds: ['9999'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('422');
		expect(error.message).toBe('User must exist');
	});

	it('refuses bad input before any request', async () => {
		await h.refused(partOp('add', { conversationId: byId(1), userIds: [] }), 'Agents', /at least one/);
		await h.refused(partOp('add', { conversationId: byId(1), userIds: ['bob'] }), 'Agents', /numeric/);
		await h.refused(partOp('remove', { conversationId: byId('12/../../x'), userIds: ['1'] }), 'Conversation', /numeric/);
		await h.refused(partOp('get', { conversationId: byId(''), returnAll: true }), 'Conversation', /required/);
	});
});
