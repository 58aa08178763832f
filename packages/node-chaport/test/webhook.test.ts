/**
 * Webhook resource against the fake Chaport: event subscriptions, one event each
 * (`{targetUrl, event, essential?}`), listed, read, changed and deleted.
 */
import { api, jsonOf, useChaport } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useChaport(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'webhook', operation, ...parameters });
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const subscriptions = () => [...h.fake.store.subscriptions.values()];

describe('webhook', () => {
	it('create: POST /events/subscriptions with the target URL and one event (essential only when set)', async () => {
		const started = jsonOf(await run('create', { targetUrl: 'https://hooks.example.com/chaport?k=1', event: 'chat.started' }));
		await run('create', { targetUrl: 'https://hooks.example.com/chaport?k=1', event: 'chat.finished', options: { essential: true } });
		expect(h.requests()).toEqual([
			{ method: 'POST', path: api('/events/subscriptions'), query: {}, body: { targetUrl: 'https://hooks.example.com/chaport?k=1', event: 'chat.started' } },
			{ method: 'POST', path: api('/events/subscriptions'), query: {}, body: { targetUrl: 'https://hooks.example.com/chaport?k=1', event: 'chat.finished', essential: true } },
		]);
		expect(started).toEqual([{ id: subscriptions()[0].id, event: 'chat.started', targetUrl: 'https://hooks.example.com/chaport?k=1', essential: false, createdAt: expect.any(String) }]);
		expect(subscriptions().map((s) => [s.event, s.essential])).toEqual([
			['chat.started', false],
			['chat.finished', true],
		]);
	});

	it('create: a custom event name is sent as typed', async () => {
		await run('create', { targetUrl: 'https://hooks.example.com/x', event: 'custom', customEvent: 'chat.updated' });
		expect(h.requests()).toEqual([{ method: 'POST', path: api('/events/subscriptions'), query: {}, body: { targetUrl: 'https://hooks.example.com/x', event: 'chat.updated' } }]);
		expect(subscriptions()[0].event).toBe('chat.updated');
		// The fake records a subscription to a name it never delivers as a contract note: expected here.
		expect(h.fake.violations).toEqual([expect.stringContaining('"chat.updated"')]);
		h.fake.violations.length = 0;
	});

	it('create: refuses a target URL that is not http(s), and a custom event without its name', async () => {
		await refused(h, { resource: 'webhook', operation: 'create', targetUrl: 'ftp://hooks.example.com', event: 'chat.started' }, 'Target URL', /http\(s\) URL/);
		await refused(h, { resource: 'webhook', operation: 'create', targetUrl: 'https://hooks.example.com', event: 'custom' }, 'Custom Event Name', /is required/);
		await refused(h, { resource: 'webhook', operation: 'create', targetUrl: 'https://hooks.example.com', event: 'chat.deleted' }, 'Event', /must be one of/);
	});

	it('getAll, get: GET /events/subscriptions and /events/subscriptions/{id}', async () => {
		await run('create', { targetUrl: 'https://a.example.com/h', event: 'chat.started' });
		await run('create', { targetUrl: 'https://b.example.com/h', event: 'chat.finished' });
		h.fake.clearLog();
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all.map((s) => [s.targetUrl, s.event])).toEqual([
			['https://a.example.com/h', 'chat.started'],
			['https://b.example.com/h', 'chat.finished'],
		]);
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 1 }))).toEqual(all.slice(0, 1));
		const id = subscriptions()[1].id;
		expect(jsonOf(await run('get', { webhookId: id }))).toEqual([all[1]]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api('/events/subscriptions'), query: {} },
			{ method: 'GET', path: api('/events/subscriptions'), query: {} },
			{ method: 'GET', path: api(`/events/subscriptions/${id}`), query: {} },
		]);
		await apiError(h, { resource: 'webhook', operation: 'get', webhookId: '0123456789abcdef01234567' }, 404, 'Subscription not found');
		await refused(h, { resource: 'webhook', operation: 'get', webhookId: '..' }, 'Webhook ID');
	});

	it('update: PUT /events/subscriptions/{id} with only the fields given', async () => {
		await run('create', { targetUrl: 'https://a.example.com/h', event: 'chat.started' });
		const id = subscriptions()[0].id;
		h.fake.clearLog();
		const out = jsonOf(await run('update', { webhookId: id, updateFields: { targetUrl: 'https://c.example.com/h', event: 'chat.finished', essential: true } }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/events/subscriptions/${id}`), query: {}, body: { targetUrl: 'https://c.example.com/h', event: 'chat.finished', essential: true } }]);
		expect(out).toEqual([{ id, targetUrl: 'https://c.example.com/h', event: 'chat.finished', essential: true, createdAt: json(subscriptions()[0]).createdAt }]);
	});

	it('update: refuses nothing to change, and a custom event name without Custom Event (or the reverse)', async () => {
		const base = { resource: 'webhook', operation: 'update', webhookId: '0123456789abcdef01234567' };
		await refused(h, { ...base, updateFields: {} }, 'Update Fields', /needs at least one field/);
		await refused(h, { ...base, updateFields: { event: 'custom' } }, 'Update Fields → Custom Event Name', /is required/);
		await refused(h, { ...base, updateFields: { event: 'chat.started', customEvent: 'chat.updated' } }, 'Update Fields → Event', /must be Custom Event/);
	});

	it('delete: DELETE /events/subscriptions/{id} answers { success: true }', async () => {
		await run('create', { targetUrl: 'https://a.example.com/h', event: 'chat.started' });
		const id = subscriptions()[0].id;
		h.fake.clearLog();
		expect(jsonOf(await run('delete', { webhookId: id }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: api(`/events/subscriptions/${id}`), query: {} }]);
		expect(subscriptions()).toEqual([]);
	});
});
