/**
 * Contact notes: getAll, get, create, update, delete (routes from Chatwoot's config/routes.rb).
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { noteView } = chatwootViews;

const noteOp = resourceOp('contactNote');

const notesOf = (contactId: number) =>
	h.fake.state.notes.filter((n) => n.contact_id === contactId).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
const view = (noteId: number) => noteView(h.fake.state, h.fake.state.notes.find((n) => n.id === noteId)!);

describe('contactNote', () => {
	let contactId: number;
	beforeAll(() => {
		contactId = h.fake.addContact({ name: 'Noted Person' }).id;
	});

	it('create: adds a note as the user of the token', async () => {
		const out = await h.run(noteOp('create', { contactId: byId(contactId), content: 'Called, wants a demo.' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/${contactId}/notes`, query: {}, body: { content: 'Called, wants a demo.' } }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		const [note] = notesOf(contactId);
		expect(note.content).toBe('Called, wants a demo.');
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('getAll: lists every note, and slices for the limit', async () => {
		await h.run(noteOp('create', { contactId: byId(contactId), content: 'Second note' }));
		await h.run(noteOp('create', { contactId: byId(contactId), content: 'Third note' }));
		h.fake.clearLog();
		const all = await h.run(noteOp('getAll', { contactId: byId(contactId), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/${contactId}/notes`, query: {} }]);
		expect(jsonOf(all)).toEqual(notesOf(contactId).map((n) => view(n.id)));
		expect(all).toHaveLength(3);

		h.fake.clearLog();
		const two = await h.run(noteOp('getAll', { contactId: byId(contactId), returnAll: false, limit: 2 }));
		expect(h.requests()).toHaveLength(1);
		expect(jsonOf(two)).toEqual(jsonOf(all).slice(0, 2));
	});

	it('get: one note', async () => {
		const note = notesOf(contactId)[0];
		const out = await h.run(noteOp('get', { contactId: byId(contactId), noteId: String(note.id) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/${contactId}/notes/${note.id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('update: replaces the content', async () => {
		const note = notesOf(contactId)[0];
		const out = await h.run(noteOp('update', { contactId: byId(contactId), noteId: note.id, content: 'Edited' }));
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `${h.A()}/contacts/${contactId}/notes/${note.id}`, query: {}, body: { content: 'Edited' } }]);
		expect(note.content).toBe('Edited');
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('delete: removes the note', async () => {
		const note = notesOf(contactId)[0];
		const out = await h.run(noteOp('delete', { contactId: byId(contactId), noteId: String(note.id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/contacts/${contactId}/notes/${note.id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: note.id }]);
		expect(h.fake.state.notes.some((n) => n.id === note.id)).toBe(false);
	});

	it('reports a missing note as the API error', async () => {
		const error = await h.runError(noteOp('get', { contactId: byId(contactId), noteId: '987654' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses bad input before any request', async () => {
		await h.refused(noteOp('create', { contactId: byId(contactId), content: '   ' }), 'Content', /required/);
		await h.refused(noteOp('get', { contactId: byId(contactId) }), 'Note ID', /required/);
		await h.refused(noteOp('get', { contactId: byId(contactId), noteId: 'abc' }), 'Note ID', /numeric/);
		await h.refused(noteOp('delete', { contactId: byId(contactId), noteId: '12/../../x' }), 'Note ID', /numeric/);
		await h.refused(noteOp('getAll', { contactId: byId(''), returnAll: true }), 'Contact', /required/);
		await h.refused(noteOp('getAll', { contactId: byId(contactId), returnAll: false, limit: 0 }), 'Limit', /at least 1/);
	});
});
