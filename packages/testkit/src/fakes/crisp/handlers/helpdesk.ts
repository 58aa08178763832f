/**
 * WebsiteHelpdesk (39 methods, the 11.x API [C-client]): the helpdesk, its locales, a tree of
 * groups (categories) and entries (articles) per locale and content type, addressed by path, with
 * content, metadata and pages; history, redirections, settings, domain, feedback, import/export.
 * The tree's `type` values ("group" / "entry") are [I] from the statistics' `entries` / `groups`.
 */
import { CrispError, type Ctx, type Handler } from '../context';
import type { Helpdesk, HelpdeskEntry, Json } from '../types';

const CONTENT_TYPES = ['articles', 'guides', 'references', 'news'];

function hd(ctx: Ctx): Helpdesk {
	const helpdesk = ctx.site.helpdesk;
	if (!helpdesk) throw new CrispError('notFound', 'helpdesk');
	return helpdesk;
}

function locale(ctx: Ctx) {
	return ctx.need(hd(ctx).locales, ctx.params.locale, 'locale');
}

function tree(ctx: Ctx): Map<string, HelpdeskEntry> {
	locale(ctx);
	const helpdesk = hd(ctx);
	const key = `${ctx.params.locale}/${ctx.params.contentType}`;
	let map = helpdesk.trees.get(key);
	if (!map) {
		map = new Map();
		helpdesk.trees.set(key, map);
	}
	return map;
}

function entry(ctx: Ctx): HelpdeskEntry {
	return ctx.need(tree(ctx), ctx.params.path, 'helpdesk path');
}

function url(ctx: Ctx, e: HelpdeskEntry): string {
	return `${hd(ctx).url}${ctx.params.locale}/${ctx.params.contentType}/${e.path}/`;
}

function view(map: Map<string, HelpdeskEntry>, e: HelpdeskEntry): Json {
	const children = [...map.values()].filter((c) => c.path.startsWith(`${e.path}/`) && !c.path.slice(e.path.length + 1).includes('/'));
	return { type: e.type, slug: e.slug, title: e.title, state: e.state, ...(e.type === 'group' ? { children: children.map((c) => view(map, c)) } : {}) };
}

function change(ctx: Ctx, message: string, path?: string) {
	const helpdesk = hd(ctx);
	helpdesk.changes.unshift({ change_id: ctx.store.uuid(), message, locale: ctx.params.locale, type: ctx.params.contentType, tree_path: path, author: { email: 'api@crisp.example', name: 'API' }, edits: { insertions: 1, deletions: 0 }, created_at: ctx.store.clock.now(), files: [] });
}

function statistics(helpdesk: Helpdesk, code: string): Json {
	return Object.fromEntries(
		CONTENT_TYPES.map((type) => {
			const entries = [...(helpdesk.trees.get(`${code}/${type}`)?.values() ?? [])];
			return [type, { entries: entries.filter((e) => e.type === 'entry').length, groups: entries.filter((e) => e.type === 'group').length }];
		}),
	);
}

export const helpdeskHandlers: Record<string, Handler> = {
	checkHelpdeskExists: (ctx) => {
		hd(ctx);
		return ctx.ok();
	},
	resolveHelpdesk: (ctx) => ctx.ok({ name: hd(ctx).name, url: hd(ctx).url }),
	initializeHelpdesk: (ctx) => {
		if (ctx.site.helpdesk) ctx.invalid('helpdesk already exists');
		ctx.site.helpdesk = ctx.store.newHelpdesk(ctx.body.name as string, ctx.body.domain_basic as string);
		return ctx.ok({});
	},
	deleteHelpdesk: (ctx) => {
		hd(ctx);
		ctx.site.helpdesk = undefined;
		return ctx.ok({});
	},
	listHelpdeskLocales: (ctx) => {
		const helpdesk = hd(ctx);
		return ctx.paged([...helpdesk.locales.values()].map((l) => ({ ...l, statistics: statistics(helpdesk, l.locale) })));
	},
	addHelpdeskLocale: (ctx) => {
		const helpdesk = hd(ctx);
		const code = ctx.body.locale as string;
		if (helpdesk.locales.has(code)) ctx.invalid(`locale ${code} exists`);
		helpdesk.locales.set(code, { locale_id: ctx.store.uuid(), locale: code, url: `${helpdesk.url}${code}/` });
		return ctx.ok({});
	},
	checkHelpdeskLocaleExists: (ctx) => {
		locale(ctx);
		return ctx.ok();
	},
	resolveHelpdeskLocale: (ctx) => ctx.ok({ ...locale(ctx), statistics: statistics(hd(ctx), ctx.params.locale) }),
	deleteHelpdeskLocale: (ctx) => {
		locale(ctx);
		const helpdesk = hd(ctx);
		helpdesk.locales.delete(ctx.params.locale);
		for (const key of [...helpdesk.trees.keys()]) if (key.startsWith(`${ctx.params.locale}/`)) helpdesk.trees.delete(key);
		return ctx.ok({});
	},
	listHelpdeskPages: (ctx) =>
		ctx.paged(
			[...tree(ctx).values()]
				.filter((e) => e.type === 'entry')
				.map((e) => ({ entity_id: e.entity_id, title: e.title, tree_path: e.path, url: url(ctx, e) })),
		),
	resolveHelpdeskPageEntity: (ctx) => {
		const found = [...tree(ctx).values()].find((e) => e.entity_id === ctx.params.entityID);
		if (!found) throw new CrispError('notFound', `entity ${ctx.params.entityID}`);
		return ctx.ok({ entity_id: found.entity_id, title: found.title, tree_path: found.path, url: url(ctx, found) });
	},
	listHelpdeskTree: (ctx) => {
		const map = tree(ctx);
		const sub = ctx.q('sub_path');
		const search = ctx.q('search_title')?.toLowerCase();
		const start = ctx.q('filter_date_start') ? Date.parse(ctx.q('filter_date_start') as string) : undefined;
		const end = ctx.q('filter_date_end') ? Date.parse(ctx.q('filter_date_end') as string) : undefined;
		let items = [...map.values()];
		if (search) items = items.filter((e) => e.title.toLowerCase().includes(search));
		else items = items.filter((e) => (sub ? e.path.startsWith(`${sub}/`) && !e.path.slice(sub.length + 1).includes('/') : !e.path.includes('/')));
		if (start !== undefined) items = items.filter((e) => e.updated_at >= start);
		if (end !== undefined) items = items.filter((e) => e.updated_at <= end);
		return ctx.paged(items.map((e) => view(map, e)));
	},
	createHelpdeskTreePath: (ctx) => {
		const map = tree(ctx);
		const path = ctx.params.path;
		if (map.has(path)) ctx.invalid(`path ${path} exists`);
		const now = ctx.store.clock.now();
		const parts = path.split('/');
		// [I] missing parent groups are created along the way.
		for (let i = 1; i <= parts.length; i++) {
			const sub = parts.slice(0, i).join('/');
			if (map.has(sub)) continue;
			const slug = parts[i - 1];
			map.set(sub, { path: sub, entity_id: ctx.store.uuid(), type: i < parts.length ? 'group' : 'entry', slug, title: slug, state: { published: false, hidden: false, featured: false }, content: '', metadata: { format: 'markdown', title: slug }, created_at: now, updated_at: now });
		}
		change(ctx, `Create ${path}`, path);
		return ctx.ok({});
	},
	resolveHelpdeskTreePath: (ctx) => ctx.ok(view(tree(ctx), entry(ctx))),
	updateHelpdeskTreePath: (ctx) => {
		const map = tree(ctx);
		const moved = entry(ctx);
		const to = (ctx.body.path as { to?: string } | undefined)?.to;
		if (to && to !== moved.path) {
			if (map.has(to)) ctx.invalid(`path ${to} exists`);
			for (const e of [...map.values()]) {
				if (e.path !== moved.path && !e.path.startsWith(`${moved.path}/`)) continue;
				map.delete(e.path);
				e.path = to + e.path.slice(moved.path.length);
				e.slug = e.path.split('/').pop() ?? e.path;
				e.updated_at = ctx.store.clock.now();
				map.set(e.path, e);
			}
		}
		change(ctx, `Update ${ctx.params.path}`, to ?? ctx.params.path);
		return ctx.ok({});
	},
	deleteHelpdeskTreePath: (ctx) => {
		const map = tree(ctx);
		const removed = entry(ctx);
		for (const key of [...map.keys()]) if (key === removed.path || key.startsWith(`${removed.path}/`)) map.delete(key);
		change(ctx, `Delete ${removed.path}`, removed.path);
		return ctx.ok({});
	},
	resolveHelpdeskTreeContent: (ctx) => ctx.ok({ content: entry(ctx).content }),
	saveHelpdeskTreeContent: (ctx) => {
		const e = entry(ctx);
		e.content = ctx.body.content as string;
		e.updated_at = ctx.store.clock.now();
		change(ctx, `Edit ${e.path}`, e.path);
		return ctx.ok({});
	},
	resolveHelpdeskTreeMetadata: (ctx) => {
		const e = entry(ctx);
		return ctx.ok({ ...e.metadata, title: e.title, state: e.state });
	},
	updateHelpdeskTreeMetadata: (ctx) => {
		const e = entry(ctx);
		e.metadata = { ...e.metadata, ...ctx.body };
		if (typeof ctx.body.title === 'string') e.title = ctx.body.title;
		if (ctx.body.state && typeof ctx.body.state === 'object') e.state = { ...e.state, ...(ctx.body.state as Json) };
		e.updated_at = ctx.store.clock.now();
		change(ctx, `Metadata ${e.path}`, e.path);
		return ctx.ok({});
	},
	resolveHelpdeskTreePage: (ctx) => {
		const e = entry(ctx);
		return ctx.ok({ title: e.title, url: url(ctx, e) });
	},
	listHelpdeskHistoryChanges: (ctx) => {
		const wanted = { locale: ctx.q('filter_locale'), type: ctx.q('filter_type'), tree_path: ctx.q('filter_tree_path') };
		return ctx.paged(hd(ctx).changes.filter((c) => Object.entries(wanted).every(([k, v]) => v === undefined || c[k] === v)));
	},
	resolveHelpdeskHistoryChange: (ctx) => {
		const found = hd(ctx).changes.find((c) => c.change_id === ctx.params.changeId);
		if (!found) throw new CrispError('notFound', `change ${ctx.params.changeId}`);
		return ctx.ok(found);
	},
	cancelHelpdeskHistoryChange: (ctx) => {
		const helpdesk = hd(ctx);
		const index = helpdesk.changes.findIndex((c) => c.change_id === ctx.params.changeId);
		if (index === -1) throw new CrispError('notFound', `change ${ctx.params.changeId}`);
		helpdesk.changes.splice(index, 1);
		return ctx.ok({});
	},
	requestHelpdeskContentRefresh: (ctx) => {
		tree(ctx);
		return ctx.ok({});
	},
	mapHelpdeskLocaleFeedbackRatings: (ctx) => {
		tree(ctx);
		const feedback = [...ctx.site.collection('helpdeskFeedback').values()].filter((f) => f.locale === ctx.params.locale);
		return ctx.ok({ ratings: { helpful: feedback.filter((f) => f.rating === 'helpful').length, unhelpful: feedback.filter((f) => f.rating === 'unhelpful').length } });
	},
	listHelpdeskLocaleFeedbacks: (ctx) => {
		tree(ctx);
		return ctx.paged([...ctx.site.collection('helpdeskFeedback').values()].filter((f) => f.locale === ctx.params.locale));
	},
	importExternalHelpdeskToLocale: (ctx) => {
		tree(ctx);
		return ctx.ok({});
	},
	exportHelpdeskLocaleArticles: (ctx) => {
		tree(ctx);
		return ctx.ok({});
	},
	listHelpdeskRedirections: (ctx) => ctx.paged([...hd(ctx).redirections.values()]),
	addHelpdeskRedirection: (ctx) => {
		const helpdesk = hd(ctx);
		const now = ctx.store.clock.now();
		const id = ctx.store.uuid();
		helpdesk.redirections.set(id, { redirection_id: id, path: ctx.body.path, target: ctx.body.target, created_at: now, updated_at: now });
		return ctx.ok({ redirection_id: id });
	},
	checkHelpdeskRedirectionExists: (ctx) => {
		ctx.need(hd(ctx).redirections, ctx.params.redirectionId, 'redirection');
		return ctx.ok();
	},
	resolveHelpdeskRedirection: (ctx) => ctx.ok(ctx.need(hd(ctx).redirections, ctx.params.redirectionId, 'redirection')),
	deleteHelpdeskRedirection: (ctx) => {
		ctx.need(hd(ctx).redirections, ctx.params.redirectionId, 'redirection');
		hd(ctx).redirections.delete(ctx.params.redirectionId);
		return ctx.ok({});
	},
	resolveHelpdeskSettings: (ctx) => ctx.ok(hd(ctx).settings),
	saveHelpdeskSettings: (ctx) => {
		const helpdesk = hd(ctx);
		for (const [key, value] of Object.entries(ctx.body)) {
			const current = helpdesk.settings[key];
			helpdesk.settings[key] = current && typeof current === 'object' && value && typeof value === 'object' ? { ...current, ...value } : value;
		}
		if (typeof ctx.body.name === 'string') helpdesk.name = ctx.body.name;
		return ctx.ok({});
	},
	resolveHelpdeskDomain: (ctx) => ctx.ok(hd(ctx).domain),
	requestHelpdeskDomainChange: (ctx) => {
		const domain = hd(ctx).domain;
		if (typeof ctx.body.basic === 'string') domain.basic = ctx.body.basic;
		if (typeof ctx.body.custom === 'string') {
			domain.custom = ctx.body.custom;
			domain.verified = false;
		}
		return ctx.ok({});
	},
	generateHelpdeskDomainSetupFlow: (ctx) => {
		const custom = ctx.q('custom') ?? hd(ctx).domain.custom ?? '';
		return ctx.ok({ custom, records: custom ? [{ type: 'CNAME', name: custom, value: 'helpdesk.crisp.chat' }] : [] });
	},
};
