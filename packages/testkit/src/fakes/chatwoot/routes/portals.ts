/**
 * Help center: portals (addressed by slug), categories, articles.
 *
 * Envelopes are not in the reference; they follow upstream's views (read at upstream HEAD):
 * `portals/index.json.jbuilder` → `{payload:[portal], meta:{current_page, portals_count}}`;
 * `portals/show.json.jbuilder` (create/update) → the bare portal. The spec documents
 * `{payload:[…]}` for create and `{payload: portal}` for update; we follow the views [I].
 *
 * Code-confirmed routes (upstream `config/routes.rb`, not in the spec; each declares its inputs,
 * the portal `{id}` being its slug or id):
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Response (upstream views, [I] where noted) |
 * |---|---|
 * | GET/DELETE /portals/{id} (slug)               | bare portal / `head :ok` |
 * | GET /portals/{id}/categories, GET/PATCH/DELETE …/categories/{category_id} | `{payload, meta}` / bare category |
 * | GET /portals/{id}/articles (25 per page [I]), GET/PATCH/DELETE …/articles/{article_id} | `{payload, meta}` / bare article |
 */
import { headOk, jsonBody, objectSchema, ok, pageParam, pathParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, recordInvalid } from '../errors';
import type { Article, Category, Portal } from '../types';
import { ARTICLE_STATUSES, articleView, categoryView, portalView } from '../views';
import { asRecord, paginate } from './helpers';

const A = '/api/v1/accounts/{account_id}';
/** [I] articles per page of GET /portals/{id}/articles. */
export const ARTICLES_PER_PAGE = 25;

function findPortal(ctx: Ctx): Portal {
	const portal = ctx.state.portals.find((p) => p.account_id === ctx.acct.id && (p.slug === ctx.params.id || String(p.id) === ctx.params.id));
	if (!portal) throw notFound();
	return portal;
}

function findCategory(ctx: Ctx, portal: Portal): Category {
	const raw = ctx.params.category_id ?? '';
	const category = /^\d+$/.test(raw) ? ctx.state.categories.find((c) => c.portal_id === portal.id && c.id === Number(raw)) : undefined;
	if (!category) throw notFound();
	return category;
}

function findArticle(ctx: Ctx, portal: Portal): Article {
	const raw = ctx.params.article_id ?? '';
	const article = /^\d+$/.test(raw) ? ctx.state.articles.find((a) => a.portal_id === portal.id && a.id === Number(raw)) : undefined;
	if (!article) throw notFound();
	return article;
}

function articleStatus(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return value;
	const text = String(value);
	if (/^\d+$/.test(text)) return Number(text);
	const index = ARTICLE_STATUSES.indexOf(text);
	if (index === -1) throw new HttpError(422, { error: `'${text}' is not a valid status` });
	return index;
}

function applyCategory(ctx: Ctx, category: Partial<Category>): void {
	const source = asRecord(ctx.body.category) ?? ctx.p;
	for (const key of ['name', 'slug', 'locale'] as const) if (source[key] !== undefined) category[key] = String(source[key]);
	if (source.description !== undefined) category.description = source.description === null ? null : String(source.description);
	if (source.icon !== undefined) category.icon = source.icon === null ? null : String(source.icon);
	if (source.position !== undefined) category.position = Number(source.position) || 0;
	for (const key of ['parent_category_id', 'associated_category_id'] as const) {
		if (source[key] !== undefined) category[key] = source[key] === null ? null : Number(source[key]);
	}
}

function applyArticle(ctx: Ctx, portal: Portal, article: Partial<Article>): void {
	const source = asRecord(ctx.body.article) ?? ctx.p;
	for (const key of ['title', 'slug', 'locale'] as const) if (source[key] !== undefined) article[key] = String(source[key]);
	for (const key of ['content', 'description'] as const) if (source[key] !== undefined) article[key] = source[key] === null ? null : String(source[key]);
	if (source.position !== undefined) article.position = source.position === null ? null : Number(source.position);
	const status = articleStatus(source.status);
	if (status !== undefined) article.status = status;
	if (source.category_id !== undefined) {
		const categoryId = source.category_id === null ? null : Number(source.category_id);
		if (categoryId !== null && !ctx.state.categories.some((c) => c.id === categoryId && c.portal_id === portal.id)) throw notFound();
		article.category_id = categoryId;
	}
	if (source.author_id !== undefined) article.author_id = source.author_id === null ? null : Number(source.author_id);
	if (source.associated_article_id !== undefined) article.associated_article_id = source.associated_article_id === null ? null : Number(source.associated_article_id);
	const meta = asRecord(source.meta);
	if (meta) article.meta = meta;
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
		...helpCenterCodeRoutes(),
	];
}

function helpCenterCodeRoutes(): RouteDef[] {
	const admin = { kind: 'account' as const, admin: true };
	const code = 'code' as const;
	const portalId = pathParam('id', { type: 'string' });
	const categoryBody = jsonBody(
		objectSchema({
			name: { type: 'string' },
			description: { type: 'string' },
			position: { type: 'integer' },
			slug: { type: 'string' },
			locale: { type: 'string' },
			icon: { type: 'string' },
			parent_category_id: { type: 'integer' },
			associated_category_id: { type: 'integer' },
		}),
	);
	const articleBody = jsonBody(
		objectSchema({
			title: { type: 'string' },
			slug: { type: 'string' },
			position: { type: 'integer' },
			content: { type: 'string' },
			description: { type: 'string' },
			category_id: { type: 'integer' },
			author_id: { type: 'integer' },
			associated_article_id: { type: 'integer' },
			status: { type: ['integer', 'string'] },
			locale: { type: 'string' },
			meta: { type: 'object' },
		}),
	);
	return [
		{
			method: 'GET',
			path: `${A}/portals/{id}`,
			name: 'portals.show',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => ok(portalView(ctx.state, findPortal(ctx))),
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}`,
			name: 'portals.destroy',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				ctx.state.portals = ctx.state.portals.filter((p) => p !== portal);
				ctx.state.categories = ctx.state.categories.filter((c) => c.portal_id !== portal.id);
				ctx.state.articles = ctx.state.articles.filter((a) => a.portal_id !== portal.id);
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/categories`,
			name: 'portals.categories.index',
			source: code,
			spec: { params: [portalId, queryParam('locale', { type: 'string' })] },
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const locale = ctx.str('locale');
				const list = ctx.state.categories.filter((c) => c.portal_id === portal.id && (!locale || c.locale === locale));
				return ok({ payload: list.map(categoryView), meta: { current_page: 1, categories_count: list.length } });
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.show',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => ok(categoryView(findCategory(ctx, findPortal(ctx)))),
		},
		{
			method: 'PATCH',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.update',
			source: code,
			spec: { params: [portalId], body: categoryBody },
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const category = findCategory(ctx, portal);
				const draft = { ...category };
				applyCategory(ctx, draft);
				if (!draft.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				if (ctx.state.categories.some((c) => c.id !== category.id && c.portal_id === portal.id && c.locale === draft.locale && c.slug === draft.slug)) {
					throw recordInvalid([{ attribute: 'slug', message: 'has already been taken' }]);
				}
				Object.assign(category, draft);
				return ok(categoryView(category));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.destroy',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => {
				const category = findCategory(ctx, findPortal(ctx));
				ctx.state.categories = ctx.state.categories.filter((c) => c !== category);
				for (const a of ctx.state.articles) if (a.category_id === category.id) a.category_id = null;
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/articles`,
			name: 'portals.articles.index',
			source: code,
			spec: {
				params: [
					portalId,
					pageParam,
					queryParam('locale', { type: 'string' }),
					queryParam('category_slug', { type: 'string' }),
					queryParam('status', { type: 'string', enum: ARTICLE_STATUSES }),
					queryParam('author_id', { type: 'integer' }),
					queryParam('query', { type: 'string' }),
				],
			},
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const inPortal = ctx.state.articles.filter((a) => a.portal_id === portal.id);
				const locale = ctx.str('locale');
				const categorySlug = ctx.str('category_slug');
				const status = articleStatus(ctx.p.status);
				const authorId = ctx.int('author_id');
				const query = ctx.str('query')?.toLowerCase();
				const category = categorySlug ? ctx.state.categories.find((c) => c.portal_id === portal.id && c.slug === categorySlug) : undefined;
				const scoped = inPortal.filter(
					(a) =>
						(!locale || a.locale === locale) &&
						(!categorySlug || (category !== undefined && a.category_id === category.id)) &&
						(!query || a.title.toLowerCase().includes(query) || (a.content ?? '').toLowerCase().includes(query)),
				);
				const list = scoped.filter((a) => (status === undefined || a.status === status) && (authorId === undefined || a.author_id === authorId)).sort((a, b) => b.updated_at - a.updated_at || b.id - a.id);
				const count = (s: number) => scoped.filter((a) => a.status === s).length;
				return ok({
					payload: paginate(list, ctx.page(), ARTICLES_PER_PAGE).map(articleView),
					meta: {
						all_articles_count: scoped.length,
						archived_articles_count: count(2),
						articles_count: list.length,
						current_page: ctx.page(),
						draft_articles_count: count(0),
						mine_articles_count: scoped.filter((a) => a.author_id === ctx.user?.id).length,
						published_count: count(1),
					},
				});
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.show',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => ok(articleView(findArticle(ctx, findPortal(ctx)))),
		},
		{
			method: 'PATCH',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.update',
			source: code,
			spec: { params: [portalId], body: articleBody },
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const article = findArticle(ctx, portal);
				const draft = { ...article };
				applyArticle(ctx, portal, draft);
				if (!draft.title) throw recordInvalid([{ attribute: 'title', message: "can't be blank" }]);
				Object.assign(article, draft, { updated_at: ctx.state.now() });
				return ok(articleView(article));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.destroy',
			source: code,
			spec: { params: [portalId] },
			access: admin,
			handle: (ctx) => {
				const article = findArticle(ctx, findPortal(ctx));
				ctx.state.articles = ctx.state.articles.filter((a) => a !== article);
				return headOk();
			},
		},
	];
}
