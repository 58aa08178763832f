/**
 * Agents (`GET /agents` → bare array, §4) and teams (`GET /teams` → bare array) with team members.
 */
import { ok, headOk, jsonBody, objectSchema, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, recordInvalid } from '../errors';
import type { Availability, Role, Team } from '../types';
import { agentView, teamView } from '../views';
import { asIdList, asStringList } from './helpers';

const A = '/api/v1/accounts/{account_id}';

function findAgent(ctx: Ctx) {
	const id = Number(ctx.params.id);
	const membership = /^\d+$/.test(ctx.params.id ?? '') ? ctx.state.accountUser(ctx.acct.id, id) : undefined;
	const user = membership ? ctx.state.user(id) : undefined;
	if (!membership || !user) throw notFound();
	return { user, membership };
}

function findTeam(ctx: Ctx): Team {
	const team = /^\d+$/.test(ctx.params.team_id ?? '') ? ctx.state.team(ctx.acct.id, ctx.params.team_id) : undefined;
	if (!team) throw notFound();
	return team;
}

function role(value: unknown): Role | undefined {
	if (value === undefined || value === null) return undefined;
	const text = String(value);
	if (text !== 'agent' && text !== 'administrator') throw new HttpError(422, { error: `'${text}' is not a valid role` });
	return text;
}

function availability(value: unknown): Availability | undefined {
	if (value === undefined || value === null) return undefined;
	const text = String(value);
	if (!['online', 'busy', 'offline'].includes(text)) throw new HttpError(422, { error: `'${text}' is not a valid availability` });
	return text as Availability;
}

function teamMembers(ctx: Ctx, team: Team, ids: number[] = team.member_ids) {
	return ids
		.map((id) => {
			const user = ctx.state.user(id);
			const membership = ctx.state.accountUser(ctx.acct.id, id);
			return user && membership ? agentView(user, membership) : undefined;
		})
		.filter(Boolean);
}

function memberIds(ctx: Ctx): number[] {
	const ids = asIdList(ctx.require('user_ids'));
	for (const id of ids) if (!ctx.state.accountUser(ctx.acct.id, id)) throw notFound();
	return ids;
}

function applyTeam(ctx: Ctx, team: Partial<Team>): void {
	if (ctx.p.name !== undefined) team.name = String(ctx.p.name);
	if (ctx.p.description !== undefined) team.description = ctx.p.description === null ? null : String(ctx.p.description);
	if (ctx.p.allow_auto_assign !== undefined) team.allow_auto_assign = ctx.bool('allow_auto_assign') ?? true;
}

function validateTeam(ctx: Ctx, team: Partial<Team>, selfId?: number): void {
	if (!team.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
	const clash = ctx.state.teamsOf(ctx.acct.id).some((t) => t.id !== selfId && t.name.toLowerCase() === team.name!.toLowerCase());
	if (clash) throw recordInvalid([{ attribute: 'name', message: 'has already been taken' }]);
}

export function agentTeamRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${A}/agents`,
			name: 'agents.index',
			access: account,
			handle: (ctx) => ok(ctx.state.agentsOf(ctx.acct.id).map(({ user, membership }) => agentView(user, membership))),
		},
		{
			method: 'POST',
			path: `${A}/agents`,
			name: 'agents.create',
			access: admin,
			handle: (ctx) => {
				const state = ctx.state;
				const email = String(ctx.require('email')).toLowerCase();
				const name = String(ctx.require('name'));
				const agentRole = role(ctx.require('role')) ?? 'agent';
				let user = state.users.find((u) => u.email === email);
				if (user && state.accountUser(ctx.acct.id, user.id)) {
					// [I] AccountUser uniqueness of user per account.
					throw recordInvalid([{ attribute: 'user_id', message: 'has already been taken' }]);
				}
				user ??= state.createUser({ name, email, confirmed: false });
				const membership = state.addUserToAccount(ctx.acct.id, user.id, agentRole, {
					availability: availability(ctx.p.availability ?? ctx.p.availability_status) ?? 'offline',
					auto_offline: ctx.bool('auto_offline') ?? true,
					inviter_id: ctx.user?.id ?? null,
				});
				state.addAuditLog(ctx.acct.id, 'AccountUser', membership.id, 'create', ctx.user, { role: agentRole });
				return ok(agentView(user, membership));
			},
		},
		{
			// Code-confirmed (upstream config/routes.rb, not in the spec): invites each new email as an agent; `head :ok`.
			method: 'POST',
			path: `${A}/agents/bulk_create`,
			name: 'agents.bulk_create',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ emails: { type: 'array', items: { type: 'string' } } }, ['emails'])) },
			access: admin,
			handle: (ctx) => {
				const emails = asStringList(ctx.require('emails')).map((e) => e.trim().toLowerCase());
				for (const email of emails) {
					if (!/^[^@\s]+@[^@\s]+$/.test(email)) continue;
					let user = ctx.state.users.find((u) => u.email === email);
					if (user && ctx.state.accountUser(ctx.acct.id, user.id)) continue;
					user ??= ctx.state.createUser({ name: email.split('@')[0], email, confirmed: false });
					ctx.state.addUserToAccount(ctx.acct.id, user.id, 'agent', { availability: 'offline', inviter_id: ctx.user?.id ?? null });
				}
				return headOk();
			},
		},
		{
			method: 'PATCH',
			path: `${A}/agents/{id}`,
			name: 'agents.update',
			access: admin,
			handle: (ctx) => {
				const { user, membership } = findAgent(ctx);
				membership.role = role(ctx.p.role) ?? membership.role;
				membership.availability = availability(ctx.p.availability ?? ctx.p.availability_status) ?? membership.availability;
				if (ctx.p.auto_offline !== undefined) membership.auto_offline = ctx.bool('auto_offline') ?? membership.auto_offline;
				return ok(agentView(user, membership));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/agents/{id}`,
			name: 'agents.destroy',
			access: admin,
			handle: (ctx) => {
				const state = ctx.state;
				const { user, membership } = findAgent(ctx);
				state.accountUsers = state.accountUsers.filter((au) => au !== membership);
				for (const inbox of state.inboxes) if (inbox.account_id === ctx.acct.id) inbox.member_ids = inbox.member_ids.filter((id) => id !== user.id);
				for (const team of state.teamsOf(ctx.acct.id)) team.member_ids = team.member_ids.filter((id) => id !== user.id);
				for (const c of state.conversationsOf(ctx.acct.id)) if (c.assignee_id === user.id) c.assignee_id = null;
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/teams`,
			name: 'teams.index',
			access: account,
			handle: (ctx) => ok(ctx.state.teamsOf(ctx.acct.id).map((t) => teamView(t, ctx.user?.id))),
		},
		{
			method: 'POST',
			path: `${A}/teams`,
			name: 'teams.create',
			access: admin,
			handle: (ctx) => {
				const draft: Partial<Team> = { description: null, allow_auto_assign: true };
				applyTeam(ctx, draft);
				validateTeam(ctx, draft);
				const team: Team = {
					id: ctx.state.nextId('teams'),
					account_id: ctx.acct.id,
					name: draft.name!,
					description: draft.description ?? null,
					allow_auto_assign: draft.allow_auto_assign ?? true,
					member_ids: [],
					created_at: ctx.state.now(),
				};
				ctx.state.teams.push(team);
				return ok(teamView(team, ctx.user?.id));
			},
		},
		{
			method: 'GET',
			path: `${A}/teams/{team_id}`,
			name: 'teams.show',
			access: account,
			handle: (ctx) => ok(teamView(findTeam(ctx), ctx.user?.id)),
		},
		{
			method: 'PATCH',
			path: `${A}/teams/{team_id}`,
			name: 'teams.update',
			access: admin,
			handle: (ctx) => {
				const team = findTeam(ctx);
				const draft = { ...team };
				applyTeam(ctx, draft);
				validateTeam(ctx, draft, team.id);
				Object.assign(team, draft);
				return ok(teamView(team, ctx.user?.id));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/teams/{team_id}`,
			name: 'teams.destroy',
			access: admin,
			handle: (ctx) => {
				const team = findTeam(ctx);
				ctx.state.teams = ctx.state.teams.filter((t) => t !== team);
				for (const c of ctx.state.conversationsOf(ctx.acct.id)) if (c.team_id === team.id) c.team_id = null;
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/teams/{team_id}/team_members`,
			name: 'team_members.index',
			access: account,
			handle: (ctx) => ok(teamMembers(ctx, findTeam(ctx))),
		},
		{
			method: 'POST',
			path: `${A}/teams/{team_id}/team_members`,
			name: 'team_members.create',
			access: admin,
			handle: (ctx) => {
				const team = findTeam(ctx);
				const added = memberIds(ctx).filter((id) => !team.member_ids.includes(id));
				team.member_ids.push(...added);
				// Renders the members that were added.
				return ok(teamMembers(ctx, team, added));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/teams/{team_id}/team_members`,
			name: 'team_members.update',
			access: admin,
			handle: (ctx) => {
				const team = findTeam(ctx);
				team.member_ids = [...new Set(memberIds(ctx))];
				return ok(teamMembers(ctx, team));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/teams/{team_id}/team_members`,
			name: 'team_members.destroy',
			access: admin,
			handle: (ctx) => {
				const team = findTeam(ctx);
				const remove = new Set(memberIds(ctx));
				team.member_ids = team.member_ids.filter((id) => !remove.has(id));
				return headOk();
			},
		},
	];
}
