/**
 * Admin group: Help Center portals (addressed by slug), categories and articles.
 */
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const portals = () => h.fake.state.portals.filter((p) => p.account_id === h.fake.accountId);
const portalBySlug = (slug: string) => portals().find((p) => p.slug === slug);

describe('portal', () => {
	it('getAll: unwraps {payload}; Limit slices; sends the token', async () => {
		const items = await h.run({ resource: 'portal', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/portals`, query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(items).map((p) => p.slug)).toEqual(portals().map((p) => p.slug));
		h.fake.clearLog();
		expect(await h.run({ resource: 'portal', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('create: POST name, slug, locales folded into config', async () => {
		const items = await h.run({
			resource: 'portal',
			operation: 'create',
			name: 'Docs',
			slug: 'docs',
			additionalFields: { color: '#000000', allowedLocales: 'en, es', defaultLocale: 'en', archived: false },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/portals`,
			query: {},
			body: { name: 'Docs', slug: 'docs', color: '#000000', archived: false, config: { allowed_locales: ['en', 'es'], default_locale: 'en' } },
		});
		const created = portalBySlug('docs')!;
		expect(created).toMatchObject({ name: 'Docs', color: '#000000', config: { allowed_locales: ['en', 'es'], default_locale: 'en' } });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: created.id, slug: 'docs', name: 'Docs' })]);
		h.fake.clearLog();
		await h.refused({ resource: 'portal', operation: 'create', name: 'X', slug: 'has space' }, 'Slug');
		await h.refused({ resource: 'portal', operation: 'create', name: 'X', slug: 'x', additionalFields: { config: '{"a":' } }, 'Additional Fields → Config (JSON)');
	});

	it('get: GET /portals/{slug}', async () => {
		const items = await h.run({ resource: 'portal', operation: 'get', portalSlug: byId('docs') });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/portals/docs`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id: portalBySlug('docs')!.id, slug: 'docs' })]);
	});

	it('update: PATCH by slug', async () => {
		const items = await h.run({ resource: 'portal', operation: 'update', portalSlug: byId('docs'), updateFields: { headerText: 'Find answers', pageTitle: 'Docs' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/portals/docs`, query: {}, body: { header_text: 'Find answers', page_title: 'Docs' } });
		expect(portalBySlug('docs')).toMatchObject({ header_text: 'Find answers', page_title: 'Docs' });
		expect(jsonOf(items)[0]).toMatchObject({ slug: 'docs', header_text: 'Find answers' });
		h.fake.clearLog();
		await h.refused({ resource: 'portal', operation: 'update', portalSlug: byId('docs'), updateFields: {} }, 'Update Fields');
	});

	it('API error: a slug with slashes is one encoded segment and 404s', async () => {
		await h.apiError({ resource: 'portal', operation: 'get', portalSlug: byId('12/../../x') }, 404, 'Resource could not be found');
		expect(h.fake.requests[0].rawPath).toBe(`${h.A()}/portals/12%2F..%2F..%2Fx`);
	});

	it('refuses a missing portal', async () => {
		await h.refused({ resource: 'portal', operation: 'get' }, 'Portal');
	});
});

describe('category', () => {
	let id: number;
	const category = () => h.fake.state.categories.find((c) => c.id === id);
	const categoriesOf = (slug: string) => h.fake.state.categories.filter((c) => c.portal_id === portalBySlug(slug)!.id);

	it('create: POST name, locale, slug made from the name', async () => {
		const items = await h.run({ resource: 'category', operation: 'create', portalSlug: byId('docs'), name: 'Getting Started', locale: 'en', additionalFields: { position: 2, icon: '🚀' } });
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/portals/docs/categories`,
			query: {},
			body: { name: 'Getting Started', locale: 'en', slug: 'getting-started', position: 2, icon: '🚀' },
		});
		id = categoriesOf('docs').find((c) => c.name === 'Getting Started')!.id;
		expect(category()).toMatchObject({ slug: 'getting-started', position: 2, icon: '🚀', locale: 'en' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: 'Getting Started', slug: 'getting-started' })]);
		h.fake.clearLog();
		await h.refused({ resource: 'category', operation: 'create', portalSlug: byId('docs'), name: 'X', locale: 'en', additionalFields: { slug: 'Bad Slug' } }, 'Additional Fields → Slug');
		await h.refused({ resource: 'category', operation: 'create', portalSlug: byId('docs'), name: 'X', locale: 'en', additionalFields: { parentCategoryId: 'billing' } }, 'Additional Fields → Parent Category Name or ID');
	});

	it('getAll: the categories of the portal, filtered by locale; Limit slices', async () => {
		const items = await h.run({ resource: 'category', operation: 'getAll', portalSlug: byId('docs'), locale: 'en', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/portals/docs/categories`, query: { locale: 'en' } });
		expect(jsonOf(items).map((c) => c.id)).toEqual(categoriesOf('docs').filter((c) => c.locale === 'en').map((c) => c.id));
		h.fake.clearLog();
		const seeded = await h.run({ resource: 'category', operation: 'getAll', portalSlug: byId('acme-help'), returnAll: false, limit: 1 });
		expect(h.only().query).toEqual({});
		expect(jsonOf(seeded).map((c) => c.id)).toEqual([categoriesOf('acme-help')[0].id]);
	});

	it('get: GET one category', async () => {
		const items = await h.run({ resource: 'category', operation: 'get', portalSlug: byId('docs'), categoryId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/portals/docs/categories/${id}`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: category()!.name })]);
		h.fake.clearLog();
		await h.refused({ resource: 'category', operation: 'get', portalSlug: byId('docs'), categoryId: byId('12/../../x') }, 'Category');
	});

	it('update: PATCH the description', async () => {
		const items = await h.run({ resource: 'category', operation: 'update', portalSlug: byId('docs'), categoryId: byId(id), updateFields: { description: 'First steps' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/portals/docs/categories/${id}`, query: {}, body: { description: 'First steps' } });
		expect(category()!.description).toBe('First steps');
		expect(jsonOf(items)[0]).toMatchObject({ id, description: 'First steps' });
	});

	it('delete and API error', async () => {
		const items = await h.run({ resource: 'category', operation: 'create', portalSlug: byId('docs'), name: 'Temp', locale: 'en' });
		const tempId = jsonOf(items)[0].id as number;
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'category', operation: 'delete', portalSlug: byId('docs'), categoryId: byId(tempId) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/portals/docs/categories/${tempId}`, query: {} });
		expect(h.fake.state.categories.some((c) => c.id === tempId)).toBe(false);
		h.fake.clearLog();
		await h.apiError({ resource: 'category', operation: 'get', portalSlug: byId('docs'), categoryId: byId(tempId) }, 404, 'Resource could not be found');
	});
});

describe('article', () => {
	let id: number;
	const article = () => h.fake.state.articles.find((a) => a.id === id);
	const alice = () => h.fake.seeded!.users.alice;

	it('create: POST title, content, author and status', async () => {
		const categoryId = h.fake.state.categories.find((c) => c.portal_id === portalBySlug('docs')!.id)!.id;
		const items = await h.run({
			resource: 'article',
			operation: 'create',
			portalSlug: byId('docs'),
			title: 'Install the widget',
			content: '# Install\n\nPaste the script.',
			authorId: byId(alice()),
			additionalFields: { status: 'published', categoryId: String(categoryId), locale: 'en', meta: '{"tags":["widget"]}' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/portals/docs/articles`,
			query: {},
			body: { title: 'Install the widget', content: '# Install\n\nPaste the script.', author_id: alice(), category_id: categoryId, status: 1, locale: 'en', meta: { tags: ['widget'] } },
		});
		id = h.fake.state.articles.find((a) => a.title === 'Install the widget')!.id;
		expect(article()).toMatchObject({ status: 1, author_id: alice(), category_id: categoryId, meta: { tags: ['widget'] } });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, title: 'Install the widget', status: 'published' })]);
		h.fake.clearLog();
		await h.refused({ resource: 'article', operation: 'create', portalSlug: byId('docs'), title: 'X', content: 'Y' }, 'Author');
		await h.refused({ resource: 'article', operation: 'create', portalSlug: byId('docs'), title: 'X', content: 'Y', authorId: byId(alice()), additionalFields: { status: 'live' } }, 'Additional Fields → Status');
	});

	it('getAll: Return All walks the pages; Limit stops early', async () => {
		const portal = portalBySlug('docs')!;
		for (let i = 0; i < 30; i++) {
			h.fake.state.articles.push({ ...article()!, id: h.fake.state.nextId('articles'), title: `Bulk ${i}`, slug: `bulk-${i}`, portal_id: portal.id });
		}
		const mineAll = () => h.fake.state.articles.filter((a) => a.portal_id === portal.id);
		const items = await h.run({ resource: 'article', operation: 'getAll', portalSlug: byId('docs'), returnAll: true });
		expect(h.fake.requests.every((r) => r.method === 'GET' && r.path === `${h.A()}/portals/docs/articles`)).toBe(true);
		// 31 articles, 25 per page: two pages, and the total (meta.articles_count) ends the walk.
		expect(h.fake.requests.map((r) => r.query.page)).toEqual(['1', '2']);
		const ids = jsonOf(items).map((a) => a.id);
		expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual(mineAll().map((a) => a.id).sort((a, b) => a - b));
		expect(new Set(ids).size).toBe(ids.length);

		h.fake.clearLog();
		const limit27 = await h.run({ resource: 'article', operation: 'getAll', portalSlug: byId('docs'), returnAll: false, limit: 27 });
		expect(h.fake.requests.map((r) => r.query.page)).toEqual(['1', '2']);
		expect(new Set(jsonOf(limit27).map((a) => a.id)).size).toBe(27);
		expect(jsonOf(limit27).map((a) => a.id)).toEqual(ids.slice(0, 27));

		h.fake.clearLog();
		const limited = await h.run({ resource: 'article', operation: 'getAll', portalSlug: byId('docs'), returnAll: false, limit: 3, filters: { status: 'published', locale: 'en' } });
		expect(h.only().query).toEqual({ page: '1', status: 'published', locale: 'en' });
		expect(limited).toHaveLength(3);
	});

	it('get: GET one article', async () => {
		const items = await h.run({ resource: 'article', operation: 'get', portalSlug: byId('docs'), articleId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/portals/docs/articles/${id}`, query: {} });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, title: article()!.title })]);
	});

	it('update: PATCH to archive', async () => {
		const items = await h.run({ resource: 'article', operation: 'update', portalSlug: byId('docs'), articleId: byId(id), updateFields: { status: 'archived', title: 'Old widget' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/portals/docs/articles/${id}`, query: {}, body: { title: 'Old widget', status: 2 } });
		expect(article()).toMatchObject({ status: 2, title: 'Old widget' });
		expect(jsonOf(items)[0]).toMatchObject({ id, status: 'archived' });
		h.fake.clearLog();
		await h.refused({ resource: 'article', operation: 'update', portalSlug: byId('docs'), articleId: byId(id), updateFields: { authorId: 'alice' } }, 'Update Fields → Author Name or ID');
	});

	it('delete and API error', async () => {
		expect(jsonOf(await h.run({ resource: 'article', operation: 'delete', portalSlug: byId('docs'), articleId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/portals/docs/articles/${id}`, query: {} });
		expect(article()).toBeUndefined();
		h.fake.clearLog();
		await h.apiError({ resource: 'article', operation: 'get', portalSlug: byId('docs'), articleId: byId(id) }, 404, 'Resource could not be found');
	});

	it('portal delete: DELETE /portals/{slug}', async () => {
		const items = await h.run({ resource: 'portal', operation: 'delete', portalSlug: byId('docs') });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/portals/docs`, query: {} });
		expect(portalBySlug('docs')).toBeUndefined();
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});
});
