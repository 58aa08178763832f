/**
 * Where Cliengo's behaviour is only inferred [I] (shared/api/cliengo.md §9), the node must work with
 * either reading. Each case runs the node against a fake configured the other way.
 */
import { byId, jsonOf, KEY, withFake } from './helpers';

describe('tolerance of inferred API details', () => {
	it('list items under "results" or under the resource name ("contacts", "sites", …)', async () => {
		for (const itemsKey of ['results', 'contacts'] as const) {
			await withFake({ itemsKey, seed: { contacts: 12, conversations: 3 } }, async (h) => {
				expect(jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }))).toEqual(h.fake.allContacts());
				expect(jsonOf(await h.run({ resource: 'site', operation: 'getAll', returnAll: true }))).toEqual(h.fake.store.sites);
				expect(jsonOf(await h.run({ resource: 'user', operation: 'getAll', returnAll: true }))).toEqual(h.fake.store.users);
				expect(jsonOf(await h.run({ resource: 'conversation', operation: 'getAll', returnAll: true }))).toHaveLength(3);
				expect(jsonOf(await h.run({ resource: 'chatbot', operation: 'getAll', returnAll: true }))).toHaveLength(2);
			});
		}
	});

	it('an error body shaped {error} instead of {message}, and another 401 body', async () => {
		await withFake(
			{ errorBody: (message) => ({ error: message }), unauthorized: { status: 403, body: { error: 'Forbidden: bad key' } }, seed: { contacts: 2 } },
			async (h) => {
				const missing = await h.runError({ resource: 'contact', operation: 'get', contactId: byId('000000000000000000000000') });
				expect(missing.message).toBe('Contact not found');
				const denied = await h.runError({ resource: 'account', operation: 'get' }, h.withCredentials({ apiKey: 'bad-key-999' }));
				expect(denied.message).toBe('Forbidden: bad key');
				expect(denied.httpCode).toBe('403');
			},
		);
	});

	it('with "Send Key As: Authorization Header" the key goes only in a Bearer header [I: header name undocumented]', async () => {
		await withFake({ seed: { contacts: 2 } }, async (h) => {
			await h.run({ resource: 'account', operation: 'get' }, h.withCredentials({ keyLocation: 'header' }));
			expect(h.fake.requests[0].query).toEqual({});
			expect(h.fake.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
		});
	});

	it('`until` inclusive and days read in the account’s zone: user date filters still partition, windows still complete', async () => {
		await withFake(
			{ untilInclusive: true, dayOffsetMinutes: -180, now: () => Date.parse('2026-06-15T12:00:00Z'), seed: { contacts: 1600, from: '2026-05-01T00:00:00Z', to: '2026-06-15T00:00:00Z', random: 21 } },
			async (h) => {
				const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { since: '2026-05-10' } }));
				const expected = h.fake.allContacts().filter((c) => c.creationDate >= '2026-05-10T03:00:00.000Z');
				expect(out).toEqual(expected);
			},
		);
	});

	it('a smaller page limit than asked (maxLimit 20) still gives every contact of a small account', async () => {
		await withFake({ maxLimit: 20, seed: { contacts: 45 } }, async (h) => {
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(out).toEqual(h.fake.allContacts());
			expect(h.fake.requests.map((r) => r.query.offset)).toEqual(['0', '20', '40']);
		});
	});
});
