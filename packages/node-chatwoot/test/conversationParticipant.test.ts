/**
 * Conversation participants (routes.rb `resource :participants`): get, add, update (replace), remove.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { installConvoExtras } from '../../testkit/src/fakes/chatwoot/extra-convo';
import { agentView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, rl, run, startFake, type ChatwootFake } from './harness';

let fake: ChatwootFake;
let extras: ReturnType<typeof installConvoExtras>;
const A = () => `/api/v1/accounts/${fake.accountId}`;

beforeAll(async () => {
	fake = await startFake();
	extras = installConvoExtras(fake);
});
afterAll(async () => {
	await fake?.stop();
});
beforeEach(() => {
	fake.server.clearLog();
	fake.server.violations.length = 0;
});
afterEach(() => fake.assertNoViolations());

const partOp = (operation: string, params: IDataObject = {}): IDataObject => ({ resource: 'conversationParticipant', operation, ...params });
const sent = () => fake.server.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body }));
const agent = (id: number) => agentView(fake.state.user(id)!, fake.state.accountUser(fake.accountId, id)!);

async function failure(parameters: IDataObject): Promise<Error> {
	try {
		await run(fake, parameters);
	} catch (error) {
		return error as Error;
	}
	throw new Error('the node did not fail');
}

async function refused(parameters: IDataObject, field: string, problem?: RegExp) {
	const error = await failure(parameters);
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error.message).toContain(`"${field}"`);
	if (problem) expect(error.message).toMatch(problem);
	expect(fake.server.requests).toHaveLength(0);
}

describe('conversationParticipant', () => {
	let conversation: ReturnType<ChatwootFake['addConversation']>;
	let path: string;
	const users = () => fake.seeded!.users;
	beforeAll(() => {
		conversation = fake.addConversation({ inboxId: fake.seeded!.inboxes.api });
		path = `${A()}/conversations/${conversation.display_id}/participants`;
	});
	const current = () => extras.participants.get(conversation.id) ?? [];

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
