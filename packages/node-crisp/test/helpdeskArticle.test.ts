/**
 * Helpdesk Article resource: the tree of a locale and content type, addressed by path. The seed's
 * en/articles tree: getting-started (group) with install and first-steps, billing (group) with
 * refunds. A path of several slugs is several URL segments, each encoded on its own, as Crisp's
 * clients send it.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'helpdeskArticle', operation, ...parameters });
const tree = (key = 'en/articles') => h.fake.site().helpdesk!.trees.get(key)!;
const entry = (path: string) => tree().get(path)!;
const at = { locale: 'en', contentType: 'articles' };
const state = (featured = false) => ({ published: true, hidden: false, featured });

describe('helpdesk article: the tree', () => {
	it('getAll: the top of the tree, groups with their children, page by page', async () => {
		const items = await run('getAll', { ...at, returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/tree/list/en/articles/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/tree/list/en/articles/2`, query: {} },
		]);
		expect(jsonOf(items)).toEqual([
			{
				type: 'group',
				slug: 'getting-started',
				title: 'Getting started',
				state: state(),
				children: [
					{ type: 'entry', slug: 'install', title: 'Install the chatbox', state: state(true) },
					{ type: 'entry', slug: 'first-steps', title: 'First steps', state: state() },
				],
			},
			{ type: 'group', slug: 'billing', title: 'Billing', state: state(), children: [{ type: 'entry', slug: 'refunds', title: 'Refunds', state: state() }] },
		]);
	});

	it('getAll: filters as Crisp names them (sub_path without its slashes, search_title, dates in UTC)', async () => {
		const items = await run('getAll', { ...at, returnAll: false, limit: 10, filters: { subPath: '/getting-started/', dateStart: '2020-01-01T00:00:00Z' } });
		expect(h.requests()[0]).toEqual({
			method: 'GET',
			path: `${W()}/helpdesk/tree/list/en/articles/1`,
			query: { sub_path: 'getting-started', filter_date_start: '2020-01-01T00:00:00.000Z' },
		});
		expect(jsonOf(items).map((e) => e.slug)).toEqual(['install', 'first-steps']);
		h.fake.clearLog();
		const found = await run('getAll', { ...at, returnAll: false, limit: 1, filters: { searchTitle: 'refund' } });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/tree/list/en/articles/1`, query: { search_title: 'refund' } }]);
		expect(jsonOf(found)).toEqual([{ type: 'entry', slug: 'refunds', title: 'Refunds', state: state() }]);
	});

	it('create: POST {} to the path as URL segments, each slug encoded; Crisp makes the groups on the way', async () => {
		const items = await run('create', { ...at, path: ' /faq / what is crisp?/ ' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk/tree/path/en/articles/faq/what is crisp?`, query: {}, body: {} }]);
		expect(h.fake.requests[0].rawPath).toBe(`${W()}/helpdesk/tree/path/en/articles/faq/what%20is%20crisp%3F`);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'articles', path: 'faq/what is crisp?' }]);
		expect(entry('faq')).toMatchObject({ type: 'group' });
		expect(entry('faq/what is crisp?')).toMatchObject({ type: 'entry', slug: 'what is crisp?' });
	});

	it('create: refuses ".." or "." as a slug, an empty slug and an empty path, before any request', async () => {
		await refused(h, { resource: 'helpdeskArticle', operation: 'create', ...at, path: 'billing/../../settings' }, 'Path', /has a part that cannot be "\.\."/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'create', ...at, path: './x' }, 'Path', /has a part that cannot be "\."/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'create', ...at, path: 'billing//x' }, 'Path', /empty part/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'create', ...at, path: '/' }, 'Path', /is empty/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'create', ...at }, 'Path', /is required/);
	});

	it('create: a slug with "/" cannot be sent as one segment, so "a%2Fb" stays literal text', async () => {
		await run('create', { ...at, path: 'billing/50%2F50' });
		expect(h.fake.requests[0].rawPath).toBe(`${W()}/helpdesk/tree/path/en/articles/billing/50%252F50`);
	});

	it('get: GET /helpdesk/tree/path/{locale}/{contentType}/{path}', async () => {
		const items = await run('get', { ...at, path: 'getting-started/install' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/tree/path/en/articles/getting-started/install`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ type: 'entry', slug: 'install', title: 'Install the chatbox', state: state(true) }]);
	});

	it('get: an unknown path fails with Crisp\'s not_found (404)', async () => {
		await apiError(h, { resource: 'helpdeskArticle', operation: 'get', ...at, path: 'billing/nothing' }, 404, 'not_found');
	});

	it('update: moves an entry (PATCH {action: "move", path: {to}})', async () => {
		const items = await run('update', { ...at, path: 'billing/refunds', treeAction: 'move', newPath: '/getting-started/refunds/' });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/helpdesk/tree/path/en/articles/billing/refunds`, query: {}, body: { action: 'move', path: { to: 'getting-started/refunds' } } },
		]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'articles', path: 'billing/refunds', new_path: 'getting-started/refunds' }]);
		expect(tree().has('billing/refunds')).toBe(false);
		expect(entry('getting-started/refunds')).toMatchObject({ title: 'Refunds' });
	});

	it('update: another action with a position only', async () => {
		await run('update', { ...at, path: 'billing', treeAction: 'reorder', position: 0 });
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/helpdesk/tree/path/en/articles/billing`, query: {}, body: { action: 'reorder', position: 0 } }]);
	});

	it('update: refuses a move without a new path, a bad new path and a position that is not a whole number', async () => {
		await refused(h, { resource: 'helpdeskArticle', operation: 'update', ...at, path: 'billing', treeAction: 'move' }, 'New Path', /is required to move/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'update', ...at, path: 'billing', treeAction: 'move', newPath: 'a/../b' }, 'New Path', /cannot be "\.\."/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'update', ...at, path: 'billing', treeAction: 'reorder', position: 1.5 }, 'Position', /whole number/);
	});

	it('delete: DELETE a group with what is under it', async () => {
		const items = await run('delete', { ...at, path: 'getting-started' });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/helpdesk/tree/path/en/articles/getting-started`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'articles', path: 'getting-started' }]);
		expect([...tree().keys()]).toEqual(['billing', 'billing/refunds']);
	});
});

describe('helpdesk article: content, metadata and pages', () => {
	it('getContent: GET /helpdesk/tree/content/…', async () => {
		const items = await run('getContent', { ...at, path: 'billing/refunds' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/tree/content/en/articles/billing/refunds`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ content: '# Refunds\n\nStep by step.' }]);
	});

	it('saveContent: PUT {content}', async () => {
		const items = await run('saveContent', { ...at, path: 'billing/refunds', content: '# Refunds\n\nWithin 30 days.' });
		expect(h.requests()).toEqual([{ method: 'PUT', path: `${W()}/helpdesk/tree/content/en/articles/billing/refunds`, query: {}, body: { content: '# Refunds\n\nWithin 30 days.' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'articles', path: 'billing/refunds' }]);
		expect(entry('billing/refunds').content).toBe('# Refunds\n\nWithin 30 days.');
		await refused(h, { resource: 'helpdeskArticle', operation: 'saveContent', ...at, path: 'billing/refunds', content: '  ' }, 'Content', /is required/);
	});

	it('getMetadata: GET /helpdesk/tree/metadata/…', async () => {
		const items = await run('getMetadata', { locale: 'es', contentType: 'articles', path: 'primeros-pasos/instalar' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/tree/metadata/es/articles/primeros-pasos/instalar`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ format: 'markdown', title: 'Instalar el chat', description: 'Instalar el chat (es)', state: state() }]);
	});

	it('updateMetadata: PATCH title, state and author as Crisp groups them', async () => {
		const author = [...h.fake.site().operators.values()].find((o) => o.type === 'operator')!.details.user_id;
		const items = await run('updateMetadata', { ...at, path: 'billing/refunds', updateFields: { title: 'Refunds and returns', published: false, featured: true, authorId: author } });
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `${W()}/helpdesk/tree/metadata/en/articles/billing/refunds`,
				query: {},
				body: { title: 'Refunds and returns', state: { published: false, featured: true }, author: { user_id: author } },
			},
		]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'articles', path: 'billing/refunds' }]);
		expect(entry('billing/refunds')).toMatchObject({ title: 'Refunds and returns', state: { published: false, hidden: false, featured: true } });
	});

	it('updateMetadata: refuses nothing to change and an image that is not a URL', async () => {
		await refused(h, { resource: 'helpdeskArticle', operation: 'updateMetadata', ...at, path: 'billing', updateFields: {} }, 'Update Fields', /needs at least one field/);
		await refused(h, { resource: 'helpdeskArticle', operation: 'updateMetadata', ...at, path: 'billing', updateFields: { image: 'logo.png' } }, 'Update Fields → Image URL', /http\(s\) URL/);
	});

	it('getPage: GET /helpdesk/tree/page/… gives the title and public URL', async () => {
		const items = await run('getPage', { ...at, path: 'getting-started/first-steps' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/tree/page/en/articles/getting-started/first-steps`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ title: 'First steps', url: 'https://acme.help.crisp.chat/en/articles/getting-started/first-steps/' }]);
	});

	it('getPages: the public pages of a locale, page by page', async () => {
		const items = await run('getPages', { ...at, returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/page/list/en/articles/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/page/list/en/articles/2`, query: {} },
		]);
		const page = (path: string) => ({ entity_id: entry(path).entity_id, title: entry(path).title, tree_path: path, url: `https://acme.help.crisp.chat/en/articles/${path}/` });
		expect(jsonOf(items)).toEqual([page('getting-started/install'), page('getting-started/first-steps'), page('billing/refunds')]);
	});

	it('getPageByEntity: GET /helpdesk/page/entity/{locale}/{contentType}/{entityId}', async () => {
		const id = entry('billing/refunds').entity_id;
		const items = await run('getPageByEntity', { ...at, entityId: id });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/page/entity/en/articles/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ entity_id: id, title: 'Refunds', tree_path: 'billing/refunds', url: 'https://acme.help.crisp.chat/en/articles/billing/refunds/' }]);
		await refused(h, { resource: 'helpdeskArticle', operation: 'getPageByEntity', ...at, entityId: '..' }, 'Entity ID', /another endpoint/);
	});
});
