/**
 * What the node asks Chatwoot's integrations to do: Integration Hook → Process Event (OpenAI),
 * Linear Issue (teams, team entities, create, link, unlink, search, linked), Shopify Order (a
 * contact's orders) and Video Meeting (Dyte). Chatwoot passes the third party's answer through, so
 * the fake plays Linear, Shopify and Dyte with inferred shapes (routes/integrations.ts) and the
 * node returns them as they come; these tests check the exact requests and that the items are
 * the fake's answer, item for item.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwoot, chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const hookOp = resourceOp('integrationHook');
const linearOp = resourceOp('linearIssue');
const { LINEAR_TEAMS, linearWorld } = chatwoot;

function addHook(appId: string, settings: Record<string, unknown> = {}) {
	const hook = { id: h.fake.state.nextId('integration_hooks'), account_id: h.fake.accountId, app_id: appId, inbox_id: null, status: 1, hook_type: 'account' as const, settings, created_at: 0 };
	h.fake.state.integrationHooks.push(hook);
	return hook;
}

describe('integrationHook: processEvent', () => {
	it('summarize: sends the event with the conversation display id; returns the answer', async () => {
		const hook = addHook('openai', { api_key: 'sk-fake' });
		const conversation = h.newConversation();
		const out = await h.run(hookOp('processEvent', { hookId: byId(hook.id), event: 'summarize', conversationDisplayId: conversation.display_id }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/integrations/hooks/${hook.id}/process_event`, query: {}, body: { event: { name: 'summarize', data: { conversation_display_id: conversation.display_id } } } },
		]);
		const count = h.fake.state.messagesOf(conversation).length;
		expect(jsonOf(out)).toEqual([{ message: `summarize of conversation #${conversation.display_id} (${count} messages)` }]);
	});

	it('rephrase: sends the text', async () => {
		const hook = h.fake.state.integrationHooks.find((x) => x.app_id === 'openai')!;
		const out = await h.run(hookOp('processEvent', { hookId: byId(hook.id), event: 'rephrase', content: 'pls fix it' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/integrations/hooks/${hook.id}/process_event`, query: {}, body: { event: { name: 'rephrase', data: { content: 'pls fix it' } } } }]);
		expect(jsonOf(out)).toEqual([{ message: 'rephrase: pls fix it' }]);
	});

	it('a hook without a processor: the API error with Chatwoot’s message', async () => {
		const hook = addHook('dialogflow');
		await h.apiError(hookOp('processEvent', { hookId: byId(hook.id), event: 'rephrase', content: 'x' }), 422, 'No processor found');
	});

	it('refuses a missing conversation or text before any request', async () => {
		await h.refused(hookOp('processEvent', { hookId: byId(1), event: 'summarize' }), 'Conversation ID', /required/);
		await h.refused(hookOp('processEvent', { hookId: byId(1), event: 'shorten', content: ' ' }), 'Text', /required/);
	});
});

describe('linearIssue', () => {
	it('without the Linear integration: the API error', async () => {
		await h.apiError(linearOp('getTeams', { returnAll: true }), 422, 'Linear integration is not connected');
	});

	it('getTeams and getTeamEntities', async () => {
		addHook('linear', { access_token: 'lin_fake' });
		h.fake.clearLog();
		const teams = await h.run(linearOp('getTeams', { returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/linear/teams`, query: {} }]);
		expect(jsonOf(teams)).toEqual(LINEAR_TEAMS.map(({ id, name }) => ({ id, name })));

		h.fake.clearLog();
		const entities = await h.run(linearOp('getTeamEntities', { teamId: 'team-eng' }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/linear/team_entities`, query: { team_id: 'team-eng' } }]);
		expect(jsonOf(entities)[0].states).toEqual([
			{ id: 'team-eng-todo', name: 'Todo' },
			{ id: 'team-eng-done', name: 'Done' },
		]);
	});

	it('create, link, getLinked, search, unlink', async () => {
		const conversation = h.newConversation();
		const created = await h.run(
			linearOp('create', { conversationId: byId(conversation.display_id), teamId: 'team-eng', title: 'Login fails', additionalFields: { description: 'From chat', priority: 2, labelIds: 'team-eng-bug' } }),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/integrations/linear/create_issue`,
				query: {},
				body: { conversation_id: conversation.display_id, team_id: 'team-eng', title: 'Login fails', description: 'From chat', priority: 2, label_ids: ['team-eng-bug'] },
			},
		]);
		const [issue] = linearWorld(h.fake.state).issues;
		expect(jsonOf(created)).toEqual([{ id: issue.id, title: 'Login fails', identifier: issue.identifier, url: issue.url }]);
		expect(h.fake.state.messagesOf(conversation).some((m) => m.content === `Linear issue ${issue.identifier} was created`)).toBe(true);

		h.fake.clearLog();
		const linked = await h.run(linearOp('link', { conversationId: byId(conversation.display_id), issueId: issue.identifier, title: 'Chat' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/integrations/linear/link_issue`, query: {}, body: { conversation_id: conversation.display_id, issue_id: issue.identifier, title: 'Chat' } },
		]);
		const [link] = linearWorld(h.fake.state).links;
		expect(jsonOf(linked)).toEqual([{ id: link.id, link: link.url, issue_id: issue.id }]);

		h.fake.clearLog();
		const list = await h.run(linearOp('getLinked', { conversationId: byId(conversation.display_id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/linear/linked_issues`, query: { conversation_id: String(conversation.display_id) } }]);
		expect(jsonOf(list)).toEqual([{ id: link.id, url: link.url, issue }]);

		h.fake.clearLog();
		const found = await h.run(linearOp('search', { query: 'login', returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/linear/search_issue`, query: { q: 'login' } }]);
		expect(jsonOf(found)).toEqual([issue]);

		h.fake.clearLog();
		const unlinked = await h.run(linearOp('unlink', { conversationId: byId(conversation.display_id), linkId: link.id, issueId: issue.identifier }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/integrations/linear/unlink_issue`, query: {}, body: { conversation_id: conversation.display_id, link_id: link.id, issue_id: issue.identifier } },
		]);
		expect(jsonOf(unlinked)).toEqual([{ link_id: link.id }]);
		expect(linearWorld(h.fake.state).links).toEqual([]);
	});

	it('refuses bad input before any request', async () => {
		await h.refused(linearOp('create', { conversationId: byId(1), teamId: 'team-eng', title: ' ' }), 'Title', /required/);
		await h.refused(linearOp('search', { query: '' }), 'Search Text', /required/);
		await h.refused(linearOp('unlink', { conversationId: byId(1), linkId: '' }), 'Link ID', /required/);
	});
});

describe('shopifyOrder: getAll', () => {
	it('not connected: the 404 as the API error', async () => {
		const contact = h.fake.addContact({ name: 'No Shop', email: 'noshop@example.com' });
		h.fake.clearLog();
		const error = await h.runError({ resource: 'shopifyOrder', operation: 'getAll', contactId: byId(contact.id), returnAll: true });
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('the orders placed with the contact’s email, limit slices', async () => {
		const orders = [
			{ id: 1001, email: 'shopper@example.com', total_price: '19.90', currency: 'USD' },
			{ id: 1002, email: 'other@example.com', total_price: '5.00', currency: 'USD' },
			{ id: 1003, email: 'shopper@example.com', total_price: '42.00', currency: 'USD' },
		];
		addHook('shopify', { orders });
		const contact = h.fake.addContact({ name: 'Shopper', email: 'shopper@example.com' });
		h.fake.clearLog();
		const out = await h.run({ resource: 'shopifyOrder', operation: 'getAll', contactId: byId(contact.id), returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/shopify/orders`, query: { contact_id: String(contact.id) } }]);
		expect(jsonOf(out)).toEqual([orders[0], orders[2]]);
		const one = await h.run({ resource: 'shopifyOrder', operation: 'getAll', contactId: byId(contact.id), returnAll: false, limit: 1 });
		expect(jsonOf(one)).toEqual([orders[0]]);
	});
});

describe('videoMeeting: create', () => {
	it('posts the meeting message in the conversation and returns it', async () => {
		addHook('dyte', { api_key: 'dyte-fake', organization_id: 'org' });
		const conversation = h.newConversation();
		const out = await h.run({ resource: 'videoMeeting', operation: 'create', conversationId: byId(conversation.display_id) });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/integrations/dyte/create_a_meeting`, query: {}, body: { conversation_id: conversation.display_id } }]);
		const message = h.fake.state.messagesOf(conversation).find((m) => m.content_type === 'integrations')!;
		expect(message.content_attributes).toEqual({ type: 'dyte', data: { meeting_id: expect.stringMatching(/^meeting-/) } });
		expect(jsonOf(out)).toEqual([chatwootViews.messageView(h.fake.state, message)]);
	});

	it('a missing conversation: the API error with Chatwoot’s message', async () => {
		await h.apiError({ resource: 'videoMeeting', operation: 'create', conversationId: byId(987654) }, 404, 'Resource could not be found');
	});
});
