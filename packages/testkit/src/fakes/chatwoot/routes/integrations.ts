/**
 * What a workflow can ask Chatwoot's integrations to do: run an integration hook's event (OpenAI),
 * Linear (teams, team entities, issues made from or linked to a conversation), Shopify (a contact's
 * orders) and Dyte (a video meeting in a conversation). Code-confirmed routes of `config/routes.rb`
 * (the spec has none). The controllers answer what the third party answered (`render json:
 * response[:data]`) and `{error}` with 422 when it failed; the fake plays the third party with a
 * small in-memory world, so the shapes of the data are inferred [I] and the node passes them on as
 * they come.
 *
 * | Route (relative to the account) | Response |
 * |---|---|
 * | POST /integrations/hooks/{id}/process_event (`event:{name, data}`) | OpenAI hook: `{message}`; other apps: 422 `{error:"No processor found"}` [I] |
 * | GET /integrations/linear/teams | `[{id, name}]` |
 * | GET /integrations/linear/team_entities?team_id= | `{users, projects, states, labels}` |
 * | POST /integrations/linear/create_issue | `{id, title, identifier, url}` (+ an activity message in the conversation) |
 * | POST /integrations/linear/link_issue | `{id, link, issue_id}` |
 * | POST /integrations/linear/unlink_issue | `{link_id}` |
 * | GET /integrations/linear/search_issue?q= | `[issue]`; no q: 422 "Specify search string with parameter q" |
 * | GET /integrations/linear/linked_issues?conversation_id= | `[{id, url, issue}]` |
 * | GET /integrations/shopify/orders?contact_id= | `{orders:[…]}` (no Shopify hook: 404) |
 * | POST /integrations/dyte/create_a_meeting (`conversation_id`) | the integrations message it posts |
 */
import { ok, jsonBody, objectSchema, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, MESSAGES, notFound } from '../errors';
import type { ChatwootState } from '../store';
import type { IntegrationHook } from '../types';
import { messageView } from '../views';
import { byId, findContact, findConversation } from './helpers';

const A = '/api/v1/accounts/{account_id}';

interface LinearIssue {
	id: string;
	identifier: string;
	title: string;
	description: string;
	team_id: string;
	url: string;
}
interface LinearLink {
	id: string;
	issue_id: string;
	url: string;
}
interface LinearWorld {
	issues: LinearIssue[];
	links: LinearLink[];
}

export const LINEAR_TEAMS = [
	{ id: 'team-eng', name: 'Engineering', key: 'ENG' },
	{ id: 'team-sup', name: 'Support', key: 'SUP' },
];

const worlds = new WeakMap<ChatwootState, LinearWorld>();
/** The fake Linear workspace behind an account's Linear hook (one per fake). */
export function linearWorld(state: ChatwootState): LinearWorld {
	let world = worlds.get(state);
	if (!world) worlds.set(state, (world = { issues: [], links: [] }));
	return world;
}

/** The account's hook of an app, or the 422 the processor answers when the app is not connected [I]. */
function connected(ctx: Ctx, appId: string): IntegrationHook {
	const hook = ctx.state.integrationHooks.find((h) => h.account_id === ctx.acct.id && h.app_id === appId);
	if (!hook) throw new HttpError(422, { error: `${appId === 'linear' ? 'Linear' : appId} integration is not connected` });
	return hook;
}

const conversationLink = (ctx: Ctx, displayId: number) => `${ctx.state.baseUrl}/app/accounts/${ctx.acct.id}/conversations/${displayId}`;

function activity(ctx: Ctx, displayId: unknown, content: string) {
	const conversation = findConversation(ctx, displayId);
	ctx.state.createMessage(conversation, { content, message_type: 'activity' });
}

export function integrationRoutes(): RouteDef[] {
	const account = { kind: 'account' } as const;
	const code = 'code' as const;
	const linearParams = objectSchema({
		conversation_id: { type: 'integer' },
		team_id: { type: 'string' },
		project_id: { type: 'string' },
		issue_id: { type: 'string' },
		link_id: { type: 'string' },
		title: { type: 'string' },
		description: { type: 'string' },
		assignee_id: { type: 'string' },
		priority: { type: 'integer' },
		state_id: { type: 'string' },
		label_ids: { type: 'array', items: { type: 'string' } },
	});
	return [
		{
			method: 'POST',
			path: `${A}/integrations/hooks/{hook_id}/process_event`,
			name: 'integrations.hooks.process_event',
			source: code,
			spec: { body: jsonBody(objectSchema({ event: objectSchema({ name: { type: 'string' }, data: { type: 'object' } }, ['name']) }, ['event'])) },
			access: { kind: 'account', admin: true },
			handle: (ctx) => {
				const hook = byId(ctx, ctx.state.integrationHooks, 'hook_id');
				if (hook.app_id !== 'openai') throw new HttpError(422, { error: 'No processor found' });
				const event = ctx.obj('event', ctx.body) ?? {};
				const data = (event.data ?? {}) as Record<string, unknown>;
				const name = String(event.name ?? '');
				if (['summarize', 'reply_suggestion', 'label_suggestion'].includes(name)) {
					const conversation = findConversation(ctx, data.conversation_display_id);
					const count = ctx.state.messagesOf(conversation).length;
					return ok({ message: `${name} of conversation #${conversation.display_id} (${count} messages)` });
				}
				if (!data.content) throw new HttpError(422, { error: 'Content is required' });
				return ok({ message: `${name}: ${String(data.content)}` });
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/linear/teams`,
			name: 'integrations.linear.teams',
			source: code,
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				return ok(LINEAR_TEAMS.map(({ id, name }) => ({ id, name })));
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/linear/team_entities`,
			name: 'integrations.linear.team_entities',
			source: code,
			spec: { params: [queryParam('team_id', { type: 'string' })] },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				const team = LINEAR_TEAMS.find((t) => t.id === ctx.str('team_id'));
				if (!team) throw new HttpError(422, { error: 'Team not found' });
				return ok({
					users: [{ id: `${team.id}-user-1`, name: 'Lin Ear' }],
					projects: [{ id: `${team.id}-project-1`, name: `${team.name} roadmap` }],
					states: [
						{ id: `${team.id}-todo`, name: 'Todo' },
						{ id: `${team.id}-done`, name: 'Done' },
					],
					labels: [{ id: `${team.id}-bug`, name: 'Bug' }],
				});
			},
		},
		{
			method: 'POST',
			path: `${A}/integrations/linear/create_issue`,
			name: 'integrations.linear.create_issue',
			source: code,
			spec: { body: jsonBody(linearParams) },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				const conversation = findConversation(ctx, ctx.p.conversation_id);
				const team = LINEAR_TEAMS.find((t) => t.id === ctx.str('team_id'));
				const title = ctx.str('title')?.trim();
				if (!team) throw new HttpError(422, { error: 'Team not found' });
				if (!title) throw new HttpError(422, { error: 'Title is required' });
				const world = linearWorld(ctx.state);
				const number = world.issues.filter((i) => i.team_id === team.id).length + 1;
				const issue: LinearIssue = {
					id: `issue-${world.issues.length + 1}`,
					identifier: `${team.key}-${number}`,
					title,
					description: ctx.str('description') ?? '',
					team_id: team.id,
					url: `https://linear.app/fake/issue/${team.key}-${number}`,
				};
				world.issues.push(issue);
				activity(ctx, conversation.display_id, `Linear issue ${issue.identifier} was created`);
				return ok({ id: issue.id, title: issue.title, identifier: issue.identifier, url: issue.url });
			},
		},
		{
			method: 'POST',
			path: `${A}/integrations/linear/link_issue`,
			name: 'integrations.linear.link_issue',
			source: code,
			spec: { body: jsonBody(linearParams) },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				const conversation = findConversation(ctx, ctx.p.conversation_id);
				const world = linearWorld(ctx.state);
				const issue = world.issues.find((i) => i.id === ctx.str('issue_id') || i.identifier === ctx.str('issue_id'));
				if (!issue) throw new HttpError(422, { error: 'Issue not found' });
				const link: LinearLink = { id: `link-${world.links.length + 1}`, issue_id: issue.id, url: conversationLink(ctx, conversation.display_id) };
				world.links.push(link);
				activity(ctx, conversation.display_id, `Linear issue ${issue.identifier} was linked`);
				return ok({ id: link.id, link: link.url, issue_id: issue.id });
			},
		},
		{
			method: 'POST',
			path: `${A}/integrations/linear/unlink_issue`,
			name: 'integrations.linear.unlink_issue',
			source: code,
			spec: { body: jsonBody(linearParams) },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				const conversation = findConversation(ctx, ctx.p.conversation_id);
				const world = linearWorld(ctx.state);
				const link = world.links.find((l) => l.id === ctx.str('link_id'));
				if (!link) throw new HttpError(422, { error: 'Link not found' });
				world.links = world.links.filter((l) => l !== link);
				activity(ctx, conversation.display_id, 'Linear issue was unlinked');
				return ok({ link_id: link.id });
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/linear/search_issue`,
			name: 'integrations.linear.search_issue',
			source: code,
			spec: { params: [queryParam('q', { type: 'string' })] },
			access: account,
			handle: (ctx) => {
				const q = ctx.str('q')?.trim().toLowerCase();
				if (!q) throw new HttpError(422, { error: MESSAGES.searchWithoutQ });
				connected(ctx, 'linear');
				return ok(linearWorld(ctx.state).issues.filter((i) => i.title.toLowerCase().includes(q) || i.identifier.toLowerCase() === q));
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/linear/linked_issues`,
			name: 'integrations.linear.linked_issues',
			source: code,
			spec: { params: [queryParam('conversation_id', { type: 'integer' })] },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'linear');
				const conversation = findConversation(ctx, ctx.p.conversation_id);
				const world = linearWorld(ctx.state);
				const url = conversationLink(ctx, conversation.display_id);
				return ok(world.links.filter((l) => l.url === url).map((l) => ({ id: l.id, url: l.url, issue: world.issues.find((i) => i.id === l.issue_id) ?? null })));
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/shopify/orders`,
			name: 'integrations.shopify.orders',
			source: code,
			spec: { params: [queryParam('contact_id', { type: 'integer' })] },
			access: account,
			handle: (ctx) => {
				const hook = ctx.state.integrationHooks.find((h) => h.account_id === ctx.acct.id && h.app_id === 'shopify');
				if (!hook) throw notFound();
				const contact = findContact(ctx, ctx.p.contact_id);
				if (!contact.email && !contact.phone_number) throw new HttpError(422, { error: 'Contact information missing' });
				const orders = (hook.settings.orders ?? []) as Array<Record<string, unknown>>;
				return ok({ orders: orders.filter((o) => o.email === contact.email || (contact.phone_number && o.phone === contact.phone_number)) });
			},
		},
		{
			method: 'POST',
			path: `${A}/integrations/dyte/create_a_meeting`,
			name: 'integrations.dyte.create_a_meeting',
			source: code,
			spec: { body: jsonBody(objectSchema({ conversation_id: { type: 'integer' } }, ['conversation_id'])) },
			access: account,
			handle: (ctx) => {
				connected(ctx, 'dyte');
				const conversation = findConversation(ctx, ctx.p.conversation_id);
				const meetingId = `meeting-${ctx.state.nextId('dyte_meetings')}`;
				const message = ctx.state.createMessage(conversation, {
					content: 'Start a video call',
					message_type: 'outgoing',
					content_type: 'integrations',
					content_attributes: { type: 'dyte', data: { meeting_id: meetingId } },
					sender: ctx.user ? { type: 'User', id: ctx.user.id } : null,
				});
				return ok(messageView(ctx.state, message));
			},
		},
	];
}
