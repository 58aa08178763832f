/**
 * Campaign Template resource. The seed has one template, "Plain" (html).
 */
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'campaignTemplate', operation, ...parameters });
const templates = () => h.fake.site().templates;
const plain = () => [...templates().values()].find((t) => t.name === 'Plain')!;
const plainId = () => plain().template_id as string;

describe('campaign template', () => {
	it('getAll: pages through /campaigns/templates/{page}; the list leaves the content out', async () => {
		const items = await run('getAll', { returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/campaigns/templates/1`, query: {} },
			{ method: 'GET', path: `${W()}/campaigns/templates/2`, query: {} },
		]);
		const { content: _content, ...excerpt } = plain();
		expect(jsonOf(items)).toEqual([excerpt]);
	});

	it('create: POST /campaigns/template {format, name}; gives the new template_id', async () => {
		const items = await run('create', { name: 'Newsletter', format: 'html' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/campaigns/template`, query: {}, body: { format: 'html', name: 'Newsletter' } }]);
		const created = [...templates().values()].find((t) => t.name === 'Newsletter')!;
		expect(jsonOf(items)).toEqual([{ template_id: created.template_id, name: 'Newsletter', format: 'html' }]);
		await refused(h, { resource: 'campaignTemplate', operation: 'create', name: 'X', format: 'pdf' }, 'Format', /html, markdown/);
	});

	it('get: GET /campaigns/template/{id} with its content', async () => {
		const items = await run('get', { templateId: byId(plainId()) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/campaigns/template/${plainId()}`, query: {} }]);
		expect(jsonOf(items)).toEqual([plain()]);
		expect(jsonOf(items)[0].content).toBe('<p>{{ message }}</p>');
	});

	it('exists: HEAD gives true, or false for an unknown template', async () => {
		expect(jsonOf(await run('exists', { templateId: byId(plainId()) }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('exists', { templateId: byId('7a7a7a7a-0000-4000-8000-000000000000') }))).toEqual([{ exists: false }]);
		expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD ${W()}/campaigns/template/${plainId()}`, `HEAD ${W()}/campaigns/template/7a7a7a7a-0000-4000-8000-000000000000`]);
	});

	it('update: PATCH only the content', async () => {
		const content = '<html><body>{{ message }} <a href="{{url.unsubscribe}}">Unsubscribe</a></body></html>';
		const items = await run('update', { templateId: byId(plainId()), templateFields: { content } });
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/campaigns/template/${plainId()}`, query: {}, body: { content } }]);
		expect(jsonOf(items)).toEqual([{ success: true, template_id: plainId() }]);
		expect(plain()).toMatchObject({ name: 'Plain', format: 'html', content });
		await refused(h, { resource: 'campaignTemplate', operation: 'update', templateId: byId(plainId()), templateFields: {} }, 'Template Fields', /needs at least one field/);
	});

	it('replace: PUT the whole template', async () => {
		const id = plainId();
		const items = await run('replace', { templateId: byId(id), templateFields: { name: 'Plain text', format: 'markdown', content: '{{ message }}' } });
		expect(h.requests()).toEqual([{ method: 'PUT', path: `${W()}/campaigns/template/${id}`, query: {}, body: { name: 'Plain text', format: 'markdown', content: '{{ message }}' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, template_id: id }]);
		expect(templates().get(id)).toMatchObject({ name: 'Plain text', format: 'markdown', content: '{{ message }}' });
	});

	it('delete: DELETE /campaigns/template/{id}; again gives not_found', async () => {
		const id = plainId();
		const items = await run('delete', { templateId: byId(id) });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/campaigns/template/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, template_id: id }]);
		expect(templates().size).toBe(0);
		await apiError(h, { resource: 'campaignTemplate', operation: 'delete', templateId: byId(id) }, 404, 'not_found');
	});

	it('searchCampaignTemplates: the dropdown lists templates by name and format, filtered by name', async () => {
		expect((await h.listSearch('searchCampaignTemplates')).results).toEqual([{ name: 'Plain (HTML)', value: plainId() }]);
		expect((await h.listSearch('searchCampaignTemplates', 'news')).results).toEqual([]);
		expect(h.requests().map((r) => r.path)).toEqual([`${W()}/campaigns/templates/1`, `${W()}/campaigns/templates/1`]);
	});
});
