/**
 * Helpdesk resource: the website's knowledge base as a whole (get, exists, initialize, settings,
 * domain, refresh, import, export), against the fake Crisp server's route table.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const helpdesk = () => h.fake.site().helpdesk;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'helpdesk', operation, ...parameters });

describe('helpdesk', () => {
	it('get: GET /helpdesk gives its name and URL', async () => {
		const items = await run('get');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ name: 'Acme Help', url: 'https://acme.help.crisp.chat/' }]);
	});

	it('get: a website without a helpdesk fails with Crisp\'s not_found (404)', async () => {
		h.fake.site().helpdesk = undefined;
		await apiError(h, { resource: 'helpdesk', operation: 'get' }, 404, 'not_found');
	});

	it('exists: HEAD /helpdesk gives true, then false once the helpdesk is gone', async () => {
		expect(jsonOf(await run('exists'))).toEqual([{ exists: true }]);
		expect(h.requests()).toEqual([{ method: 'HEAD', path: `${W()}/helpdesk`, query: {} }]);
		h.fake.site().helpdesk = undefined;
		expect(jsonOf(await run('exists'))).toEqual([{ exists: false }]);
	});

	it('exists: a failure other than 404 is an error, not "false"', async () => {
		h.fake.token('plugin').denied = ['checkHelpdeskExists'];
		const error = await h.runError({ resource: 'helpdesk', operation: 'exists' });
		expect(error.httpCode).toBe('403');
	});

	it('initialize: POST /helpdesk with the name and subdomain', async () => {
		h.fake.site().helpdesk = undefined;
		const items = await run('initialize', { name: 'Docs', domainBasic: ' docs-acme ' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk`, query: {}, body: { name: 'Docs', domain_basic: 'docs-acme' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, name: 'Docs', domain_basic: 'docs-acme' }]);
		expect(helpdesk()).toMatchObject({ name: 'Docs', url: 'https://docs-acme.help.crisp.chat/' });
	});

	it('initialize: refuses a subdomain that is not a DNS label, and a missing name', async () => {
		await refused(h, { resource: 'helpdesk', operation: 'initialize', name: 'Docs', domainBasic: 'docs.acme' }, 'Subdomain', /letters, digits and "-"/);
		await refused(h, { resource: 'helpdesk', operation: 'initialize', domainBasic: 'docs' }, 'Name', /is required/);
	});

	it('getSettings: GET /helpdesk/settings', async () => {
		const items = await run('getSettings');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/settings`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ name: 'Acme Help', behavior: { ask_feedback: true, show_chatbox: true }, localization: { writing_locale: 'en' } }]);
	});

	it('getSettings: leaves out the access password and JWT secret, keeps the access mode', async () => {
		helpdesk()!.settings.access = { restrict_mode: 'password', password: 'hunter2', jwt_secret: 's3cr3t' };
		const items = await run('getSettings');
		expect(jsonOf(items)).toEqual([
			{ name: 'Acme Help', behavior: { ask_feedback: true, show_chatbox: true }, localization: { writing_locale: 'en' }, access: { restrict_mode: 'password' } },
		]);
		expect(JSON.stringify(items)).not.toMatch(/hunter2|s3cr3t/);
	});

	it('updateSettings: PATCH only the groups set; included HTML goes under include.html', async () => {
		const items = await run('updateSettings', {
			updateFields: { name: 'Acme Docs', behavior: '{"ask_feedback": false, "table_of_contents": true}', section: { articles: 'Docs' }, includeHtml: '<script>1</script>' },
		});
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `${W()}/helpdesk/settings`,
				query: {},
				body: { name: 'Acme Docs', section: { articles: 'Docs' }, behavior: { ask_feedback: false, table_of_contents: true }, include: { html: '<script>1</script>' } },
			},
		]);
		expect(jsonOf(items)).toEqual([{ success: true }]);
		expect(helpdesk()?.settings).toEqual({
			name: 'Acme Docs',
			behavior: { ask_feedback: false, show_chatbox: true, table_of_contents: true },
			localization: { writing_locale: 'en' },
			section: { articles: 'Docs' },
			include: { html: '<script>1</script>' },
		});
	});

	it('updateSettings: refuses nothing to change and JSON that is not an object', async () => {
		await refused(h, { resource: 'helpdesk', operation: 'updateSettings', updateFields: {} }, 'Update Fields', /needs at least one setting/);
		await refused(h, { resource: 'helpdesk', operation: 'updateSettings', updateFields: { behavior: '[1]' } }, 'Update Fields → Behavior (JSON)', /JSON object/);
		await refused(h, { resource: 'helpdesk', operation: 'updateSettings', updateFields: { appearance: '{"a":' } }, 'Update Fields → Appearance (JSON)', /valid JSON/);
	});

	it('getDomain: GET /helpdesk/domain', async () => {
		const items = await run('getDomain');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/domain`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ root: 'help.crisp.chat', basic: 'acme', custom: null, verified: false }]);
	});

	it('requestDomainChange: PATCH /helpdesk/domain with what was set', async () => {
		const items = await run('requestDomainChange', { domains: { custom: 'help.acme.example' } });
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${W()}/helpdesk/domain`, query: {}, body: { custom: 'help.acme.example' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, custom: 'help.acme.example' }]);
		expect(helpdesk()?.domain).toEqual({ root: 'help.crisp.chat', basic: 'acme', custom: 'help.acme.example', verified: false });
		await refused(h, { resource: 'helpdesk', operation: 'requestDomainChange', domains: {} }, 'Domains', /needs a subdomain or a custom domain/);
	});

	it('getDomainSetupFlow: GET /helpdesk/domain/setup, with ?custom= only when given', async () => {
		const items = await run('getDomainSetupFlow', { custom: 'help.acme.example' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/domain/setup`, query: { custom: 'help.acme.example' } }]);
		expect(jsonOf(items)).toEqual([{ custom: 'help.acme.example', records: [{ type: 'CNAME', name: 'help.acme.example', value: 'helpdesk.crisp.chat' }] }]);
		h.fake.clearLog();
		await run('getDomainSetupFlow');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/domain/setup`, query: {} }]);
	});

	it('refreshContent: POST /helpdesk/refresh/{locale}/{contentType} with {} as Crisp\'s clients send it', async () => {
		const items = await run('refreshContent', { locale: 'es', contentType: 'articles' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk/refresh/es/articles`, query: {}, body: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'es', content_type: 'articles' }]);
	});

	it('refreshContent: an unknown locale fails with not_found; a missing one is refused', async () => {
		await apiError(h, { resource: 'helpdesk', operation: 'refreshContent', locale: 'fr', contentType: 'guides' }, 404, 'not_found');
		await refused(h, { resource: 'helpdesk', operation: 'refreshContent', contentType: 'guides' }, 'Locale', /is required/);
	});

	it('import: POST /helpdesk/import/{locale}/{contentType} with the URL and options', async () => {
		const items = await run('import', { locale: 'en', contentType: 'guides', helpdeskUrl: 'https://docs.example.com/', options: { detectLocales: true, otherLocales: 'fr, de' } });
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/helpdesk/import/en/guides`, query: {}, body: { helpdesk_url: 'https://docs.example.com/', detect_locales: true, other_locales: ['fr', 'de'] } },
		]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'guides', helpdesk_url: 'https://docs.example.com/' }]);
		h.fake.clearLog();
		await run('import', { locale: 'en', contentType: 'articles', helpdeskUrl: 'https://docs.example.com/' });
		expect(h.requests()[0].body).toEqual({ helpdesk_url: 'https://docs.example.com/' });
	});

	it('import: refuses a URL that is not http(s) and an unknown content type', async () => {
		await refused(h, { resource: 'helpdesk', operation: 'import', locale: 'en', contentType: 'articles', helpdeskUrl: 'docs.example.com' }, 'Helpdesk URL', /http\(s\) URL/);
		await refused(h, { resource: 'helpdesk', operation: 'import', locale: 'en', contentType: 'faq', helpdeskUrl: 'https://docs.example.com/' }, 'Content Type', /articles, guides, news, references/);
	});

	it('export: POST /helpdesk/export/{locale}/{contentType} with {} as Crisp\'s clients send it', async () => {
		const items = await run('export', { locale: 'en', contentType: 'news' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk/export/en/news`, query: {}, body: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'en', content_type: 'news' }]);
	});
});
