/**
 * Where Cliengo's behaviour is only inferred [I] (shared/api/cliengo.md §9), the node must work with
 * either reading. Each case runs the node against a fake configured the other way.
 */
import { byId, json, KEY, run, runError, withFake } from './helpers';

describe('tolerance of inferred API details', () => {
	it('list items under "results" or under the resource name ("contacts", "sites", …)', async () => {
		for (const itemsKey of ['results', 'contacts'] as const) {
			await withFake({ itemsKey, seed: { contacts: 12, conversations: 3 } }, async (fake) => {
				expect(json(await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true }))).toEqual(fake.allContacts());
				expect(json(await run(fake, { resource: 'site', operation: 'getAll', returnAll: true }))).toEqual(fake.store.sites);
				expect(json(await run(fake, { resource: 'user', operation: 'getAll', returnAll: true }))).toEqual(fake.store.users);
				expect(json(await run(fake, { resource: 'conversation', operation: 'getAll', returnAll: true }))).toHaveLength(3);
				expect(json(await run(fake, { resource: 'chatbot', operation: 'getAll', returnAll: true }))).toHaveLength(2);
			});
		}
	});

	it('an error body shaped {error} instead of {message}, and another 401 body', async () => {
		await withFake(
			{ errorBody: (message) => ({ error: message }), unauthorized: { status: 403, body: { error: 'Forbidden: bad key' } }, seed: { contacts: 2 } },
			async (fake) => {
				const missing = await runError(fake, { resource: 'contact', operation: 'get', contactId: byId('000000000000000000000000') });
				expect(missing.message).toBe('Contact not found');
				const denied = await runError(fake, { resource: 'account', operation: 'get' }, { credentials: { cliengoApi: fake.credentials({ apiKey: 'bad-key-999' }) as never } });
				expect(denied.message).toBe('Forbidden: bad key');
				expect(denied.httpCode).toBe('403');
			},
		);
	});

	it('with "Send Key As: Authorization Header" the key goes only in a Bearer header [I: header name undocumented]', async () => {
		await withFake({ seed: { contacts: 2 } }, async (fake) => {
			await run(fake, { resource: 'account', operation: 'get' }, { credentials: { cliengoApi: fake.credentials({ keyLocation: 'header' }) as never } });
			expect(fake.requests[0].query).toEqual({});
			expect(fake.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
		});
	});

	it('`until` inclusive and days read in the account’s zone: user date filters still partition, windows still complete', async () => {
		await withFake(
			{ untilInclusive: true, dayOffsetMinutes: -180, now: () => Date.parse('2026-06-15T12:00:00Z'), seed: { contacts: 1600, from: '2026-05-01T00:00:00Z', to: '2026-06-15T00:00:00Z', random: 21 } },
			async (fake) => {
				const out = json(await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true, filters: { since: '2026-05-10' } }));
				const expected = fake.allContacts().filter((c) => c.creationDate >= '2026-05-10T03:00:00.000Z');
				expect(out).toEqual(expected);
			},
		);
	});

	it('a smaller page limit than asked (maxLimit 20) still gives every contact of a small account', async () => {
		await withFake({ maxLimit: 20, seed: { contacts: 45 } }, async (fake) => {
			const out = json(await run(fake, { resource: 'contact', operation: 'getAll', returnAll: true }));
			expect(out).toEqual(fake.allContacts());
			expect(fake.requests.map((r) => r.query.offset)).toEqual(['0', '20', '40']);
		});
	});
});
