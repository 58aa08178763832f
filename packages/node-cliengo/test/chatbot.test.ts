/** Chatbot operations. */
import { byId, json, KEY, requests, run, useFake } from './helpers';

const ctx = useFake({ seed: { contacts: 3 } });

describe('chatbot', () => {
	it('getAll: GET /sites/chatbots?offset&limit', async () => {
		const out = await run(ctx.fake, { resource: 'chatbot', operation: 'getAll', returnAll: true });
		expect(requests(ctx.fake)).toEqual([{ method: 'GET', path: '/1.0/sites/chatbots', query: { api_key: KEY, offset: '0', limit: '50' } }]);
		expect(json(out)).toEqual(ctx.fake.store.sites.map((s) => ctx.fake.store.chatbots.get(s.id)));
	});

	it('getTriggers: GET /sites/{id}/chatbot/triggers, Limit client-side', async () => {
		const site = ctx.fake.store.sites[1];
		const out = await run(ctx.fake, { resource: 'chatbot', operation: 'getTriggers', siteId: byId(site.id), returnAll: true });
		const one = await run(ctx.fake, { resource: 'chatbot', operation: 'getTriggers', siteId: byId(site.id), returnAll: false, limit: 1 });
		expect(requests(ctx.fake)).toEqual([
			{ method: 'GET', path: `/1.0/sites/${site.id}/chatbot/triggers`, query: { api_key: KEY } },
			{ method: 'GET', path: `/1.0/sites/${site.id}/chatbot/triggers`, query: { api_key: KEY } },
		]);
		expect(json(out)).toEqual(ctx.fake.store.triggers.get(site.id));
		expect(json(out)[0]).toEqual({ id: expect.any(String), response: expect.any(String), stopNextMessage: true, ignoreLead: false, matchesList: [{ type: 'contains', value: 'hola' }] });
		expect(json(one)).toEqual(json(out).slice(0, 1));
	});
});
