/**
 * Contact labels: get, set (replaces), add and remove (read, then send the new set: the server's
 * POST replaces the whole set, §10 #10). Exact requests, output against the fake's state.
 */
import { NodeApiError } from 'n8n-workflow';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused } = useFake();

const labelOp = resourceOp('contactLabel');

function newContact(labels: string[]) {
	const contact = fake.addContact({ name: `Labelled ${labels.join('+')}`, labels });
	fake.server.clearLog();
	return contact;
}

describe('contactLabel', () => {
	it('get: lists the labels of the contact', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await run(fake, labelOp('get', { contactId: rl(contact.id) }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: undefined }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('set: replaces the whole set', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await run(fake, labelOp('set', { contactId: rl(contact.id), labels: ['billing', 'bug'] }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['billing', 'bug'] } }]);
		expect(contact.labels).toEqual(['billing', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('set: with no labels removes them all', async () => {
		const contact = newContact(['vip']);
		const out = await run(fake, labelOp('set', { contactId: rl(contact.id), labels: [] }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: [] } }]);
		expect(contact.labels).toEqual([]);
		expect(jsonOf(out)).toEqual([{ labels: [] }]);
	});

	it('add: keeps the current labels and adds the new ones', async () => {
		const contact = newContact(['vip']);
		const out = await run(fake, labelOp('add', { contactId: rl(contact.id), labels: ['lead', 'vip', 'bug'] }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: undefined },
			{ method: 'POST', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['vip', 'lead', 'bug'] } },
		]);
		expect(contact.labels).toEqual(['vip', 'lead', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('add: sends nothing more when every label is already there', async () => {
		const contact = newContact(['vip', 'lead']);
		const out = await run(fake, labelOp('add', { contactId: rl(contact.id), labels: ['lead'] }));
		expect(sent().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip', 'lead'] }]);
	});

	it('remove: keeps the other labels', async () => {
		const contact = newContact(['vip', 'lead', 'bug']);
		const out = await run(fake, labelOp('remove', { contactId: rl(contact.id), labels: ['lead', 'billing'] }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: undefined },
			{ method: 'POST', path: `${A()}/contacts/${contact.id}/labels`, query: {}, body: { labels: ['vip', 'bug'] } },
		]);
		expect(contact.labels).toEqual(['vip', 'bug']);
		expect(jsonOf(out)).toEqual([{ labels: contact.labels }]);
	});

	it('remove: sends nothing more when none of the labels is there', async () => {
		const contact = newContact(['vip']);
		const out = await run(fake, labelOp('remove', { contactId: rl(contact.id), labels: ['bug'] }));
		expect(sent().map((r) => r.method)).toEqual(['GET']);
		expect(jsonOf(out)).toEqual([{ labels: ['vip'] }]);
	});

	it('refuses bad input before any request', async () => {
		await refused(labelOp('add', { contactId: rl(1), labels: [] }), 'Labels', /at least one/);
		await refused(labelOp('remove', { contactId: rl(1) }), 'Labels', /required/);
		await refused(labelOp('get', { contactId: rl('x1') }), 'Contact', /numeric/);
		await refused(labelOp('set', { contactId: rl('12/../../x'), labels: ['vip'] }), 'Contact', /numeric/);
	});

	it('reports a missing contact as the API error', async () => {
		const error = await failure(labelOp('add', { contactId: rl(424242), labels: ['vip'] }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect(sent().map((r) => r.method)).toEqual(['GET']);
	});
});
