/**
 * Contact inboxes: create (POST /contacts/{id}/contact_inboxes).
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { contactInboxView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, rl, run, useFake } from './harness';

const { fake, A, sent, failure } = useFake();

const inboxOp = (params: IDataObject = {}): IDataObject => ({ resource: 'contactInbox', operation: 'create', ...params });

describe('contactInbox: create', () => {
	it('links the contact to the inbox with the given source ID', async () => {
		const contact = fake.addContact({ name: 'Linked Person' });
		const inbox = fake.seeded!.inboxes.api;
		fake.server.clearLog();
		const out = await run(fake, inboxOp({ contactId: rl(contact.id), inboxId: rl(inbox), sourceId: 'ext-src-1' }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/contacts/${contact.id}/contact_inboxes`, query: {}, body: { inbox_id: inbox, source_id: 'ext-src-1' } },
		]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		const link = fake.state.contactInboxesOf(contact.id).find((ci) => ci.inbox_id === inbox)!;
		expect(link.source_id).toBe('ext-src-1');
		expect(jsonOf(out)).toEqual([contactInboxView(fake.state, link)]);
	});

	it('lets the server generate the source ID when none is given', async () => {
		const contact = fake.addContact({ name: 'Generated Source' });
		const inbox = fake.seeded!.inboxes.api;
		fake.server.clearLog();
		const out = await run(fake, inboxOp({ contactId: rl(contact.id), inboxId: rl(inbox) }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts/${contact.id}/contact_inboxes`, query: {}, body: { inbox_id: inbox } }]);
		const link = fake.state.contactInboxesOf(contact.id)[0];
		expect(jsonOf(out)).toEqual([contactInboxView(fake.state, link)]);
		expect(link.source_id).toMatch(/\S/);
	});

	it('reports an unknown inbox as the API error', async () => {
		const error = await failure(inboxOp({ contactId: rl(1), inboxId: rl(5555) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});

	it('refuses bad input before any request', async () => {
		for (const [params, field] of [
			[{ contactId: rl(1), inboxId: rl('') }, 'Inbox'],
			[{ contactId: rl(1), inboxId: rl('api') }, 'Inbox'],
			[{ contactId: rl('12/../../x'), inboxId: rl(1) }, 'Contact'],
		] as const) {
			const error = await failure(inboxOp(params as IDataObject));
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toContain(`"${field}"`);
		}
		expect(fake.server.requests).toHaveLength(0);
	});
});
