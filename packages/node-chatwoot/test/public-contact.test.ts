/**
 * Public Client API (`/public/api/v1/inboxes/{inbox_identifier}`, no token needed): inbox and
 * contacts. Exact requests, items against the fake's state, no spec violation, and string
 * identifiers encoded as one path segment.
 */
import { nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.client });
let inboxIdentifier: string;
beforeAll(() => {
	inboxIdentifier = h.fake.seeded!.apiInboxIdentifier;
});
const PUB = () => `/public/api/v1/inboxes/${inboxIdentifier}`;

const apiInbox = () => h.fake.state.inboxes.find((i) => i.inbox_identifier === inboxIdentifier)!;

describe('publicInbox', () => {
	it("get: GET /public/api/v1/inboxes/{the credential's identifier}, no account prefix, no token", async () => {
		const items = await h.run({ resource: 'publicInbox', operation: 'get' });
		expect(h.only()).toEqual({ method: 'GET', path: PUB(), query: {} });
		// The Client API takes no token: the Chatwoot Client API credential holds none and sends none.
		expect(h.fake.requests[0].headers.api_access_token).toBeUndefined();
		const inbox = apiInbox();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			identifier: inbox.inbox_identifier,
			name: inbox.name,
			timezone: inbox.timezone,
			working_hours_enabled: inbox.working_hours_enabled,
			csat_survey_enabled: inbox.csat_survey_enabled,
		});
	});

	it('another inbox is another credential: its identifier is the path, whatever the user token', async () => {
		const other = h.fake.state.inboxes.find((i) => i.id === h.fake.seeded!.inboxes.otherApi)!;
		const items = await h.run({ resource: 'publicInbox', operation: 'get' }, h.withInbox(other.inbox_identifier!));
		expect(h.only()).toEqual({ method: 'GET', path: `/public/api/v1/inboxes/${other.inbox_identifier!}`, query: {} });
		expect(items.map((i) => i.json.identifier)).toEqual([other.inbox_identifier]);
	});

	it('an identifier with slashes is one encoded segment: a 404, never another endpoint', async () => {
		await h.apiError({ resource: 'publicInbox', operation: 'get' }, 404, 'Resource could not be found', h.withInbox('12/../../x'));
		const [r] = h.fake.requests;
		expect(r.rawPath).toBe('/public/api/v1/inboxes/12%2F..%2F..%2Fx');
		expect(r.route).toBe('public.inboxes.show');
	});

	it("bad input: a blank identifier in the credential is refused before any request, naming the item and the credential's field", async () => {
		await h.refused({ resource: 'publicInbox', operation: 'get' }, 'Inbox Identifier', /^Item 1: "Inbox Identifier" of the Chatwoot Client API credential is empty$/, h.withInbox('  '));
	});
});

describe('publicContact', () => {
	it('create: POSTs only the fields given; the contact and its contact inbox exist; source_id comes back', async () => {
		const items = await h.run({
			resource: 'publicContact',
			operation: 'create',
			additionalFields: { name: 'Wanda', email: 'wanda@example.com', phoneNumber: '+5491155550000', identifier: 'user-881', customAttributes: '{"plan": "pro"}' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${PUB()}/contacts`,
			query: {},
			body: { identifier: 'user-881', name: 'Wanda', email: 'wanda@example.com', phone_number: '+5491155550000', custom_attributes: { plan: 'pro' } },
		});
		const contact = h.fake.state.contacts.find((c) => c.email === 'wanda@example.com')!;
		const contactInbox = h.fake.state.contactInboxes.find((ci) => ci.contact_id === contact.id && ci.inbox_id === apiInbox().id)!;
		expect(contact).toMatchObject({ name: 'Wanda', phone_number: '+5491155550000', identifier: 'user-881', custom_attributes: { plan: 'pro' } });
		expect(items.map((i) => i.json)).toEqual([
			{ id: contact.id, source_id: contactInbox.source_id, name: 'Wanda', email: 'wanda@example.com', phone_number: '+5491155550000', pubsub_token: contactInbox.pubsub_token },
		]);
	});

	it('create: with no field at all sends no body (an anonymous contact)', async () => {
		const items = await h.run({ resource: 'publicContact', operation: 'create', additionalFields: {} });
		const request = h.only();
		expect(request).toMatchObject({ method: 'POST', path: `${PUB()}/contacts`, query: {} });
		expect(request.body).toBeUndefined();
		expect(items[0].json.source_id).toEqual(expect.any(String));
	});

	it('get and update by the contact identifier (source_id)', async () => {
		const contact = h.fake.addContact({ name: 'Xavier', inboxId: apiInbox().id, sourceId: 'src-xavier' });
		const got = await h.run({ resource: 'publicContact', operation: 'get', contactIdentifier: 'src-xavier' });
		expect(h.only()).toEqual({ method: 'GET', path: `${PUB()}/contacts/src-xavier`, query: {} });
		expect(got[0].json).toMatchObject({ id: contact.id, source_id: 'src-xavier', name: 'Xavier' });

		h.fake.clearLog();
		const updated = await h.run({
			resource: 'publicContact',
			operation: 'update',
			inboxIdentifier,
			contactIdentifier: 'src-xavier',
			updateFields: { email: 'x@example.com', customAttributes: { vip: true } },
		});
		expect(h.only()).toEqual({ method: 'PATCH', path: `${PUB()}/contacts/src-xavier`, query: {}, body: { email: 'x@example.com', custom_attributes: { vip: true } } });
		expect(contact.email).toBe('x@example.com');
		expect(contact.custom_attributes).toMatchObject({ vip: true });
		expect(updated[0].json).toMatchObject({ id: contact.id, email: 'x@example.com', custom_attributes: contact.custom_attributes });
	});

	it('a contact identifier with slashes stays one segment (404 from the contact lookup)', async () => {
		await h.apiError({ resource: 'publicContact', operation: 'get', contactIdentifier: 'a/../../b' }, 404, 'Resource could not be found');
		expect(h.fake.requests[0].rawPath).toBe(`${PUB()}/contacts/a%2F..%2F..%2Fb`);
		expect(h.fake.requests[0].route).toBe('public.contacts.show');
	});

	it('bad input is refused before any request', async () => {
		await h.refused({ resource: 'publicContact', operation: 'get' }, 'Contact Identifier', 'is required');
		await h.refused({ resource: 'publicContact', operation: 'create', additionalFields: { customAttributes: '{"a":' } }, 'Additional Fields → Custom Attributes (JSON)', 'must be valid JSON');
		await h.refused({ resource: 'publicContact', operation: 'update', contactIdentifier: 'src-xavier', updateFields: {} }, 'Update Fields', 'needs at least one field');
	});

	it("the credential's inbox identifier (the Client API's key) is redacted from the node's errors", async () => {
		const error = await h.runError({ resource: 'publicContact', operation: 'get', contactIdentifier: 'nobody' });
		expect(h.only().path).toBe(`${PUB()}/contacts/nobody`);
		expect((error as Error).message).toBe('Resource could not be found');
		const shown = JSON.stringify({ message: (error as Error).message, description: (error as { description?: string }).description, context: (error as { context?: unknown }).context });
		expect(shown).toContain('/contacts/nobody');
		expect(shown).not.toContain(inboxIdentifier);
	});

	it('API error: an unknown inbox identifier is a 404 with the server message', async () => {
		await h.apiError({ resource: 'publicContact', operation: 'create', additionalFields: { name: 'Y' } }, 404, 'Resource could not be found', h.withInbox('no-such-inbox'));
		expect(h.only().path).toBe('/public/api/v1/inboxes/no-such-inbox/contacts');
	});
});
