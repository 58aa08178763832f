/**
 * Contact notes: getAll, get, create, update, delete (routes from Chatwoot's config/routes.rb).
 */
import { NodeApiError } from 'n8n-workflow';
import { noteView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused } = useFake();

const noteOp = resourceOp('contactNote');

const notesOf = (contactId: number) =>
	fake.state.notes.filter((n) => n.contact_id === contactId).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
const view = (noteId: number) => noteView(fake.state, fake.state.notes.find((n) => n.id === noteId)!);

describe('contactNote', () => {
	let contactId: number;
	beforeAll(() => {
		contactId = fake.addContact({ name: 'Noted Person' }).id;
	});

	it('create: adds a note as the user of the token', async () => {
		const out = await run(fake, noteOp('create', { contactId: rl(contactId), content: 'Called, wants a demo.' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts/${contactId}/notes`, query: {}, body: { content: 'Called, wants a demo.' } }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		const [note] = notesOf(contactId);
		expect(note.content).toBe('Called, wants a demo.');
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('getAll: lists every note, and slices for the limit', async () => {
		await run(fake, noteOp('create', { contactId: rl(contactId), content: 'Second note' }));
		await run(fake, noteOp('create', { contactId: rl(contactId), content: 'Third note' }));
		fake.server.clearLog();
		const all = await run(fake, noteOp('getAll', { contactId: rl(contactId), returnAll: true }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/${contactId}/notes`, query: {}, body: undefined }]);
		expect(jsonOf(all)).toEqual(notesOf(contactId).map((n) => view(n.id)));
		expect(all).toHaveLength(3);

		fake.server.clearLog();
		const two = await run(fake, noteOp('getAll', { contactId: rl(contactId), returnAll: false, limit: 2 }));
		expect(sent()).toHaveLength(1);
		expect(jsonOf(two)).toEqual(jsonOf(all).slice(0, 2));
	});

	it('get: one note', async () => {
		const note = notesOf(contactId)[0];
		const out = await run(fake, noteOp('get', { contactId: rl(contactId), noteId: String(note.id) }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/${contactId}/notes/${note.id}`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('update: replaces the content', async () => {
		const note = notesOf(contactId)[0];
		const out = await run(fake, noteOp('update', { contactId: rl(contactId), noteId: note.id, content: 'Edited' }));
		expect(sent()).toEqual([{ method: 'PATCH', path: `${A()}/contacts/${contactId}/notes/${note.id}`, query: {}, body: { content: 'Edited' } }]);
		expect(note.content).toBe('Edited');
		expect(jsonOf(out)).toEqual([view(note.id)]);
	});

	it('delete: removes the note', async () => {
		const note = notesOf(contactId)[0];
		const out = await run(fake, noteOp('delete', { contactId: rl(contactId), noteId: String(note.id) }));
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/contacts/${contactId}/notes/${note.id}`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: note.id }]);
		expect(fake.state.notes.some((n) => n.id === note.id)).toBe(false);
	});

	it('reports a missing note as the API error', async () => {
		const error = await failure(noteOp('get', { contactId: rl(contactId), noteId: '987654' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses bad input before any request', async () => {
		await refused(noteOp('create', { contactId: rl(contactId), content: '   ' }), 'Content', /required/);
		await refused(noteOp('get', { contactId: rl(contactId) }), 'Note ID', /required/);
		await refused(noteOp('get', { contactId: rl(contactId), noteId: 'abc' }), 'Note ID', /numeric/);
		await refused(noteOp('delete', { contactId: rl(contactId), noteId: '12/../../x' }), 'Note ID', /numeric/);
		await refused(noteOp('getAll', { contactId: rl(''), returnAll: true }), 'Contact', /required/);
		await refused(noteOp('getAll', { contactId: rl(contactId), returnAll: false, limit: 0 }), 'Limit', /at least 1/);
	});
});
