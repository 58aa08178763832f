/**
 * WebsitePeople (25 methods): profiles (with company, data, events, subscription, conversations),
 * list filters and sorting, statistics, suggestions, import and export.
 */
import { PEOPLE_SORT_FIELDS } from '../fixtures';
import { CrispError, type Ctx, type Handler } from '../context';
import { combine, containsText, isoMs, lookup, matches, parseFilters } from '../filters';
import { isEmail } from '../schema';
import type { Json, PeopleProfile } from '../types';
import { perPage } from './conversations';

function sortValue(profile: PeopleProfile, field: string): string | number {
	switch (field) {
		case 'email':
			return profile.email.toLowerCase();
		case 'nickname':
			return (profile.person.nickname ?? '').toLowerCase();
		case 'active':
			return profile.active.last;
		default:
			return profile[field as 'created_at' | 'updated_at' | 'score'];
	}
}

function listPeopleProfiles(ctx: Ctx) {
	const size = perPage(ctx);
	const site = ctx.site;
	let list = [...site.people.values()];
	const text = ctx.q('search_text');
	if (text) list = list.filter((p) => containsText([p.email, p.person.nickname, p.person.phone, (p.company as Json).name], text));
	const rawFilter = ctx.q('search_filter');
	if (rawFilter) {
		const filters = parseFilters(rawFilter, 'search_filter');
		const operator = ctx.q('search_operator');
		list = list.filter((p) => combine(filters.map((f) => matches(lookup(f.criterion.replace(/^data\./, ''), [[p, ''], [p, 'person'], [site.peopleData.get(p.people_id), '']]), f)), operator));
	}
	const start = isoMs(ctx.q('filter_date_start'), 'filter_date_start');
	const end = isoMs(ctx.q('filter_date_end'), 'filter_date_end');
	if (start !== undefined) list = list.filter((p) => p.created_at >= start);
	if (end !== undefined) list = list.filter((p) => p.created_at <= end);
	const field = ctx.q('sort_field') ?? 'created_at';
	if (!(PEOPLE_SORT_FIELDS as readonly string[]).includes(field)) ctx.invalid(`sort_field ${field}`);
	const direction = ctx.q('sort_order') === 'ascending' ? 1 : -1;
	list.sort((a, b) => {
		const x = sortValue(a, field);
		const y = sortValue(b, field);
		if (x !== y) return (x < y ? -1 : 1) * direction;
		return a.people_id < b.people_id ? -1 : 1;
	});
	return ctx.paged(list, size);
}

function checkEmail(ctx: Ctx, email: unknown, self?: PeopleProfile): void {
	if (typeof email !== 'string') return;
	if (!isEmail(email)) ctx.invalid('email is not an email address');
	const other = ctx.store.profileByEmail(ctx.websiteId, email);
	if (other && other !== self) throw new CrispError('peopleExists', email);
}

function suggestions(ctx: Ctx, values: (p: PeopleProfile) => string[], hidden: Set<string>, key: 'segment' | 'key' | 'text') {
	const counts = new Map<string, number>();
	for (const profile of ctx.site.people.values()) for (const value of values(profile)) if (!hidden.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
	return ctx.paged([...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ [key]: value, count })));
}

function hide(set: Set<string>, value: unknown, ctx: Ctx) {
	set.add(String(value));
	return ctx.ok({});
}

export const peopleHandlers: Record<string, Handler> = {
	getPeopleStatistics: (ctx) => ctx.ok({ total: ctx.site.people.size }),
	listSuggestedPeopleSegments: (ctx) => suggestions(ctx, (p) => p.segments, ctx.site.hiddenSuggestions.peopleSegments, 'segment'),
	deleteSuggestedPeopleSegment: (ctx) => hide(ctx.site.hiddenSuggestions.peopleSegments, ctx.body.segment, ctx),
	listSuggestedPeopleDataKeys: (ctx) => suggestions(ctx, (p) => Object.keys(ctx.site.peopleData.get(p.people_id) ?? {}), ctx.site.hiddenSuggestions.peopleData, 'key'),
	deleteSuggestedPeopleDataKey: (ctx) => hide(ctx.site.hiddenSuggestions.peopleData, ctx.body.key, ctx),
	listSuggestedPeopleEvents: (ctx) => suggestions(ctx, (p) => [...new Set((ctx.site.peopleEvents.get(p.people_id) ?? []).map((e) => e.text))], ctx.site.hiddenSuggestions.peopleEvents, 'text'),
	deleteSuggestedPeopleEvent: (ctx) => hide(ctx.site.hiddenSuggestions.peopleEvents, ctx.body.text, ctx),
	listPeopleProfiles,
	addNewPeopleProfile: (ctx) => {
		const b = ctx.body;
		checkEmail(ctx, b.email);
		const profile = ctx.store.addProfile(ctx.websiteId, {
			email: b.email as string,
			person: b.person as PeopleProfile['person'] | undefined,
			company: b.company as Json | undefined,
			segments: b.segments as string[] | undefined,
			notepad: b.notepad as string | undefined,
			active: b.active as number | undefined,
		});
		return ctx.ok({ people_id: profile.people_id });
	},
	checkPeopleProfileExists: (ctx) => {
		ctx.profile();
		return ctx.ok();
	},
	getPeopleProfile: (ctx) => ctx.ok(ctx.profile()),
	savePeopleProfile: (ctx) => {
		const profile = ctx.profile();
		checkEmail(ctx, ctx.body.email, profile);
		ctx.store.updateProfile(ctx.websiteId, profile, ctx.body, true);
		return ctx.ok({});
	},
	updatePeopleProfile: (ctx) => {
		const profile = ctx.profile();
		checkEmail(ctx, ctx.body.email, profile);
		ctx.store.updateProfile(ctx.websiteId, profile, ctx.body, false);
		return ctx.ok({});
	},
	removePeopleProfile: (ctx) => {
		ctx.store.removeProfile(ctx.websiteId, ctx.profile().people_id);
		return ctx.ok({});
	},
	listPeopleConversations: (ctx) => {
		const profile = ctx.profile();
		const sessions = [...ctx.site.conversations.values()]
			.filter((c) => c.people_id === profile.people_id || (c.meta.email !== '' && c.meta.email.toLowerCase() === profile.email.toLowerCase()))
			.sort((a, b) => b.updated_at - a.updated_at)
			.map((c) => c.session_id);
		return ctx.paged(sessions);
	},
	listPeopleCampaigns: (ctx) => {
		ctx.profile();
		return ctx.paged([]);
	},
	addPeopleEvent: (ctx) => {
		const profile = ctx.profile();
		const b = ctx.body;
		const events = ctx.site.peopleEvents.get(profile.people_id) ?? [];
		events.push({ text: b.text as string, ...(b.data ? { data: b.data as Json } : {}), ...(b.color ? { color: b.color as string } : {}), timestamp: ctx.store.clock.now() });
		ctx.site.peopleEvents.set(profile.people_id, events);
		return ctx.ok({});
	},
	listPeopleEvents: (ctx) => {
		const profile = ctx.profile();
		return ctx.paged([...(ctx.site.peopleEvents.get(profile.people_id) ?? [])].reverse());
	},
	getPeopleData: (ctx) => ctx.ok({ data: ctx.site.peopleData.get(ctx.profile().people_id) ?? {} }),
	savePeopleData: (ctx) => {
		const profile = ctx.profile();
		ctx.site.peopleData.set(profile.people_id, { ...(ctx.body.data as Json) } as Record<string, string>);
		ctx.store.touchProfile(ctx.websiteId, profile, { data: ctx.site.peopleData.get(profile.people_id) });
		return ctx.ok({});
	},
	updatePeopleData: (ctx) => {
		const profile = ctx.profile();
		const merged = { ...(ctx.site.peopleData.get(profile.people_id) ?? {}), ...(ctx.body.data as Record<string, string>) };
		ctx.site.peopleData.set(profile.people_id, merged);
		ctx.store.touchProfile(ctx.websiteId, profile, { data: merged });
		return ctx.ok({});
	},
	getPeopleSubscriptionStatus: (ctx) => ctx.ok({ email: ctx.site.peopleSubscription.get(ctx.profile().people_id) ?? true }),
	updatePeopleSubscriptionStatus: (ctx) => {
		const profile = ctx.profile();
		ctx.site.peopleSubscription.set(profile.people_id, ctx.body.email === true);
		return ctx.ok({});
	},
	exportPeopleProfiles: (ctx) => ctx.ok({}),
	importPeopleProfiles: (ctx) => ctx.ok({ import_id: ctx.store.uuid() }),
};
