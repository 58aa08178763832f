/**
 * Visitor resource: who browses the website now (count, list, map, session of a token) and the
 * visitors blocking rules stopped, against the fake Crisp server.
 */
import type { IDataObject } from 'n8n-workflow';
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'visitor', operation, ...parameters });
/** Conversations whose visitor is on the website now, most recently active first (the fake's visitors). */
const online = () => [...h.fake.site().conversations.values()].filter((c) => c.active.now).sort((a, b) => b.active.last - a.active.last);

describe('visitor', () => {
	it('count: GET /visitors/count', async () => {
		expect(jsonOf(await run('count'))).toEqual([{ count: online().length, active: online().length, limited: false }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/count`, query: {} }]);
	});

	it('getAll: the pages of /visitors/list/{page} until an empty one; Limit stops early', async () => {
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all.map((v) => v.session_id)).toEqual(online().map((c) => c.session_id));
		expect(all[0]).toMatchObject({ nickname: online()[0].meta.nickname, active: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/visitors/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/visitors/list/2`, query: {} },
		]);
		h.fake.clearLog();
		expect(jsonOf(await run('getAll', { returnAll: false, limit: 1 })).map((v) => v.session_id)).toEqual([online()[0].session_id]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/list/1`, query: {} }]);
	});

	it('getMap: GET /visitors/map with the center and radius given, one item per map point', async () => {
		const items = jsonOf(await run('getMap', { returnAll: true, area: { longitude: 2.35, latitude: 48.85, radius: 500 } }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/map`, query: { center_longitude: '2.35', center_latitude: '48.85', center_radius: '500' } }]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ geolocation: { country: 'FR', city: 'Paris' }, visitors: { count: online().length } });
		h.fake.clearLog();
		await run('getMap', { returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/map`, query: {} }]);
	});

	it('getMap: refuses half a center and a latitude out of range', async () => {
		await refused(h, { resource: 'visitor', operation: 'getMap', returnAll: true, area: { longitude: 2 } }, 'Area → Center Latitude', /with the other coordinate/);
		await refused(h, { resource: 'visitor', operation: 'getMap', returnAll: true, area: { longitude: 2, latitude: 91 } }, 'Area → Center Latitude', /at most 90/);
	});

	it('getSessionFromToken: GET /visitors/token/{token}; an unknown token is not_found', async () => {
		const { session_id } = h.fake.site().collection('visitorTokens').get('7b0e52f1d6a44c59') as IDataObject;
		expect(jsonOf(await run('getSessionFromToken', { tokenId: '7b0e52f1d6a44c59' }))).toEqual([{ session_id }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/token/7b0e52f1d6a44c59`, query: {} }]);
		await apiError(h, { resource: 'visitor', operation: 'getSessionFromToken', tokenId: 'nope' }, 404, 'not_found');
	});

	it('getBlocked, getBlockedInRule, clearBlockedInRule: GET /visitors/blocked[/{rule}], DELETE /visitors/blocked/{rule}', async () => {
		h.fake.site().collection('blocked').set('country', { rule: ['country'], blocked: 7 });
		const all = jsonOf(await run('getBlocked'));
		expect(all).toEqual([{ rule: ['country'], blocked: 7 }]);
		expect(jsonOf(await run('getBlockedInRule', { rule: 'country' }))).toEqual([{ rule: ['country'], blocked: 7 }]);
		expect(jsonOf(await run('clearBlockedInRule', { rule: 'country' }))).toEqual([{ success: true }]);
		expect(jsonOf(await run('getBlockedInRule', { rule: 'country' }))).toEqual([{ rule: ['country'], blocked: 0 }]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/visitors/blocked`, query: {} },
			{ method: 'GET', path: `${W()}/visitors/blocked/country`, query: {} },
			{ method: 'DELETE', path: `${W()}/visitors/blocked/country`, query: {} },
			{ method: 'GET', path: `${W()}/visitors/blocked/country`, query: {} },
		]);
	});

	it('getBlockedInRule: a bare count (as the Node client types it) becomes { rule, blocked }', async () => {
		h.fake.inject({ status: 200, body: { error: false, reason: 'resolved', data: 4 } }, { times: 1 });
		expect(jsonOf(await run('getBlockedInRule', { rule: 'email_domain' }))).toEqual([{ rule: 'email_domain', blocked: 4 }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/visitors/blocked/email_domain`, query: {} }]);
	});

	it('getBlockedInRule: refuses a path-like rule', async () => {
		await refused(h, { resource: 'visitor', operation: 'getBlockedInRule', rule: '..' }, 'Rule', /another endpoint/);
	});
});
