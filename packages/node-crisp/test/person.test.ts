/**
 * Person resource (people profiles, their company, data, events, subscription, conversations,
 * suggestions, import / export and the people batch routes) against the fake Crisp server: the
 * exact request it received, the items out, and the fake's state after writes.
 */
import type { IDataObject } from 'n8n-workflow';
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'person', operation, ...parameters });
const people = () => [...h.fake.site().people.values()];
/** The profile as the fake serves it (a JSON copy). */
const served = (id: string) => JSON.parse(JSON.stringify(h.fake.profile(id))) as IDataObject;
const first = () => people().sort((a, b) => (a.email < b.email ? -1 : 1))[0];
const newest = () => [...people()].sort((a, b) => b.created_at - a.created_at || (a.people_id < b.people_id ? -1 : 1));

describe('person: create', () => {
	it('POST /people/profile with the person and the company nested as Crisp takes them; outputs the people_id', async () => {
		const items = await run('create', {
			email: 'zoe@acme.example',
			additionalFields: {
				nickname: 'Zoe Doe',
				phone: '+14155550123',
				gender: 'female',
				timezone: -60,
				locales: 'en, fr',
				jobTitle: 'CTO',
				city: 'Lyon',
				country: 'FR',
				segments: 'lead, vip',
				notepad: 'Met at a fair',
				companyName: 'Acme',
				companyDomain: 'acme.example',
				companyEmails: 'sales@acme.example',
				companyEmployees: 40,
				companyCity: 'Paris',
			},
		});
		const body = {
			email: 'zoe@acme.example',
			person: { nickname: 'Zoe Doe', gender: 'female', phone: '+14155550123', timezone: -60, locales: ['en', 'fr'], employment: { title: 'CTO' }, geolocation: { country: 'FR', city: 'Lyon' } },
			company: { name: 'Acme', domain: 'acme.example', emails: ['sales@acme.example'], metrics: { employees: 40 }, geolocation: { city: 'Paris' } },
			segments: ['lead', 'vip'],
			notepad: 'Met at a fair',
		};
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/people/profile`, query: {}, body }]);
		const created = h.fake.profile('zoe@acme.example')!;
		expect(jsonOf(items)).toEqual([{ people_id: created.people_id }]);
		expect(created).toMatchObject({ email: 'zoe@acme.example', person: body.person, company: body.company, segments: ['lead', 'vip'] });
	});

	it('sends only the email when nothing else is set', async () => {
		await run('create', { email: 'only@acme.example' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/people/profile`, query: {}, body: { email: 'only@acme.example' } }]);
	});

	it('refuses a missing or bad email and a company email that is not one, before any request', async () => {
		await refused(h, { resource: 'person', operation: 'create' }, 'Email', /is required/);
		await refused(h, { resource: 'person', operation: 'create', email: 'not-an-email' }, 'Email', /email address/);
		await refused(h, { resource: 'person', operation: 'create', email: 'a@b.example', additionalFields: { companyEmails: 'ok@b.example, nope' } }, 'Additional Fields → Company Emails', /"nope" is not one/);
		await refused(h, { resource: 'person', operation: 'create', email: 'a@b.example', additionalFields: { companyEmployees: 'many' } }, 'Additional Fields → Company Employees');
	});

	it("an email another profile has fails with Crisp's people_exists (409)", async () => {
		await apiError(h, { resource: 'person', operation: 'create', email: first().email }, 409, 'people_exists');
	});
});

describe('person: get, exists', () => {
	it('get: GET /people/profile/{id} by ID and by email give the profile', async () => {
		const p = first();
		expect(jsonOf(await run('get', { peopleId: byId(p.people_id) }))).toEqual([served(p.people_id)]);
		expect(jsonOf(await run('get', { peopleId: byId(p.email) }))).toEqual([served(p.people_id)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/profile/${p.people_id}`, query: {} },
			{ method: 'GET', path: `${W()}/people/profile/${p.email}`, query: {} },
		]);
	});

	it("get: an unknown profile fails with Crisp's not_found (404); a path-like ID is refused", async () => {
		await apiError(h, { resource: 'person', operation: 'get', peopleId: byId('nobody@example.com') }, 404, 'not_found');
		await refused(h, { resource: 'person', operation: 'get', peopleId: byId('..') }, 'Person', /another endpoint/);
	});

	it('exists: HEAD /people/profile/{id} gives true, then false once deleted', async () => {
		const p = first();
		expect(jsonOf(await run('exists', { peopleId: byId(p.people_id) }))).toEqual([{ exists: true }]);
		expect(h.requests()).toEqual([{ method: 'HEAD', path: `${W()}/people/profile/${p.people_id}`, query: {} }]);
		h.fake.store.removeProfile(h.fake.websiteId, p.people_id);
		expect(jsonOf(await run('exists', { peopleId: byId(p.people_id) }))).toEqual([{ exists: false }]);
	});
});

describe('person: getAll', () => {
	it('Return All walks the pages of 50 (page number in the path) and gives each profile once, newest first', async () => {
		for (let i = 0; i < 30; i++) h.fake.addProfile({ email: `extra${i}@example.org`, created_at: Date.now() - i * 1000 });
		const items = jsonOf(await run('getAll', { returnAll: true }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/profiles/1`, query: { per_page: '50' } },
			{ method: 'GET', path: `${W()}/people/profiles/2`, query: { per_page: '50' } },
		]);
		expect(items.map((p) => p.people_id)).toEqual(newest().map((p) => p.people_id));
		expect(items).toHaveLength(60);
	});

	it('Limit stops after the page that holds enough', async () => {
		const items = jsonOf(await run('getAll', { returnAll: false, limit: 3 }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/people/profiles/1`, query: { per_page: '50' } }]);
		expect(items).toEqual(newest().slice(0, 3).map((p) => served(p.people_id)));
	});

	it('sends the search text, the filter as JSON, the operator, the sort and the dates as ISO 8601', async () => {
		const filter = [{ model: 'people', criterion: 'segments', operator: 'eq', query: ['vip'] }];
		const items = jsonOf(
			await run('getAll', {
				returnAll: true,
				searchText: 'example.com',
				options: { filter: JSON.stringify(filter), searchOperator: 'and', sortField: 'email', sortOrder: 'ascending', dateStart: '2000-01-01T00:00:00Z', dateEnd: '2100-01-01' },
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: `${W()}/people/profiles/1`,
				query: {
					per_page: '50',
					search_text: 'example.com',
					search_filter: JSON.stringify(filter),
					search_operator: 'and',
					sort_field: 'email',
					sort_order: 'ascending',
					filter_date_start: '2000-01-01T00:00:00.000Z',
					filter_date_end: '2100-01-01T00:00:00.000Z',
				},
			},
		]);
		const vip = people()
			.filter((p) => p.segments.includes('vip'))
			.sort((a, b) => (a.email < b.email ? -1 : 1));
		expect(vip.length).toBeGreaterThan(0);
		expect(items.map((p) => p.email)).toEqual(vip.map((p) => p.email));
	});

	it('refuses a filter that is not a JSON array', async () => {
		await refused(h, { resource: 'person', operation: 'getAll', returnAll: true, options: { filter: '{"criterion": "email"}' } }, 'Options → Filter (JSON)', /JSON array/);
	});
});

describe('person: update, replace, delete', () => {
	it('update: PATCH only the fields given; the company is merged into the profile', async () => {
		const p = people().find((x) => (x.company as IDataObject).name)!;
		const before = served(p.people_id);
		const items = await run('update', { peopleId: byId(p.people_id), updateFields: { nickname: 'Renamed', companyLegalName: 'Legal Ltd', companyTags: 'b2b, eu' } });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/people/profile/${p.people_id}`, query: {}, body: { person: { nickname: 'Renamed' }, company: { legal_name: 'Legal Ltd', tags: ['b2b', 'eu'] } } },
		]);
		expect(jsonOf(items)).toEqual([{ success: true }]);
		const after = served(p.people_id);
		expect(after.person).toEqual({ ...(before.person as IDataObject), nickname: 'Renamed' });
		expect(after.company).toEqual({ ...(before.company as IDataObject), legal_name: 'Legal Ltd', tags: ['b2b', 'eu'] });
		expect(after.email).toBe(before.email);
	});

	it('update: refuses an empty Update Fields and a bad email', async () => {
		await refused(h, { resource: 'person', operation: 'update', peopleId: byId(first().people_id), updateFields: {} }, 'Update Fields', /needs at least one field to change/);
		await refused(h, { resource: 'person', operation: 'update', peopleId: byId(first().people_id), updateFields: { email: 'x@' } }, 'Update Fields → Email', /email address/);
	});

	it('replace: PUT the whole card; what is not given is cleared', async () => {
		const p = people().find((x) => x.segments.length && Object.keys(x.company).length)!;
		const items = await run('replace', { peopleId: byId(p.people_id), email: 'new@acme.example', additionalFields: { nickname: 'New Name' } });
		expect(h.requests()).toEqual([{ method: 'PUT', path: `${W()}/people/profile/${p.people_id}`, query: {}, body: { email: 'new@acme.example', person: { nickname: 'New Name' } } }]);
		expect(jsonOf(items)).toEqual([{ success: true }]);
		expect(served(p.people_id)).toMatchObject({ email: 'new@acme.example', person: { nickname: 'New Name' }, company: {}, segments: [], notepad: '' });
	});

	it('delete: DELETE /people/profile/{id}', async () => {
		const p = first();
		expect(jsonOf(await run('delete', { peopleId: byId(p.people_id) }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/people/profile/${p.people_id}`, query: {} }]);
		expect(h.fake.profile(p.people_id)).toBeUndefined();
	});
});

describe('person: createOrUpdate', () => {
	it('updates the profile whose email matches exactly (any case), then its data; says "updated"', async () => {
		const p = first();
		const items = await run('createOrUpdate', {
			email: p.email.toUpperCase(),
			additionalFields: { companyName: 'Globex', segments: 'customer' },
			data: { pairs: [{ key: 'plan', value: 'pro' }] },
			dataJson: '{"seats": 3, "plan": "basic"}',
		});
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/profiles/1`, query: { per_page: '50', search_text: p.email.toUpperCase() } },
			{ method: 'PATCH', path: `${W()}/people/profile/${p.people_id}`, query: {}, body: { email: p.email.toUpperCase(), company: { name: 'Globex' }, segments: ['customer'] } },
			{ method: 'PATCH', path: `${W()}/people/data/${p.people_id}`, query: {}, body: { data: { seats: 3, plan: 'pro' } } },
		]);
		expect(jsonOf(items)).toEqual([{ people_id: p.people_id, email: p.email.toUpperCase(), upsertAction: 'updated' }]);
		expect(h.fake.site().peopleData.get(p.people_id)).toMatchObject({ seats: 3, plan: 'pro' });
		expect(served(p.people_id)).toMatchObject({ company: { name: 'Globex' }, segments: ['customer'] });
	});

	it('creates the profile when no email matches exactly (a partial match is not taken); says "created"', async () => {
		const p = first();
		const partial = p.email.slice(p.email.indexOf('.') + 1);
		const items = await run('createOrUpdate', { email: partial, additionalFields: { nickname: 'New' } });
		const created = h.fake.profile(partial)!;
		expect(created.people_id).not.toBe(p.people_id);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/profiles/1`, query: { per_page: '50', search_text: partial } },
			{ method: 'POST', path: `${W()}/people/profile`, query: {}, body: { email: partial, person: { nickname: 'New' } } },
		]);
		expect(jsonOf(items)).toEqual([{ people_id: created.people_id, email: partial, upsertAction: 'created' }]);
	});

	it('refuses a data value that is not text, a number or a boolean before any request', async () => {
		await refused(h, { resource: 'person', operation: 'createOrUpdate', email: 'a@b.example', dataJson: '{"tags": ["x"]}' }, 'Data (JSON)', /"tags" that is not text/);
	});
});

describe('person: data and subscription', () => {
	it('getData: GET /people/data/{id}', async () => {
		const p = first();
		expect(jsonOf(await run('getData', { peopleId: byId(p.people_id) }))).toEqual([{ data: h.fake.site().peopleData.get(p.people_id) }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/people/data/${p.people_id}`, query: {} }]);
	});

	it('updateData: PATCH keeps the other keys; replaceData: PUT drops them', async () => {
		const p = first();
		const before = { ...h.fake.site().peopleData.get(p.people_id) };
		expect(jsonOf(await run('updateData', { peopleId: byId(p.people_id), data: { pairs: [{ key: 'vip', value: true }] } }))).toEqual([{ success: true }]);
		expect(h.fake.site().peopleData.get(p.people_id)).toEqual({ ...before, vip: true });
		await run('replaceData', { peopleId: byId(p.people_id), dataJson: { only: 1 } });
		expect(h.fake.site().peopleData.get(p.people_id)).toEqual({ only: 1 });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/people/data/${p.people_id}`, query: {}, body: { data: { vip: true } } },
			{ method: 'PUT', path: `${W()}/people/data/${p.people_id}`, query: {}, body: { data: { only: 1 } } },
		]);
	});

	it('updateData: refuses no data at all', async () => {
		await refused(h, { resource: 'person', operation: 'updateData', peopleId: byId(first().people_id) }, 'Data', /at least one key/);
	});

	it('getSubscription / updateSubscription: GET and PATCH {email}', async () => {
		const p = first();
		expect(jsonOf(await run('getSubscription', { peopleId: byId(p.people_id) }))).toEqual([{ email: true }]);
		expect(jsonOf(await run('updateSubscription', { peopleId: byId(p.people_id), subscribed: false }))).toEqual([{ success: true }]);
		expect(jsonOf(await run('getSubscription', { peopleId: byId(p.people_id) }))).toEqual([{ email: false }]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/subscription/${p.people_id}`, query: {} },
			{ method: 'PATCH', path: `${W()}/people/subscription/${p.people_id}`, query: {}, body: { email: false } },
			{ method: 'GET', path: `${W()}/people/subscription/${p.people_id}`, query: {} },
		]);
	});
});

describe('person: events, conversations, campaigns, statistics', () => {
	it('addEvent then getEvents: POST the text, data and color; the list comes newest first', async () => {
		const p = first();
		h.fake.site().peopleEvents.set(p.people_id, []);
		await run('addEvent', { peopleId: byId(p.people_id), text: 'Signed up' });
		await run('addEvent', { peopleId: byId(p.people_id), text: 'Paid', options: { data: '{"amount": 49}', color: 'green' } });
		const items = jsonOf(await run('getEvents', { peopleId: byId(p.people_id), returnAll: true }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/people/events/${p.people_id}`, query: {}, body: { text: 'Signed up' } },
			{ method: 'POST', path: `${W()}/people/events/${p.people_id}`, query: {}, body: { text: 'Paid', data: { amount: 49 }, color: 'green' } },
			{ method: 'GET', path: `${W()}/people/events/${p.people_id}/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/people/events/${p.people_id}/list/2`, query: {} },
		]);
		expect(items.map(({ timestamp: _t, ...e }) => e)).toEqual([{ text: 'Paid', data: { amount: 49 }, color: 'green' }, { text: 'Signed up' }]);
	});

	it('getConversations: one item per session ID; with Include Conversations, each conversation read', async () => {
		const p = people().find((x) => [...h.fake.site().conversations.values()].some((c) => c.people_id === x.people_id))!;
		h.fake.addConversation({ people_id: p.people_id, meta: { email: p.email } });
		const sessions = [...h.fake.site().conversations.values()]
			.filter((c) => c.people_id === p.people_id || (c.meta.email !== '' && c.meta.email.toLowerCase() === p.email.toLowerCase()))
			.sort((a, b) => b.updated_at - a.updated_at)
			.map((c) => c.session_id);
		expect(jsonOf(await run('getConversations', { peopleId: byId(p.people_id), returnAll: true }))).toEqual(sessions.map((session_id) => ({ session_id })));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/conversations/${p.people_id}/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/people/conversations/${p.people_id}/list/2`, query: {} },
		]);
		h.fake.clearLog();
		const full = jsonOf(await run('getConversations', { peopleId: byId(p.people_id), returnAll: false, limit: 2, includeConversations: true }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/people/conversations/${p.people_id}/list/1`, query: {} },
			...sessions.slice(0, 2).map((s) => ({ method: 'GET', path: `${W()}/conversation/${s}`, query: {} })),
		]);
		expect(full.map((c) => c.session_id)).toEqual(sessions.slice(0, 2));
		expect(full[0]).toMatchObject({ website_id: h.fake.websiteId, people_id: p.people_id });
	});

	it('getCampaigns: GET /people/campaigns/{id}/list/{page}', async () => {
		const p = first();
		expect(jsonOf(await run('getCampaigns', { peopleId: byId(p.people_id), returnAll: true }))).toEqual([]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/people/campaigns/${p.people_id}/list/1`, query: {} }]);
	});

	it('getStatistics: GET /people/stats gives the total', async () => {
		expect(jsonOf(await run('getStatistics'))).toEqual([{ total: people().length }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/people/stats`, query: {} }]);
	});
});

describe('person: import, export', () => {
	it('export: POST /people/export/profiles with no body', async () => {
		expect(jsonOf(await run('export'))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/people/export/profiles`, query: {} }]);
	});

	it('import: POST the URL, the column mapping and the options; outputs what Crisp answers', async () => {
		const items = jsonOf(
			await run('import', {
				url: 'https://files.example/people.csv',
				mapping: { pairs: [{ key: '0', value: 'email' }, { key: '1', value: 'person.nickname' }] },
				options: { columnSeparator: ';', skipHeader: true },
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${W()}/people/import/profiles`,
				query: {},
				body: { url: 'https://files.example/people.csv', mapping: [{ column: 0, field: 'email' }, { column: 1, field: 'person.nickname' }], options: { column_separator: ';', skip_header: true } },
			},
		]);
		expect(Object.keys(items[0])).toEqual(['import_id']);
	});

	it('import: refuses a column that is not a number', async () => {
		await refused(h, { resource: 'person', operation: 'import', url: 'https://f.example/p.csv', mapping: { pairs: [{ key: 'A', value: 'email' }] } }, 'Column Mapping', /"A", which is not a column number/);
	});
});

describe('person: suggestions', () => {
	it('segments, data keys and events: listed with their counts, then one deleted (DELETE with a body)', async () => {
		const segments = jsonOf(await run('getSuggestedSegments', { returnAll: true }));
		const dataKeys = jsonOf(await run('getSuggestedDataKeys', { returnAll: true }));
		const events = jsonOf(await run('getSuggestedEvents', { returnAll: true }));
		const count = (s: string) => people().filter((p) => p.segments.includes(s)).length;
		expect(segments.length).toBeGreaterThan(1);
		expect(segments.every((s) => s.count === count(String(s.segment)))).toBe(true);
		expect(dataKeys.map((k) => k.key).sort()).toEqual(['orders', 'plan']);
		expect(events).toEqual([{ text: 'Signed up', count: people().filter((p) => (h.fake.site().peopleEvents.get(p.people_id) ?? []).length).length }]);
		expect(h.requests().map((r) => r.path)).toEqual(
			['segments', 'data', 'events'].flatMap((kind) => [`${W()}/people/suggest/${kind}/1`, `${W()}/people/suggest/${kind}/2`]),
		);
		h.fake.clearLog();
		await run('deleteSuggestedSegment', { segment: String(segments[0].segment) });
		await run('deleteSuggestedDataKey', { key: 'plan' });
		await run('deleteSuggestedEvent', { text: 'Signed up' });
		expect(h.requests()).toEqual([
			{ method: 'DELETE', path: `${W()}/people/suggest/segment`, query: {}, body: { segment: segments[0].segment } },
			{ method: 'DELETE', path: `${W()}/people/suggest/data`, query: {}, body: { key: 'plan' } },
			{ method: 'DELETE', path: `${W()}/people/suggest/event`, query: {}, body: { text: 'Signed up' } },
		]);
		expect(jsonOf(await run('getSuggestedDataKeys', { returnAll: true })).map((k) => k.key)).toEqual(['orders']);
	});

	it('refuses an empty segment, key or event text', async () => {
		await refused(h, { resource: 'person', operation: 'deleteSuggestedSegment', segment: ' ' }, 'Segment', /is required/);
		await refused(h, { resource: 'person', operation: 'deleteSuggestedDataKey' }, 'Key', /is required/);
		await refused(h, { resource: 'person', operation: 'deleteSuggestedEvent' }, 'Event Text', /is required/);
	});
});

describe('person: batch', () => {
	it('deleteMany: PATCH /batch/remove with the profile IDs, or with a search text', async () => {
		const [a, b] = people();
		expect(jsonOf(await run('deleteMany', { profiles: `${a.people_id}, ${b.people_id}` }))).toEqual([{ success: true }]);
		expect(h.fake.profile(a.people_id)).toBeUndefined();
		expect(h.fake.profile(b.people_id)).toBeUndefined();
		const target = people()[0];
		await run('deleteMany', { search: target.email });
		expect(h.fake.profile(target.people_id)).toBeUndefined();
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/remove`, query: {}, body: { people: { profiles: [a.people_id, b.people_id] } } },
			{ method: 'PATCH', path: `${W()}/batch/remove`, query: {}, body: { people: { search: target.email } } },
		]);
	});

	it('deleteMany: refuses neither or both of Profile IDs and Search Text', async () => {
		await refused(h, { resource: 'person', operation: 'deleteMany' }, 'Profile IDs', /required unless a Search Text/);
		await refused(h, { resource: 'person', operation: 'deleteMany', profiles: 'x', search: 'y' }, 'Search Text', /cannot be used together/);
	});

	it('updateDataMany and updateSegmentsMany: PATCH /batch/data and /batch/segments', async () => {
		const [a, b] = people();
		await run('updateDataMany', { profiles: [a.people_id, b.people_id], data: { pairs: [{ key: 'tier', value: 'gold' }] } });
		await run('updateSegmentsMany', { profiles: [a.people_id], segments: 'churn-risk' });
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${W()}/batch/data`, query: {}, body: { people: { profiles: [a.people_id, b.people_id] }, data: { tier: 'gold' } } },
			{ method: 'PATCH', path: `${W()}/batch/segments`, query: {}, body: { people: { profiles: [a.people_id] }, segments: ['churn-risk'] } },
		]);
		expect(h.fake.site().peopleData.get(a.people_id)).toMatchObject({ tier: 'gold' });
		expect(h.fake.site().peopleData.get(b.people_id)).toMatchObject({ tier: 'gold' });
		expect(h.fake.profile(a.people_id)!.segments).toEqual(['churn-risk']);
	});

	it('updateDataMany and updateSegmentsMany: refuse no data and no segments', async () => {
		await refused(h, { resource: 'person', operation: 'updateDataMany', profiles: 'x' }, 'Data', /at least one key/);
		await refused(h, { resource: 'person', operation: 'updateSegmentsMany', profiles: 'x' }, 'Segments', /at least one value/);
	});
});
