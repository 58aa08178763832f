/** Chatbot operations. */
import { byId, jsonOf, KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 3 } });

describe('chatbot', () => {
	it('getAll: GET /sites/chatbots?offset&limit', async () => {
		const out = await h.run({ resource: 'chatbot', operation: 'getAll', returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/sites/chatbots', query: { api_key: KEY, offset: '0', limit: '50' } }]);
		expect(jsonOf(out)).toEqual(h.fake.store.sites.map((s) => h.fake.store.chatbots.get(s.id)));
	});

	it('getTriggers: GET /sites/{id}/chatbot/triggers, Limit client-side', async () => {
		const site = h.fake.store.sites[1];
		const out = await h.run({ resource: 'chatbot', operation: 'getTriggers', siteId: byId(site.id), returnAll: true });
		const one = await h.run({ resource: 'chatbot', operation: 'getTriggers', siteId: byId(site.id), returnAll: false, limit: 1 });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `/1.0/sites/${site.id}/chatbot/triggers`, query: { api_key: KEY } },
			{ method: 'GET', path: `/1.0/sites/${site.id}/chatbot/triggers`, query: { api_key: KEY } },
		]);
		expect(jsonOf(out)).toEqual(h.fake.store.triggers.get(site.id));
		expect(jsonOf(out)[0]).toEqual({ id: expect.any(String), response: expect.any(String), stopNextMessage: true, ignoreLead: false, matchesList: [{ type: 'contains', value: 'hola' }] });
		expect(jsonOf(one)).toEqual(jsonOf(out).slice(0, 1));
	});
});
