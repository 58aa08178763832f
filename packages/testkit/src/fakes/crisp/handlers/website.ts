/**
 * WebsiteBase (5), WebsiteSettings (2), WebsiteAvailability (2), WebsiteOperator (8),
 * WebsiteVisitors (7), WebsiteInbox (7), WebsiteTeams (6), WebsiteVerify (4), WebsiteConnect (1),
 * WebsiteAnalytics (1), and WebsiteBatch (14).
 */
import { CrispError, type Ctx, type Handler } from '../context';
import type { Conversation, Inbox, Json, MessageFrom, Team } from '../types';

const RTM_ENDPOINTS = { socket: { app: 'wss://app.relay.crisp.chat/' } };

function visitors(ctx: Ctx) {
	return [...ctx.site.conversations.values()]
		.filter((c) => c.active.now)
		.sort((a, b) => b.active.last - a.active.last)
		.map((c) => {
			const pages = ctx.site.pages.get(c.session_id) ?? [];
			const last = pages[pages.length - 1];
			const device = c.meta.device as Json;
			return {
				session_id: c.session_id,
				inbox_id: c.inbox_id,
				nickname: c.meta.nickname,
				email: c.meta.email,
				avatar: c.meta.avatar,
				useragent: 'Mozilla/5.0',
				initiated: ctx.store.messagesOf(c.website_id, c.session_id).length > 0,
				active: true,
				last_page: last ? { page_title: last.page_title, page_url: last.page_url } : undefined,
				geolocation: device.geolocation ?? {},
				timezone: device.timezone ?? 0,
				capabilities: [],
				locales: device.locales ?? [],
			};
		});
}

function blockedRules(ctx: Ctx): Map<string, Json> {
	const rules = ctx.site.collection('blocked');
	if (rules.size === 0) for (const rule of ['ip_range', 'email_domain', 'country']) rules.set(rule, { rule: [rule], blocked: 0 });
	return rules;
}

function ordered<T extends { order?: number; created_at: number }>(items: Iterable<T>): T[] {
	return [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.created_at - b.created_at);
}

// ---------------------------------------------------------------------------------- batch

/** The sessions a batch names (all must exist [I]), or every conversation (of `inbox_id`) when none are named [I]. */
function batchSessions(ctx: Ctx): Conversation[] {
	const names = ctx.body.sessions as string[] | undefined;
	if (names) {
		return names.map((id) => {
			const c = ctx.site.conversations.get(id);
			if (!c) throw new CrispError('notFound', `conversation ${id}`);
			return c;
		});
	}
	const inboxId = ctx.body.inbox_id as string | undefined;
	return [...ctx.site.conversations.values()].filter((c) => inboxId === undefined || c.inbox_id === inboxId);
}

/** `{people:{profiles?, search?}}` [C-client WebsiteBatchPeopleOperationInner]: ids, or a text search, or nobody. */
function batchPeople(ctx: Ctx) {
	const people = (ctx.body.people ?? {}) as { profiles?: string[]; search?: string };
	if (people.profiles) {
		return people.profiles.map((id) => {
			const profile = ctx.store.profile(ctx.websiteId, id);
			if (!profile) throw new CrispError('notFound', `people ${id}`);
			return profile;
		});
	}
	const search = people.search?.toLowerCase();
	if (!search) return [];
	return [...ctx.site.people.values()].filter((p) => p.email.toLowerCase().includes(search) || (p.person.nickname ?? '').toLowerCase().includes(search));
}

function eachSession(apply: (ctx: Ctx, c: Conversation) => void): Handler {
	return (ctx) => {
		for (const c of batchSessions(ctx)) apply(ctx, c);
		return ctx.ok({});
	};
}

export const batchHandlers: Record<string, Handler> = {
	batchResolveConversations: eachSession((ctx, c) => ctx.store.setState(ctx.websiteId, c.session_id, 'resolved')),
	batchUnresolveConversations: eachSession((ctx, c) => ctx.store.setState(ctx.websiteId, c.session_id, 'unresolved')),
	batchReadConversations: eachSession((ctx, c) => ctx.store.markRead(ctx.websiteId, c.session_id, 'operator' as MessageFrom, 'chat')),
	batchUnreadConversations: eachSession((ctx, c) => ctx.store.markUnread(ctx.websiteId, c.session_id, 'operator')),
	batchRemoveConversations: eachSession((ctx, c) => ctx.store.removeConversation(ctx.websiteId, c.session_id)),
	batchRemovePeople: (ctx) => {
		for (const profile of batchPeople(ctx)) ctx.store.removeProfile(ctx.websiteId, profile.people_id);
		return ctx.ok({});
	},
	batchReportConversations: eachSession(() => undefined),
	batchBlockConversations: eachSession((ctx, c) => ctx.store.setBlock(ctx.websiteId, c.session_id, ctx.body.blocked === true)),
	batchRoutingConversations: (ctx) => {
		const userId = (ctx.body.assigned as { user_id: string } | null)?.user_id ?? null;
		if (userId && ctx.site.operators.get(userId)?.type !== 'operator') throw new CrispError('notFound', `operator ${userId}`);
		for (const c of batchSessions(ctx)) ctx.store.setRouting(ctx.websiteId, c.session_id, userId);
		return ctx.ok({});
	},
	batchInboxConversations: (ctx) => {
		const inboxId = ctx.body.inbox_id as string | null;
		if (inboxId !== null) ctx.need(ctx.site.inboxes, inboxId, 'inbox');
		for (const c of batchSessions(ctx)) ctx.store.setInbox(ctx.websiteId, c.session_id, inboxId);
		return ctx.ok({});
	},
	batchUpdateConversationsData: eachSession((ctx, c) => ctx.store.updateMetas(ctx.websiteId, c.session_id, { data: ctx.body.data as Record<string, string> })),
	batchUpdatePeopleData: (ctx) => {
		for (const profile of batchPeople(ctx)) {
			const merged = { ...(ctx.site.peopleData.get(profile.people_id) ?? {}), ...(ctx.body.data as Record<string, string>) };
			ctx.site.peopleData.set(profile.people_id, merged);
			ctx.store.touchProfile(ctx.websiteId, profile, { data: merged });
		}
		return ctx.ok({});
	},
	batchUpdateConversationsSegments: eachSession((ctx, c) => ctx.store.updateMetas(ctx.websiteId, c.session_id, { segments: ctx.body.segments as string[] })),
	batchUpdatePeopleSegments: (ctx) => {
		for (const profile of batchPeople(ctx)) ctx.store.updateProfile(ctx.websiteId, profile, { segments: ctx.body.segments }, false);
		return ctx.ok({});
	},
};

// -------------------------------------------------------------------------------- website

function inboxView(inbox: Inbox) {
	return inbox;
}

function teamView(team: Team) {
	return team;
}

export const websiteHandlers: Record<string, Handler> = {
	// WebsiteAnalytics: the metrics themselves are not modelled [I: the shape of `data` is unknown].
	generateAnalytics: (ctx) => ctx.ok({ points: [] }),
	getWebsiteAvailabilityStatus: (ctx) => {
		const online = [...ctx.site.operators.values()].some((o) => o.type === 'operator' && o.details.availability === 'online');
		return ctx.ok({ status: online ? 'online' : 'away', since: ctx.site.availability.since });
	},
	listWebsiteOperatorAvailabilities: (ctx) =>
		ctx.ok(
			[...ctx.site.operators.values()]
				.filter((o) => o.type === 'operator')
				.map((o) => ({ user_id: o.details.user_id, type: o.details.availability, time: { for: 0, since: o.last_active ?? ctx.site.availability.since } })),
			{ kind: 'list' },
		),
	checkWebsiteExists: (ctx) => {
		const domain = (ctx.q('domain') ?? '').toLowerCase();
		const found = [...ctx.store.websites.values()].some((s) => s.website.domain.toLowerCase() === domain);
		if (!found) throw new CrispError('notFound', `website ${domain}`);
		return ctx.ok();
	},
	createWebsite: (ctx) => {
		const site = ctx.store.addWebsite({ name: ctx.body.name as string, domain: ctx.body.domain as string });
		return ctx.ok(site.website);
	},
	getWebsite: (ctx) => ctx.ok(ctx.site.website),
	deleteWebsite: (ctx) => {
		ctx.site.deletionPending = true;
		return ctx.ok({});
	},
	abortWebsiteDeletion: (ctx) => {
		ctx.site.deletionPending = false;
		return ctx.ok({});
	},
	getWebsiteSettings: (ctx) => ctx.ok({ ...ctx.site.settings, ...ctx.site.website }),
	updateWebsiteSettings: (ctx) => {
		const site = ctx.site;
		for (const [key, value] of Object.entries(ctx.body)) {
			const current = site.settings[key];
			site.settings[key] = current && typeof current === 'object' && value && typeof value === 'object' && !Array.isArray(value) ? { ...current, ...value } : value;
		}
		for (const key of ['name', 'domain', 'logo'] as const) if (typeof ctx.body[key] === 'string') site.website[key] = ctx.body[key] as string;
		return ctx.ok({});
	},
	getConnectEndpoints: (ctx) => ctx.ok(RTM_ENDPOINTS),

	// operators [C-go snake_case wire fields]
	listWebsiteOperators: (ctx) => ctx.ok([...ctx.site.operators.values()].map(({ type, details }) => ({ type, details })), { kind: 'list' }),
	listLastActiveWebsiteOperators: (ctx) =>
		ctx.ok(
			[...ctx.site.operators.values()]
				.filter((o) => o.type === 'operator' && o.last_active !== undefined)
				.sort((a, b) => (b.last_active ?? 0) - (a.last_active ?? 0))
				.map((o) => ({ user_id: o.details.user_id, avatar: o.details.avatar, nickname: `${o.details.first_name} ${o.details.last_name}`, timestamp: o.last_active })),
			{ kind: 'list' },
		),
	flushLastActiveWebsiteOperators: (ctx) => {
		for (const operator of ctx.site.operators.values()) delete operator.last_active;
		return ctx.ok({});
	},
	sendEmailToWebsiteOperators: (ctx) => ctx.ok({}),
	getWebsiteOperator: (ctx) => ctx.ok(ctx.need(ctx.site.operators, ctx.params.userID, 'operator').details),
	inviteWebsiteOperator: (ctx) => {
		const email = ctx.body.email as string;
		if ([...ctx.site.operators.values()].some((o) => o.details.email === email)) ctx.invalid(`${email} is already a member`);
		const userId = ctx.store.uuid();
		ctx.site.operators.set(userId, {
			type: 'invitation',
			details: { user_id: userId, email, avatar: null, first_name: '', last_name: '', role: ctx.body.role as 'owner' | 'member', title: null, availability: 'offline', has_token: false },
		});
		return ctx.ok({});
	},
	changeOperatorMembership: (ctx) => {
		const operator = ctx.need(ctx.site.operators, ctx.params.userID, 'operator');
		if (ctx.body.role !== undefined) operator.details.role = ctx.body.role as 'owner' | 'member';
		if (ctx.body.title !== undefined) operator.details.title = ctx.body.title as string;
		return ctx.ok({});
	},
	unlinkOperatorFromWebsite: (ctx) => {
		ctx.need(ctx.site.operators, ctx.params.userID, 'operator');
		ctx.site.operators.delete(ctx.params.userID);
		return ctx.ok({});
	},

	// visitors
	countVisitors: (ctx) => {
		const list = visitors(ctx);
		return ctx.ok({ count: list.length, active: list.filter((v) => v.initiated).length, limited: false });
	},
	listVisitors: (ctx) => ctx.paged(visitors(ctx)),
	pinpointVisitorsOnMap: (ctx) => {
		const groups = new Map<string, ReturnType<typeof visitors>>();
		for (const visitor of visitors(ctx)) {
			const geo = visitor.geolocation as Json;
			const key = `${String(geo.country ?? '')}/${String(geo.city ?? '')}`;
			groups.set(key, [...(groups.get(key) ?? []), visitor]);
		}
		return ctx.ok(
			[...groups.values()].map((group) => ({
				visitors: { count: group.length, threshold: 0, sessions: group.map(({ geolocation: _g, inbox_id: _i, useragent: _u, ...session }) => session) },
				geolocation: group[0].geolocation,
			})),
			{ kind: 'list' },
		);
	},
	getSessionIdentifierFromToken: (ctx) => {
		const found = ctx.site.collection('visitorTokens').get(ctx.params.tokenID);
		if (!found) throw new CrispError('notFound', `token ${ctx.params.tokenID}`);
		return ctx.ok({ session_id: found.session_id });
	},
	countBlockedVisitors: (ctx) => ctx.ok([...blockedRules(ctx).values()], { kind: 'list' }),
	countBlockedVisitorsInRule: (ctx) => ctx.ok(blockedRules(ctx).get(ctx.params.rule) ?? { rule: [ctx.params.rule], blocked: 0 }),
	clearBlockedVisitorsInRule: (ctx) => {
		blockedRules(ctx).set(ctx.params.rule, { rule: [ctx.params.rule], blocked: 0 });
		return ctx.ok({});
	},

	// inboxes
	listInboxes: (ctx) => ctx.paged(ordered(ctx.site.inboxes.values()).map(inboxView)),
	batchOrderInboxes: (ctx) => {
		const orders = ctx.body.orders as { inbox_id: string; order: number }[];
		for (const { inbox_id } of orders) ctx.need(ctx.site.inboxes, inbox_id, 'inbox');
		for (const { inbox_id, order } of orders) (ctx.site.inboxes.get(inbox_id) as Inbox).order = order;
		return ctx.ok({});
	},
	createNewInbox: (ctx) => {
		const now = ctx.store.clock.now();
		const id = ctx.store.uuid();
		ctx.site.inboxes.set(id, { order: ctx.site.inboxes.size + 1, operators: [], conditions: [], ...(ctx.body as Partial<Inbox>), inbox_id: id, name: ctx.body.name as string, created_at: now, updated_at: now });
		return ctx.ok({ inbox_id: id });
	},
	checkInboxExists: (ctx) => {
		ctx.need(ctx.site.inboxes, ctx.params.inboxID, 'inbox');
		return ctx.ok();
	},
	getInbox: (ctx) => ctx.ok(inboxView(ctx.need(ctx.site.inboxes, ctx.params.inboxID, 'inbox'))),
	saveInbox: (ctx) => {
		const inbox = ctx.need(ctx.site.inboxes, ctx.params.inboxID, 'inbox');
		ctx.site.inboxes.set(inbox.inbox_id, { order: inbox.order, operators: [], conditions: [], ...(ctx.body as Partial<Inbox>), name: (ctx.body.name as string | undefined) ?? inbox.name, inbox_id: inbox.inbox_id, created_at: inbox.created_at, updated_at: ctx.store.clock.now() });
		return ctx.ok({});
	},
	deleteInbox: (ctx) => {
		ctx.need(ctx.site.inboxes, ctx.params.inboxID, 'inbox');
		ctx.site.inboxes.delete(ctx.params.inboxID);
		// [I] conversations of a deleted inbox go back to the main inbox.
		for (const c of ctx.site.conversations.values()) if (c.inbox_id === ctx.params.inboxID) c.inbox_id = null;
		return ctx.ok({});
	},

	// teams
	listTeams: (ctx) => ctx.paged(ordered(ctx.site.teams.values()).map(teamView)),
	createNewTeam: (ctx) => {
		const now = ctx.store.clock.now();
		const id = ctx.store.uuid();
		ctx.site.teams.set(id, { operators: [], ...(ctx.body as Partial<Team>), team_id: id, name: ctx.body.name as string, created_at: now, updated_at: now });
		return ctx.ok({ team_id: id });
	},
	checkTeamExists: (ctx) => {
		ctx.need(ctx.site.teams, ctx.params.teamID, 'team');
		return ctx.ok();
	},
	getTeam: (ctx) => ctx.ok(teamView(ctx.need(ctx.site.teams, ctx.params.teamID, 'team'))),
	saveTeam: (ctx) => {
		const team = ctx.need(ctx.site.teams, ctx.params.teamID, 'team');
		ctx.site.teams.set(team.team_id, { operators: [], ...(ctx.body as Partial<Team>), name: (ctx.body.name as string | undefined) ?? team.name, team_id: team.team_id, created_at: team.created_at, updated_at: ctx.store.clock.now() });
		return ctx.ok({});
	},
	deleteTeam: (ctx) => {
		ctx.need(ctx.site.teams, ctx.params.teamID, 'team');
		ctx.site.teams.delete(ctx.params.teamID);
		return ctx.ok({});
	},

	// verify
	getVerifySettings: (ctx) => ctx.ok({ enabled: ctx.site.verify.enabled }),
	updateVerifySettings: (ctx) => {
		ctx.site.verify.enabled = ctx.body.enabled === true;
		return ctx.ok({});
	},
	getVerifyKey: (ctx) => ctx.ok({ secret: ctx.site.verify.secret }),
	rollVerifyKey: (ctx) => {
		ctx.site.verify.secret = ctx.store.hex(32);
		return ctx.ok({});
	},
};
