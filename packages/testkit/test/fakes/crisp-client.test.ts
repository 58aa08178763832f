/**
 * The official Node client crisp-api@11.3.0 (a dev dependency of the test kit only), pointed at the
 * fake with its REST host override, calls the fake like it calls Crisp: every request it sends must
 * pass the route table's validation, and its answers must be what the client expects.
 */
import { Crisp } from 'crisp-api';

import { createCrispFake, type CrispFake } from '../../src/fakes/crisp';

describe('fake Crisp driven by the official client crisp-api@11.3.0', () => {
	let fake: CrispFake;
	let client: Crisp;
	let now = 1_780_000_000_000;

	beforeAll(async () => {
		fake = createCrispFake({ now: () => now });
		await fake.start();
		client = new Crisp();
		client.setRestHost(fake.restHost);
		const token = fake.token('plugin');
		client.authenticateTier('plugin', token.identifier, token.key);
	});
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	it('sends Basic auth, the tier, its User-Agent and JSON bodies the fake accepts', async () => {
		const website = await client.website.getWebsite(fake.websiteId);
		expect(website).toEqual({ website_id: fake.websiteId, name: 'Acme Store', domain: 'acme.example', logo: 'https://acme.example/logo.png' });
		const request = fake.requestsFor('getWebsite')[0];
		expect(request.headers['x-crisp-tier']).toBe('plugin');
		expect(request.headers.authorization).toBe(fake.authHeaders('plugin').Authorization);
		expect(request.headers['user-agent']).toMatch(/^node-crisp-api\//);
	});

	it('runs a dozen workflow methods end to end', async () => {
		const w = fake.websiteId;
		const conversations = await client.website.listConversations(w, 1, { per_page: 20, filter_not_resolved: 1 });
		expect(conversations).toHaveLength(16);
		expect(conversations.every((c) => c.state !== 'resolved')).toBe(true);

		const { session_id: sessionId } = (await client.website.createNewConversation(w)) as { session_id: string };
		expect(await client.website.checkConversationExists(w, sessionId)).toEqual({});
		now += 1000;
		const sent = (await client.website.sendMessageInConversation(w, sessionId, { type: 'text', from: 'user', origin: 'chat', content: 'I need help with my order' })) as { fingerprint: number };
		expect(sent.fingerprint).toEqual(fake.messages(sessionId)[0].fingerprint);
		await client.website.updateConversationMetas(w, sessionId, { nickname: 'Pat', email: 'pat@example.com', segments: ['order'], data: { order: 1234 } });
		now += 1000;
		await client.website.sendMessageInConversation(w, sessionId, { type: 'note', from: 'operator', origin: 'chat', content: 'Looking into it', mentions: [fake.seeded!.operators.member] });
		const messages = await client.website.getMessagesInConversation(w, sessionId);
		expect(messages.map((m) => [m.type, m.from, m.content])).toEqual([
			['text', 'user', 'I need help with my order'],
			['note', 'operator', 'Looking into it'],
		]);
		await client.website.changeConversationState(w, sessionId, 'resolved');
		expect(await client.website.getConversationState(w, sessionId)).toEqual({ state: 'resolved' });
		const conversation = await client.website.getConversation(w, sessionId);
		expect(conversation).toMatchObject({ session_id: sessionId, state: 'resolved', meta: { nickname: 'Pat', email: 'pat@example.com', segments: ['order'], data: { order: 1234 } } });

		const { people_id: peopleId } = (await client.website.addNewPeopleProfile(w, { email: 'pat@example.com', person: { nickname: 'Pat Doe' }, segments: ['customer'] })) as { people_id: string };
		await client.website.updatePeopleProfile(w, peopleId, { company: { name: 'Initech' } });
		expect(await client.website.getPeopleProfile(w, peopleId)).toMatchObject({ people_id: peopleId, email: 'pat@example.com', person: { nickname: 'Pat Doe' }, company: { name: 'Initech' } });
		const found = await client.website.listPeopleProfiles(w, 1, undefined, undefined, undefined, undefined, 'pat@example');
		expect(found.map((p) => p.people_id)).toEqual([peopleId]);
		expect(await client.website.getPeopleStatistics(w)).toEqual({ total: 31 });

		const operators = await client.website.listWebsiteOperators(w);
		expect(operators.map((o) => (o.details as Record<string, unknown>).first_name)).toEqual(['Alice', 'Bob', 'Carla']);
		expect(await client.plugin.getConnectAccount()).toEqual({ plugin_id: fake.seeded!.pluginId });
		const websites = await client.plugin.listAllConnectWebsites(1, true, false);
		expect(websites.map((s) => s.website_id)).toEqual([fake.websiteId]);
		const locales = await client.website.listHelpdeskLocales(w, 1);
		expect(locales.map((l) => l.locale)).toEqual(['en', 'es']);
		await client.website.batchUnresolveConversations(w, { sessions: [sessionId] });
		expect(fake.conversation(sessionId)!.state).toBe('unresolved');

		for (const name of ['listConversations', 'createNewConversation', 'checkConversationExists', 'sendMessageInConversation', 'updateConversationMetas', 'getMessagesInConversation', 'changeConversationState', 'getConversationState', 'getConversation', 'addNewPeopleProfile', 'updatePeopleProfile', 'getPeopleProfile', 'listPeopleProfiles', 'getPeopleStatistics', 'listWebsiteOperators', 'getConnectAccount', 'listAllConnectWebsites', 'listHelpdeskLocales', 'batchUnresolveConversations']) {
			expect([name, fake.requestsFor(name).length > 0]).toEqual([name, true]);
		}
		expect(fake.requestsFor('sendMessageInConversation').map((r) => r.status)).toEqual([202, 202]);
	});

	it('maps the fake’s errors like Crisp’s: invalid_session, not_found, and route_error for HEAD [C-client]', async () => {
		const wrong = new Crisp();
		wrong.setRestHost(fake.restHost);
		wrong.authenticateTier('plugin', fake.token('plugin').identifier, 'f'.repeat(64));
		await expect(wrong.website.getWebsite(fake.websiteId)).rejects.toMatchObject({ reason: 'error', message: 'invalid_session', code: 401 });
		const missing = 'session_9f1d2c3b-4a5e-4f60-8a7b-0c1d2e3f4a5b';
		await expect(client.website.getConversation(fake.websiteId, missing)).rejects.toMatchObject({ message: 'not_found', code: 404 });
		await expect(client.website.checkConversationExists(fake.websiteId, missing)).rejects.toMatchObject({ message: 'route_error', code: 404 });
	});

	it('the client’s camelCase Website types are not the wire: its TS names a field websiteID, the fake sends website_id', async () => {
		const settings = (await client.website.getWebsiteSettings(fake.websiteId)) as Record<string, unknown>;
		expect(settings.website_id).toBe(fake.websiteId);
		expect(settings).not.toHaveProperty('websiteID');
	});
});
