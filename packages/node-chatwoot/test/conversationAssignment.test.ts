/**
 * Conversation assignments: agent, agent bot, team, and unassign (`assignee_id: 0` /
 * `team_id: 0`: an id matching nobody, what Chatwoot's dashboard sends for "None"; a body with
 * neither key changes nothing).
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { agentBotSlimView, agentView, conversationView } = chatwootViews;

const assignOp = resourceOp('conversationAssignment');

describe('conversationAssignment', () => {
	it('assignAgent: assigns and outputs the agent', async () => {
		const conversation = h.newConversation();
		const bob = h.fake.seeded!.users.bob;
		const out = await h.run(assignOp('assignAgent', { conversationId: byId(conversation.display_id), agentId: byId(bob) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: bob } }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(conversation.assignee_id).toBe(bob);
		expect(jsonOf(out)).toEqual([agentView(h.fake.state.user(bob)!, h.fake.state.accountUser(h.fake.accountId, bob)!)]);
	});

	it('assignAgentBot: hands the conversation to a bot', async () => {
		const conversation = h.newConversation({ assignee_id: h.fake.seeded!.users.bob });
		const bot = h.fake.state.agentBots.find((b) => b.account_id === h.fake.accountId)!;
		const out = await h.run(assignOp('assignAgentBot', { conversationId: byId(conversation.display_id), agentBotId: String(bot.id) }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: bot.id, assignee_type: 'AgentBot' } },
		]);
		expect(conversation.assignee_agent_bot_id).toBe(bot.id);
		expect(conversation.assignee_id).toBeNull();
		expect(jsonOf(out)).toEqual([agentBotSlimView(bot)]);
	});

	it('assignTeam: assigns the team and keeps the agent', async () => {
		const bob = h.fake.seeded!.users.bob;
		const conversation = h.newConversation({ assignee_id: bob });
		const team = h.fake.state.team(h.fake.accountId, h.fake.seeded!.teams.support)!;
		const out = await h.run(assignOp('assignTeam', { conversationId: byId(conversation.display_id), teamId: byId(team.id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { team_id: team.id } }]);
		expect(conversation).toMatchObject({ team_id: team.id, assignee_id: bob });
		expect(jsonOf(out)).toEqual([{ id: team.id, name: team.name, description: team.description, allow_auto_assign: team.allow_auto_assign, account_id: team.account_id }]);
	});

	it('unassign: removes the agent only, then outputs the conversation', async () => {
		const conversation = h.newConversation({ assignee_id: h.fake.seeded!.users.bob, team_id: h.fake.seeded!.teams.sales });
		const out = await h.run(assignOp('unassign', { conversationId: byId(conversation.display_id), what: 'agent' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/conversations/${conversation.display_id}/assignments`, query: {}, body: { assignee_id: 0 } },
			{ method: 'GET', path: `${h.A()}/conversations/${conversation.display_id}`, query: {} },
		]);
		expect(conversation).toMatchObject({ assignee_id: null, team_id: h.fake.seeded!.teams.sales });
		expect(jsonOf(out)).toEqual([conversationView(h.fake.state, conversation)]);
	});

	it('unassign: removes the team only', async () => {
		const conversation = h.newConversation({ assignee_id: h.fake.seeded!.users.bob, team_id: h.fake.seeded!.teams.sales });
		await h.run(assignOp('unassign', { conversationId: byId(conversation.display_id), what: 'team' }));
		expect(h.requests().map((r) => r.body)).toEqual([{ team_id: 0 }, undefined]);
		expect(conversation).toMatchObject({ assignee_id: h.fake.seeded!.users.bob, team_id: null });
	});

	it('unassign: removes both', async () => {
		const conversation = h.newConversation({ assignee_id: h.fake.seeded!.users.bob, team_id: h.fake.seeded!.teams.sales });
		const out = await h.run(assignOp('unassign', { conversationId: byId(conversation.display_id), what: 'both' }));
		expect(h.requests().map((r) => [r.method, r.body])).toEqual([
			['POST', { assignee_id: 0 }],
			['POST', { team_id: 0 }],
			['GET', undefined],
		]);
		expect(conversation).toMatchObject({ assignee_id: null, team_id: null });
		expect(jsonOf(out)).toEqual([conversationView(h.fake.state, conversation)]);
	});

	it('reports a missing conversation as the API error', async () => {
		const error = await h.runError(assignOp('assignAgent', { conversationId: byId(77777), agentId: byId(h.fake.seeded!.users.bob) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});

	it('refuses bad input before any request', async () => {
		await h.refused(assignOp('assignAgent', { conversationId: byId(1), agentId: byId('') }), 'Agent', /required/);
		await h.refused(assignOp('assignAgent', { conversationId: byId(1), agentId: byId('bob') }), 'Agent', /numeric/);
		await h.refused(assignOp('assignTeam', { conversationId: byId('12/../../x'), teamId: byId(1) }), 'Conversation', /numeric/);
		await h.refused(assignOp('assignAgentBot', { conversationId: byId(1), agentBotId: 'bot-1' }), 'Agent Bot ID', /numeric/);
		await h.refused(assignOp('unassign', { conversationId: byId(1), what: 'everyone' }), 'Remove', /must be one of/);
		await h.refused(assignOp('unassign', { conversationId: byId(1), what: '' }), 'Remove', /is required/);
	});
});
