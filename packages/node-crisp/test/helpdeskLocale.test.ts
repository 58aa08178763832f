/**
 * Helpdesk Locale resource: the languages of the helpdesk and the feedback on their pages. The
 * seed has locales en and es; en has one "helpful" feedback.
 */
import { jsonOf, node, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'helpdeskLocale', operation, ...parameters });
const locales = () => h.fake.site().helpdesk!.locales;
const NONE = { articles: { entries: 0, groups: 0 }, guides: { entries: 0, groups: 0 }, references: { entries: 0, groups: 0 }, news: { entries: 0, groups: 0 } };

describe('helpdesk locale', () => {
	it('getAll: pages through /helpdesk/locales/{page} until an empty page', async () => {
		const items = await run('getAll', { returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/locales/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/locales/2`, query: {} },
		]);
		expect(jsonOf(items)).toEqual([
			{ ...locales().get('en'), statistics: { ...NONE, articles: { entries: 3, groups: 2 } } },
			{ ...locales().get('es'), statistics: { ...NONE, articles: { entries: 1, groups: 1 } } },
		]);
	});

	it('getAll: Limit stops after the records it needs', async () => {
		const items = await run('getAll', { returnAll: false, limit: 1 });
		expect(jsonOf(items).map((l) => l.locale)).toEqual(['en']);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/locales/1`, query: {} }]);
	});

	it('add: POST /helpdesk/locale with the code', async () => {
		const items = await run('add', { locale: ' fr ' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk/locale`, query: {}, body: { locale: 'fr' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'fr' }]);
		expect(locales().get('fr')).toMatchObject({ locale: 'fr', url: 'https://acme.help.crisp.chat/fr/' });
	});

	it('add: refuses a code that is not a language code; an existing one fails with Crisp\'s invalid_data', async () => {
		await refused(h, { resource: 'helpdeskLocale', operation: 'add', locale: 'French' }, 'Locale', /language code/);
		await apiError(h, { resource: 'helpdeskLocale', operation: 'add', locale: 'en' }, 400, 'invalid_data');
	});

	it('get: GET /helpdesk/locale/{locale}', async () => {
		const items = await run('get', { locale: 'es' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/locale/es`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ ...locales().get('es'), statistics: { ...NONE, articles: { entries: 1, groups: 1 } } }]);
	});

	it('searchHelpdeskLocales: the Locale locator lists "Spanish (es)" (Crisp names no language; Intl does), filtered by name or code, loaded only when opened', async () => {
		const all = await h.listSearch('searchHelpdeskLocales');
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/locales/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/locales/2`, query: {} },
		]);
		expect(all.results).toEqual([
			{ name: 'English (en)', value: 'en' },
			{ name: 'Spanish (es)', value: 'es' },
		]);
		expect((await h.listSearch('searchHelpdeskLocales', 'ES')).results).toEqual([{ name: 'Spanish (es)', value: 'es' }]);
		expect((await h.listSearch('searchHelpdeskLocales', 'span')).results).toEqual([{ name: 'Spanish (es)', value: 'es' }]);
		// the Locale of every operation is that locator: a list, or a code by hand
		const property = node.description.properties.find((p) => p.name === 'locale' && p.displayOptions?.show?.resource?.[0] === 'helpdeskArticle')!;
		expect(property).toMatchObject({ type: 'resourceLocator', default: { mode: 'list', value: '' }, required: true });
		expect(property.modes!.map((m) => [m.name, m.typeOptions?.searchListMethod ?? m.placeholder])).toEqual([['list', 'searchHelpdeskLocales'], ['id', 'e.g. en']]);
	});

	it('get: a locale chosen from the list, typed by code, or saved as a plain code before the locator, is the same request', async () => {
		for (const locale of [{ __rl: true, mode: 'list', value: 'es' }, { __rl: true, mode: 'id', value: 'es' }, 'es']) {
			h.fake.clearLog();
			await run('get', { locale });
			expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/locale/es`, query: {} }]);
		}
	});

	it('get: the locale is one encoded segment; "." and ".." are refused', async () => {
		await apiError(h, { resource: 'helpdeskLocale', operation: 'get', locale: 'en/../x' }, 400, 'invalid_data');
		expect(h.fake.requests[0].rawPath).toBe(`${W()}/helpdesk/locale/en%2F..%2Fx`);
		h.fake.violations.length = 0; // the fake records the bad locale code as a violation of its route
		await refused(h, { resource: 'helpdeskLocale', operation: 'get', locale: '..' }, 'Locale', /another endpoint/);
	});

	it('exists: HEAD /helpdesk/locale/{locale} gives true or false', async () => {
		expect(jsonOf(await run('exists', { locale: 'en' }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('exists', { locale: 'de' }))).toEqual([{ exists: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: `${W()}/helpdesk/locale/en`, query: {} },
			{ method: 'HEAD', path: `${W()}/helpdesk/locale/de`, query: {} },
		]);
	});

	it('delete: DELETE /helpdesk/locale/{locale}', async () => {
		const items = await run('delete', { locale: 'es' });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/helpdesk/locale/es`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, locale: 'es' }]);
		expect([...locales().keys()]).toEqual(['en']);
		await apiError(h, { resource: 'helpdeskLocale', operation: 'delete', locale: 'es' }, 404, 'not_found');
	});

	it('getFeedbackRatings: GET /helpdesk/feedback/ratings/{locale}/{contentType} with the dates in UTC', async () => {
		const items = await run('getFeedbackRatings', { locale: 'en', contentType: 'articles', filters: { dateStart: '2026-01-01T00:00:00+02:00', dateEnd: '2026-01-31' } });
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: `${W()}/helpdesk/feedback/ratings/en/articles`,
				query: { filter_date_start: '2025-12-31T22:00:00.000Z', filter_date_end: new Date('2026-01-31').toISOString() },
			},
		]);
		expect(jsonOf(items)).toEqual([{ ratings: { helpful: 1, unhelpful: 0 } }]);
	});

	it('getFeedbackRatings: refuses a date that is not one', async () => {
		await refused(h, { resource: 'helpdeskLocale', operation: 'getFeedbackRatings', locale: 'en', contentType: 'articles', filters: { dateStart: 'last week' } }, 'Filters → Start Date', /must be a date/);
	});

	it('getFeedbacks: pages through /helpdesk/feedback/list/{locale}/{contentType}/{page}', async () => {
		const items = await run('getFeedbacks', { locale: 'en', contentType: 'guides', returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/feedback/list/en/guides/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/feedback/list/en/guides/2`, query: {} },
		]);
		expect(jsonOf(items)).toEqual([h.fake.site().collection('helpdeskFeedback').get('f1')]);
	});

	it('getFeedbacks: two feedbacks with the same content are both kept (feedbacks have no id)', async () => {
		const feedback = h.fake.site().collection('helpdeskFeedback');
		feedback.set('f2', { ...feedback.get('f1') });
		const items = await run('getFeedbacks', { locale: 'en', contentType: 'articles', returnAll: false, limit: 5, filters: { dateEnd: '2030-01-01T00:00:00Z' } });
		expect(jsonOf(items)).toHaveLength(2);
		expect(h.requests()[0].query).toEqual({ filter_date_end: '2030-01-01T00:00:00.000Z' });
	});
});
