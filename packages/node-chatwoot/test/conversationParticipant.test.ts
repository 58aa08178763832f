/**
 * Conversation participants (routes.rb `resource :participants`): get, add, update (replace), remove.
 */
import { NodeApiError } from 'n8n-workflow';
import { agentView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, rl, run, useFake, type ChatwootFake } from './harness';

const { fake, A, sent, failure, refused } = useFake();

const partOp = resourceOp('conversationParticipant');
const agent = (id: number) => agentView(fake.state.user(id)!, fake.state.accountUser(fake.accountId, id)!);

describe('conversationParticipant', () => {
	let conversation: ReturnType<ChatwootFake['addConversation']>;
	let path: string;
	const users = () => fake.seeded!.users;
	beforeAll(() => {
		conversation = fake.addConversation({ inboxId: fake.seeded!.inboxes.api });
		path = `${A()}/conversations/${conversation.display_id}/participants`;
	});
	const current = () => fake.state.participants.get(conversation.id) ?? [];

	it('add: adds agents and outputs them', async () => {
		const out = await run(fake, partOp('add', { conversationId: rl(conversation.display_id), userIds: [String(users().bob), String(users().carol)] }));
		expect(sent()).toEqual([{ method: 'POST', path, query: {}, body: { user_ids: [users().bob, users().carol] } }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(current()).toEqual([users().bob, users().carol]);
		expect(jsonOf(out)).toEqual([agent(users().bob), agent(users().carol)]);
	});

	it('get: lists the participants, sliced by the limit', async () => {
		const all = await run(fake, partOp('get', { conversationId: rl(conversation.display_id), returnAll: true }));
		expect(sent()).toEqual([{ method: 'GET', path, query: {}, body: undefined }]);
		expect(jsonOf(all)).toEqual(current().map(agent));
		fake.server.clearLog();
		const one = await run(fake, partOp('get', { conversationId: rl(conversation.display_id), returnAll: false, limit: 1 }));
		expect(sent()).toHaveLength(1);
		expect(jsonOf(one)).toEqual([agent(current()[0])]);
	});

	it('update: replaces the whole set', async () => {
		const out = await run(fake, partOp('update', { conversationId: rl(conversation.display_id), userIds: `${users().carol}, ${users().alice}` }));
		expect(sent()).toEqual([{ method: 'PATCH', path, query: {}, body: { user_ids: [users().carol, users().alice] } }]);
		expect(current()).toEqual([users().carol, users().alice]);
		expect(jsonOf(out)).toEqual(current().map(agent));
	});

	it('remove: removes the agents given', async () => {
		const out = await run(fake, partOp('remove', { conversationId: rl(conversation.display_id), userIds: [String(users().carol)] }));
		expect(sent()).toEqual([{ method: 'DELETE', path, query: {}, body: { user_ids: [users().carol] } }]);
		expect(current()).toEqual([users().alice]);
		expect(jsonOf(out)).toEqual([{ success: true, id: conversation.display_id, removedUserIds: [users().carol] }]);
	});

	it('reports an unknown agent as the API error', async () => {
		const error = await failure(partOp('add', { conversationId: rl(conversation.display_id), userIds: ['9999'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('422');
		expect(error.message).toBe('User must exist');
	});

	it('refuses bad input before any request', async () => {
		await refused(partOp('add', { conversationId: rl(1), userIds: [] }), 'Agents', /at least one/);
		await refused(partOp('add', { conversationId: rl(1), userIds: ['bob'] }), 'Agents', /numeric/);
		await refused(partOp('remove', { conversationId: rl('12/../../x'), userIds: ['1'] }), 'Conversation', /numeric/);
		await refused(partOp('get', { conversationId: rl(''), returnAll: true }), 'Conversation', /required/);
	});
});
