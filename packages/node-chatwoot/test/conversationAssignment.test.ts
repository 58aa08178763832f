/**
 * Conversation assignments: agent, agent bot, team, and unassign (`assignee_id: 0` /
 * `team_id: 0`: an id matching nobody, what Chatwoot's dashboard sends for "None"; a body with
 * neither key changes nothing).
 */
import { NodeApiError } from 'n8n-workflow';
import { agentBotSlimView, agentView, conversationView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused, newConversation } = useFake();

const assignOp = resourceOp('conversationAssignment');

describe('conversationAssignment', () => {
	it('assignAgent: assigns and outputs the agent', async () => {
		const conversation = newConversation();
		const bob = fake.seeded!.users.bob;
		const out = await run(fake, assignOp('assignAgent', { conversationId: rl(conversation.display_id), agentId: rl(bob) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: bob } }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(conversation.assignee_id).toBe(bob);
		expect(jsonOf(out)).toEqual([agentView(fake.state.user(bob)!, fake.state.accountUser(fake.accountId, bob)!)]);
	});

	it('assignAgentBot: hands the conversation to a bot', async () => {
		const conversation = newConversation({ assignee_id: fake.seeded!.users.bob });
		const bot = fake.state.agentBots.find((b) => b.account_id === fake.accountId)!;
		const out = await run(fake, assignOp('assignAgentBot', { conversationId: rl(conversation.display_id), agentBotId: String(bot.id) }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: bot.id, assignee_type: 'AgentBot' } },
		]);
		expect(conversation.assignee_agent_bot_id).toBe(bot.id);
		expect(conversation.assignee_id).toBeNull();
		expect(jsonOf(out)).toEqual([agentBotSlimView(bot)]);
	});

	it('assignTeam: assigns the team and keeps the agent', async () => {
		const bob = fake.seeded!.users.bob;
		const conversation = newConversation({ assignee_id: bob });
		const team = fake.state.team(fake.accountId, fake.seeded!.teams.support)!;
		const out = await run(fake, assignOp('assignTeam', { conversationId: rl(conversation.display_id), teamId: rl(team.id) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { team_id: team.id } }]);
		expect(conversation).toMatchObject({ team_id: team.id, assignee_id: bob });
		expect(jsonOf(out)).toEqual([{ id: team.id, name: team.name, description: team.description, allow_auto_assign: team.allow_auto_assign, account_id: team.account_id }]);
	});

	it('unassign: removes the agent only, then outputs the conversation', async () => {
		const conversation = newConversation({ assignee_id: fake.seeded!.users.bob, team_id: fake.seeded!.teams.sales });
		const out = await run(fake, assignOp('unassign', { conversationId: rl(conversation.display_id), what: 'agent' }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: 0 } },
			{ method: 'GET', path: `${A()}/conversations/${conversation.display_id}`, query: {}, body: undefined },
		]);
		expect(conversation).toMatchObject({ assignee_id: null, team_id: fake.seeded!.teams.sales });
		expect(jsonOf(out)).toEqual([conversationView(fake.state, conversation)]);
	});

	it('unassign: removes the team only', async () => {
		const conversation = newConversation({ assignee_id: fake.seeded!.users.bob, team_id: fake.seeded!.teams.sales });
		await run(fake, assignOp('unassign', { conversationId: rl(conversation.display_id), what: 'team' }));
		expect(sent().map((r) => r.body)).toEqual([{ team_id: 0 }, undefined]);
		expect(conversation).toMatchObject({ assignee_id: fake.seeded!.users.bob, team_id: null });
	});

	it('unassign: removes both', async () => {
		const conversation = newConversation({ assignee_id: fake.seeded!.users.bob, team_id: fake.seeded!.teams.sales });
		const out = await run(fake, assignOp('unassign', { conversationId: rl(conversation.display_id), what: 'both' }));
		expect(sent().map((r) => [r.method, r.body])).toEqual([
			['POST', { assignee_id: 0 }],
			['POST', { team_id: 0 }],
			['GET', undefined],
		]);
		expect(conversation).toMatchObject({ assignee_id: null, team_id: null });
		expect(jsonOf(out)).toEqual([conversationView(fake.state, conversation)]);
	});

	it('reports a missing conversation as the API error', async () => {
		const error = await failure(assignOp('assignAgent', { conversationId: rl(77777), agentId: rl(fake.seeded!.users.bob) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});

	it('refuses bad input before any request', async () => {
		await refused(assignOp('assignAgent', { conversationId: rl(1), agentId: rl('') }), 'Agent', /required/);
		await refused(assignOp('assignAgent', { conversationId: rl(1), agentId: rl('bob') }), 'Agent', /numeric/);
		await refused(assignOp('assignTeam', { conversationId: rl('12/../../x'), teamId: rl(1) }), 'Conversation', /numeric/);
		await refused(assignOp('assignAgentBot', { conversationId: rl(1), agentBotId: 'bot-1' }), 'Agent Bot ID', /numeric/);
		await refused(assignOp('unassign', { conversationId: rl(1), what: 'everyone' }), 'Remove', /must be one of/);
		await refused(assignOp('unassign', { conversationId: rl(1), what: '' }), 'Remove', /is required/);
	});
});
