/**
 * Help center: portals (addressed by slug), categories, articles.
 *
 * Envelopes are not in the reference; they follow upstream's views (read at upstream HEAD):
 * `portals/index.json.jbuilder` → `{payload:[portal], meta:{current_page, portals_count}}`;
 * `portals/show.json.jbuilder` (create/update) → the bare portal. The spec documents
 * `{payload:[…]}` for create and `{payload: portal}` for update; we follow the views [I].
 */
import { ok, type Ctx, type RouteDef } from '../dsl';
import { notFound, recordInvalid } from '../errors';
import type { Article, Category, Portal } from '../types';
import { articleView, categoryView, portalView } from '../views';
import { asRecord } from './helpers';

const A = '/api/v1/accounts/{account_id}';

function findPortal(ctx: Ctx): Portal {
	const portal = ctx.state.portals.find((p) => p.account_id === ctx.acct.id && (p.slug === ctx.params.id || String(p.id) === ctx.params.id));
	if (!portal) throw notFound();
	return portal;
}

function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function applyPortal(source: Record<string, unknown>, portal: Partial<Portal>): void {
	for (const key of ['name', 'slug', 'color', 'custom_domain', 'header_text', 'homepage_link', 'page_title'] as const) {
		if (source[key] !== undefined) (portal as Record<string, unknown>)[key] = source[key] === null ? null : String(source[key]);
	}
	if (source.archived !== undefined) portal.archived = source.archived === true || source.archived === 'true';
	const config = asRecord(source.config);
	if (config) portal.config = config;
}

export function portalRoutes(): RouteDef[] {
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${A}/portals`,
			name: 'portals.index',
			access: admin,
			handle: (ctx) => {
				const portals = ctx.state.portals.filter((p) => p.account_id === ctx.acct.id);
				return ok({ payload: portals.map((p) => portalView(ctx.state, p)), meta: { current_page: ctx.page(), portals_count: portals.length } });
			},
		},
		{
			method: 'POST',
			path: `${A}/portals`,
			name: 'portals.create',
			access: admin,
			handle: (ctx) => {
				const source = asRecord(ctx.body.portal) ?? ctx.p;
				const draft: Partial<Portal> = { archived: false, config: {} };
				applyPortal(source, draft);
				const errors = [];
				if (!draft.name) errors.push({ attribute: 'name', message: "can't be blank" });
				if (!draft.slug) errors.push({ attribute: 'slug', message: "can't be blank" });
				if (draft.slug && ctx.state.portals.some((p) => p.slug === draft.slug)) errors.push({ attribute: 'slug', message: 'has already been taken' });
				if (errors.length) throw recordInvalid(errors);
				const portal: Portal = {
					id: ctx.state.nextId('portals'),
					account_id: ctx.acct.id,
					name: draft.name!,
					slug: draft.slug!,
					color: draft.color ?? null,
					custom_domain: draft.custom_domain ?? null,
					header_text: draft.header_text ?? null,
					homepage_link: draft.homepage_link ?? null,
					page_title: draft.page_title ?? null,
					archived: draft.archived ?? false,
					config: draft.config ?? {},
					channel_web_widget_id: null,
					created_at: ctx.state.now(),
				};
				ctx.state.portals.push(portal);
				return ok(portalView(ctx.state, portal));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/portals/{id}`,
			name: 'portals.update',
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const source = asRecord(ctx.body.portal) ?? ctx.p;
				const draft = { ...portal };
				applyPortal({ ...source, slug: source.slug ?? portal.slug }, draft);
				if (ctx.state.portals.some((p) => p.id !== portal.id && p.slug === draft.slug)) throw recordInvalid([{ attribute: 'slug', message: 'has already been taken' }]);
				Object.assign(portal, draft);
				return ok(portalView(ctx.state, portal));
			},
		},
		{
			method: 'POST',
			path: `${A}/portals/{id}/categories`,
			name: 'portals.categories.create',
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const source = asRecord(ctx.body.category) ?? ctx.p;
				const name = source.name === undefined ? '' : String(source.name);
				if (!name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				const locale = source.locale === undefined ? 'en' : String(source.locale);
				const slug = source.slug === undefined ? slugify(name) : String(source.slug);
				if (ctx.state.categories.some((c) => c.portal_id === portal.id && c.locale === locale && c.slug === slug)) {
					throw recordInvalid([{ attribute: 'slug', message: 'has already been taken' }]);
				}
				const category: Category = {
					id: ctx.state.nextId('categories'),
					account_id: ctx.acct.id,
					portal_id: portal.id,
					name,
					slug,
					description: source.description === undefined ? null : String(source.description),
					locale,
					position: Number(source.position ?? 0) || 0,
					icon: source.icon === undefined ? null : String(source.icon),
					parent_category_id: source.parent_category_id === undefined ? null : Number(source.parent_category_id),
					associated_category_id: source.associated_category_id === undefined ? null : Number(source.associated_category_id),
				};
				ctx.state.categories.push(category);
				return ok(categoryView(category));
			},
		},
		{
			method: 'POST',
			path: `${A}/portals/{id}/articles`,
			name: 'portals.articles.create',
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const source = asRecord(ctx.body.article) ?? ctx.p;
				const title = source.title === undefined ? '' : String(source.title);
				if (!title) throw recordInvalid([{ attribute: 'title', message: "can't be blank" }]);
				const now = ctx.state.now();
				const categoryId = source.category_id === undefined || source.category_id === null ? null : Number(source.category_id);
				if (categoryId !== null && !ctx.state.categories.some((c) => c.id === categoryId && c.portal_id === portal.id)) throw notFound();
				const article: Article = {
					id: ctx.state.nextId('articles'),
					account_id: ctx.acct.id,
					portal_id: portal.id,
					category_id: categoryId,
					author_id: source.author_id === undefined ? (ctx.user?.id ?? null) : Number(source.author_id),
					associated_article_id: source.associated_article_id === undefined ? null : Number(source.associated_article_id),
					title,
					slug: source.slug === undefined ? `${now}-${slugify(title)}` : String(source.slug),
					content: source.content === undefined ? null : String(source.content),
					description: source.description === undefined ? null : String(source.description),
					status: Number(source.status ?? 0) || 0,
					position: source.position === undefined ? null : Number(source.position),
					locale: source.locale === undefined ? 'en' : String(source.locale),
					meta: asRecord(source.meta) ?? {},
					views: 0,
					created_at: now,
					updated_at: now,
				};
				ctx.state.articles.push(article);
				return ok(articleView(article));
			},
		},
	];
}
