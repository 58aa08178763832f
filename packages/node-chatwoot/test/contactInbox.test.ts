/**
 * Contact inboxes: create (POST /contacts/{id}/contact_inboxes).
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();
const { contactInboxView } = chatwootViews;

const inboxOp = (params: IDataObject = {}): IDataObject => ({ resource: 'contactInbox', operation: 'create', ...params });

describe('contactInbox: create', () => {
	it('links the contact to the inbox with the given source ID', async () => {
		const contact = h.fake.addContact({ name: 'Linked Person' });
		const inbox = h.fake.seeded!.inboxes.api;
		h.fake.clearLog();
		const out = await h.run(inboxOp({ contactId: byId(contact.id), inboxId: byId(inbox), sourceId: 'ext-src-1' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/contact_inboxes`, query: {}, body: { inbox_id: inbox, source_id: 'ext-src-1' } },
		]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		const link = h.fake.state.contactInboxesOf(contact.id).find((ci) => ci.inbox_id === inbox)!;
		expect(link.source_id).toBe('ext-src-1');
		expect(jsonOf(out)).toEqual([contactInboxView(h.fake.state, link)]);
	});

	it('lets the server generate the source ID when none is given', async () => {
		const contact = h.fake.addContact({ name: 'Generated Source' });
		const inbox = h.fake.seeded!.inboxes.api;
		h.fake.clearLog();
		const out = await h.run(inboxOp({ contactId: byId(contact.id), inboxId: byId(inbox) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/contact_inboxes`, query: {}, body: { inbox_id: inbox } }]);
		const link = h.fake.state.contactInboxesOf(contact.id)[0];
		expect(jsonOf(out)).toEqual([contactInboxView(h.fake.state, link)]);
		expect(link.source_id).toMatch(/\S/);
	});

	it('reports an unknown inbox as the API error', async () => {
		const error = await h.runError(inboxOp({ contactId: byId(1), inboxId: byId(5555) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
	});

	it('refuses bad input before any request', async () => {
		for (const [params, field] of [
			[{ contactId: byId(1), inboxId: byId('') }, 'Inbox'],
			[{ contactId: byId(1), inboxId: byId('api') }, 'Inbox'],
			[{ contactId: byId('12/../../x'), inboxId: byId(1) }, 'Contact'],
		] as const) {
			const error = await h.runError(inboxOp(params as IDataObject));
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toContain(`"${field}"`);
		}
		expect(h.fake.requests).toHaveLength(0);
	});
});
