/**
 * Contact labels: get, set (replaces), add and remove (read, then send the new set: the server's
 * POST replaces the whole set, §10 #10). Exact requests, output against the fake's state.
 */
import { NodeApiError } from 'n8n-workflow';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();

const labelOp = resourceOp('contactLabel');

function newContact(labels: string[]) {
	const contact = h.fake.addContact({ name: `Labelled ${labels.join('+')}`, labels });
	h.fake.clearLog();
	return contact;
}

describe('contactLabel', () => {
	it('get: lists the labels of the contact', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await h.run(labelOp('get', { contactId: byId(contact.id) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/${contact.id}/labels`, query: {} }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('set: replaces the whole set', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await h.run(labelOp('set', { contactId: byId(contact.id), labels: ['billing', 'bug'] }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['billing', 'bug'] } }]);
		expect(contact.labels).toEqual(['billing', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('set: with no labels removes them all', async () => {
		const contact = newContact(['vip']);
		const out = await h.run(labelOp('set', { contactId: byId(contact.id), labels: [] }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: [] } }]);
		expect(contact.labels).toEqual([]);
		expect(jsonOf(out)).toEqual([{ labels: [] }]);
	});

	it('add: keeps the current labels and adds the new ones', async () => {
		const contact = newContact(['vip']);
		const out = await h.run(labelOp('add', { contactId: byId(contact.id), labels: ['lead', 'vip', 'bug'] }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/contacts/${contact.id}/labels`, query: {} },
			{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['vip', 'lead', 'bug'] } },
		]);
		expect(contact.labels).toEqual(['vip', 'lead', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('add: sends nothing more when every label is already there', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await h.run(labelOp('add', { contactId: byId(contact.id), labels: ['lead'] }));
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip', 'lead'] }]);
	});

	it('remove: keeps the other labels', async () => {
		const contact = newContact(['vip', 'lead', 'bug']);
		const out = await h.run(labelOp('remove', { contactId: byId(contact.id), labels: ['lead', 'billing'] }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/contacts/${contact.id}/labels`, query: {} },
			{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['vip', 'bug'] } },
		]);
		expect(contact.labels).toEqual(['vip', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('remove: sends nothing more when none of the labels is there', async () => {
		const contact = newContact(['vip']);
		const out = await h.run(labelOp('remove', { contactId: byId(contact.id), labels: ['bug'] }));
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip'] }]);
	});

	it('refuses bad input before any request', async () => {
		await h.refused(labelOp('add', { contactId: byId(1), labels: [] }), 'Labels', /at least one/);
		// Left untouched, Labels holds its default (no labels): refused the same way.
		await h.refused(labelOp('remove', { contactId: byId(1) }), 'Labels', /at least one/);
		await h.refused(labelOp('get', { contactId: byId('x1') }), 'Contact', /numeric/);
		await h.refused(labelOp('set', { contactId: byId('12/../../x'), labels: ['vip'] }), 'Contact', /numeric/);
	});

	it('reports a missing contact as the API error', async () => {
		const error = await h.runError(labelOp('add', { contactId: byId(424242), labels: ['vip'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
	});
});
