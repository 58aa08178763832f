/**
 * Message resource against the fake Crisp: every message type sent with the exact body Crisp
 * expects (the fake checks each content shape), the timestamp cursor walked back in time without
 * losing messages that share a millisecond, edits, deletes, read and delivered marks, typing.
 */
import type { IDataObject } from 'n8n-workflow';
import { createCrispFake, nodeHarness, apiError, refused } from '@leadchat/testkit';
import { byId, credentialTypes, credentialsFor, jsonOf, node, useCrisp } from './harness';

const h = useCrisp();

const W = () => `/v1/website/${h.fake.websiteId}`;
const C = (sessionId: string) => `${W()}/conversation/${sessionId}`;
const json = <T>(value: T): IDataObject => JSON.parse(JSON.stringify(value)) as IDataObject;
const run = async (operation: string, parameters: Record<string, unknown> = {}) => jsonOf(await h.run({ resource: 'message', operation, ...parameters }));
const fresh = () => {
	const c = h.fake.addConversation();
	h.fake.addVisitorMessage(c.session_id, 'Hello');
	h.fake.clearLog();
	return c.session_id;
};
/** The conversation's messages as Crisp serves them, newest first. */
const newestFirst = (sessionId: string) => h.fake.messages(sessionId).map(json).reverse();

describe('message: send', () => {
	const cases: Array<[string, Record<string, unknown>, unknown]> = [
		['text', { text: 'Hello from n8n' }, 'Hello from n8n'],
		['note', { text: 'Customer is VIP' }, 'Customer is VIP'],
		['file', { url: 'https://files.example.com/invoice.pdf', fileName: 'invoice.pdf', mimeType: 'application/pdf' }, { name: 'invoice.pdf', url: 'https://files.example.com/invoice.pdf', type: 'application/pdf' }],
		['animation', { url: 'https://media.example.com/thumbs.gif', mimeType: 'image/gif' }, { url: 'https://media.example.com/thumbs.gif', type: 'image/gif' }],
		['audio', { url: 'https://files.example.com/v.weba', mimeType: 'audio/webm', duration: 12 }, { url: 'https://files.example.com/v.weba', type: 'audio/webm', duration: 12 }],
		[
			'picker',
			{ contentId: 'rating-1', prompt: 'How was it?', choices: '[{"value": "good", "label": "Good", "icon": "😀"}, {"value": "bad", "label": "Bad"}]', answerRequired: true },
			{
				id: 'rating-1',
				text: 'How was it?',
				choices: [
					{ value: 'good', label: 'Good', icon: '😀' },
					{ value: 'bad', label: 'Bad' },
				],
				required: true,
			},
		],
		['field', { contentId: 'email-1', prompt: 'Your email?', explain: 'Enter your email', value: 'a@b.co' }, { id: 'email-1', text: 'Your email?', explain: 'Enter your email', value: 'a@b.co', required: false }],
		[
			'carousel',
			{ prompt: 'Our plans', targets: [{ title: 'Basic', description: '9 EUR', actions: [{ label: 'Choose', url: 'https://acme.example/basic' }] }] },
			{ text: 'Our plans', targets: [{ title: 'Basic', description: '9 EUR', actions: [{ label: 'Choose', url: 'https://acme.example/basic' }] }] },
		],
		['event', { namespace: 'order:shipped', eventText: 'Order #42 shipped' }, { namespace: 'order:shipped', text: 'Order #42 shipped' }],
	];

	it.each(cases)('sends a %s message with its content as Crisp reads it', async (type, fields, content) => {
		const id = fresh();
		const [out] = await run('send', { sessionId: byId(id), type, from: 'operator', ...fields });
		const body = { type, from: 'operator', origin: 'chat', content };
		expect(h.requests()).toEqual([{ method: 'POST', path: `${C(id)}/message`, query: {}, body }]);
		const sent = h.fake.messages(id).pop()!;
		expect(sent).toMatchObject(body);
		expect(out).toEqual({ session_id: id, ...body, fingerprint: sent.fingerprint });
	});

	it('sends as the visitor, with every option', async () => {
		const id = fresh();
		const { owner, member } = h.fake.seeded!.operators;
		const [out] = await run('send', {
			sessionId: byId(id),
			type: 'note',
			from: 'user',
			text: '@team look',
			options: { origin: 'urn:my-app', nickname: 'Bot', avatar: 'https://cdn.example.com/bot.png', fingerprint: 424242, mentions: [owner, member], stealth: true, automated: true },
		});
		const body = {
			type: 'note',
			from: 'user',
			origin: 'urn:my-app',
			content: '@team look',
			fingerprint: 424242,
			user: { nickname: 'Bot', avatar: 'https://cdn.example.com/bot.png' },
			mentions: [owner, member],
			stealth: true,
			automated: true,
		};
		expect(h.requests()).toEqual([{ method: 'POST', path: `${C(id)}/message`, query: {}, body }]);
		expect(out).toEqual({ session_id: id, ...body });
		expect(h.fake.messages(id).find((m) => m.fingerprint === 424242)).toMatchObject({ content: '@team look', mentions: [owner, member] });
	});

	it("fails with Crisp's answer when the fingerprint is already used", async () => {
		const id = fresh();
		const [first] = h.fake.messages(id);
		await apiError(h, { resource: 'message', operation: 'send', sessionId: byId(id), type: 'text', from: 'operator', text: 'x', options: { fingerprint: first.fingerprint } }, 400, 'invalid_data');
	});

	it('refuses a message that misses what its type needs, before any request', async () => {
		const op = { resource: 'message', operation: 'send', sessionId: byId(fresh()), from: 'operator' };
		await refused(h, { ...op, type: 'text' }, 'Text', /is required for a text message/);
		await refused(h, { ...op, type: 'file', url: 'https://x.example/a.pdf', mimeType: 'application/pdf' }, 'File Name', /is required for a file message/);
		await refused(h, { ...op, type: 'animation', url: 'not a url', mimeType: 'image/gif' }, 'URL');
		await refused(h, { ...op, type: 'picker', contentId: 'p', prompt: 'Q?', choices: '[]' }, 'Choices (JSON)', /is required for a picker message/);
		await refused(h, { ...op, type: 'picker', contentId: 'p', prompt: 'Q?', choices: '[{"value": "a"}]' }, 'Choices (JSON)', /choice 1 needs a "value" and a "label"/);
		await refused(h, { ...op, type: 'carousel', prompt: 'Plans', targets: '[{"title": "A", "description": "B"}]' }, 'Cards (JSON)', /card 1 needs/);
		await refused(h, { ...op, type: 'carousel', prompt: 'Plans', targets: '[{"title": "A", "description": "B", "actions": [{"label": "Go"}]}]' }, 'Cards (JSON)', /card 1, action 1 needs/);
		await refused(h, { ...op, type: 'event' }, 'Namespace', /is required for a event message/);
		await refused(h, { ...op, type: 'text', text: 'x', options: { fingerprint: 1.5 } }, 'Options → Fingerprint', /whole number/);
	});
});

describe('message: get many (timestamp cursor)', () => {
	it('walks the whole conversation newest first, re-reading the millisecond at each batch boundary', async () => {
		const id = h.fake.seeded!.longConversation;
		const all = h.fake.messages(id);
		expect(all).toHaveLength(45);
		// The fake's batches hold 20: the first boundary falls between two messages of one millisecond.
		expect(all[24].timestamp).toBe(all[25].timestamp);
		const out = await run('getAll', { sessionId: byId(id), returnAll: true });
		expect(out).toEqual(newestFirst(id));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${C(id)}/messages`, query: {} },
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(all[25].timestamp + 1) } },
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(all[6].timestamp + 1) } },
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(all[0].timestamp + 1) } },
		]);
	});

	it('stops at the limit, and gives the newest messages oldest first when asked', async () => {
		const id = h.fake.seeded!.longConversation;
		const out = await run('getAll', { sessionId: byId(id), returnAll: false, limit: 25 });
		expect(out).toEqual(newestFirst(id).slice(0, 25));
		expect(h.requests()).toHaveLength(2);
		h.fake.clearLog();
		const chronological = await run('getAll', { sessionId: byId(id), returnAll: false, limit: 5, options: { order: 'oldest' } });
		expect(chronological).toEqual(newestFirst(id).slice(0, 5).reverse());
		expect(h.requests()).toHaveLength(1);
	});

	it('starts before a time and stops after another (dates or millisecond timestamps)', async () => {
		const id = h.fake.seeded!.longConversation;
		const all = h.fake.messages(id);
		const before = all[30].timestamp;
		const after = all[2].timestamp;
		const out = await run('getAll', { sessionId: byId(id), returnAll: true, options: { before: String(before), after: new Date(after).toISOString() } });
		expect(out).toEqual(
			all
				.filter((m) => m.timestamp < before && m.timestamp > after)
				.map(json)
				.reverse(),
		);
		// The second batch reaches back past `after`: the walk ends there.
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(before) } },
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(all.filter((m) => m.timestamp < before).slice(-20)[0].timestamp + 1) } },
		]);
	});

	it('reads a conversation with one batch in one request', async () => {
		const id = fresh();
		expect(await run('getAll', { sessionId: byId(id), returnAll: true })).toEqual(newestFirst(id));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${C(id)}/messages`, query: {} },
			{ method: 'GET', path: `${C(id)}/messages`, query: { timestamp_before: String(h.fake.messages(id)[0].timestamp + 1) } },
		]);
	});

	it('refuses a time that is not one', async () => {
		await refused(h, { resource: 'message', operation: 'getAll', sessionId: byId(fresh()), returnAll: true, options: { before: 'soon' } }, 'Options → Before', /date/);
	});
});

describe('message: get many with other batch sizes (Crisp does not document its own)', () => {
	const small = nodeHarness({ node, fake: () => createCrispFake({ messageBatchSize: 7, messagesPartialStatus: 200 }), credentials: (fake) => credentialsFor(fake), credentialTypes });

	it('returns every message once whatever the batch size', async () => {
		const id = small.fake.seeded!.longConversation;
		const out = jsonOf(await small.run({ resource: 'message', operation: 'getAll', sessionId: byId(id), returnAll: true }));
		expect(out).toEqual(small.fake.messages(id).map(json).reverse());
		expect(small.requests().length).toBeGreaterThanOrEqual(Math.ceil(45 / 7));
	});
});

describe('message: get, update, delete, get original', () => {
	it('gets one message by its fingerprint', async () => {
		const id = h.fake.seeded!.longConversation;
		const m = h.fake.messages(id)[3];
		expect(await run('get', { sessionId: byId(id), fingerprint: String(m.fingerprint) })).toEqual([json(m)]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${C(id)}/message/${m.fingerprint}`, query: {} }]);
	});

	it('refuses a fingerprint that is not a number, and fails with not_found for an unknown one', async () => {
		const id = fresh();
		await refused(h, { resource: 'message', operation: 'get', sessionId: byId(id), fingerprint: 'abc' }, 'Fingerprint', /numeric/);
		await apiError(h, { resource: 'message', operation: 'get', sessionId: byId(id), fingerprint: '123' }, 404, 'not_found');
	});

	it('edits a text message and a structured one', async () => {
		const id = fresh();
		const [text] = h.fake.messages(id);
		const event = h.fake.addOperatorMessage(id, { type: 'event', content: { namespace: 'a', text: 'b' } });
		h.fake.clearLog();
		expect(await run('update', { sessionId: byId(id), fingerprint: String(text.fingerprint), format: 'text', text: 'Hello (edited)' })).toEqual([
			{ success: true, session_id: id, fingerprint: text.fingerprint, content: 'Hello (edited)' },
		]);
		expect(await run('update', { sessionId: byId(id), fingerprint: String(event.fingerprint), format: 'json', content: '{"namespace": "a", "text": "c"}' })).toEqual([
			{ success: true, session_id: id, fingerprint: event.fingerprint, content: { namespace: 'a', text: 'c' } },
		]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/message/${text.fingerprint}`, query: {}, body: { content: 'Hello (edited)' } },
			{ method: 'PATCH', path: `${C(id)}/message/${event.fingerprint}`, query: {}, body: { content: { namespace: 'a', text: 'c' } } },
		]);
		expect(h.fake.messages(id).map((m) => m.content)).toEqual(['Hello (edited)', { namespace: 'a', text: 'c' }]);
		await refused(h, { resource: 'message', operation: 'update', sessionId: byId(id), fingerprint: String(text.fingerprint), format: 'text' }, 'Text', /is required/);
	});

	it('deletes a message', async () => {
		const id = fresh();
		const [m] = h.fake.messages(id);
		expect(await run('delete', { sessionId: byId(id), fingerprint: String(m.fingerprint) })).toEqual([{ success: true, session_id: id, fingerprint: m.fingerprint, deleted: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${C(id)}/message/${m.fingerprint}`, query: {} }]);
		expect(h.fake.messages(id)).toEqual([]);
	});

	it('gets the original of an email message', async () => {
		const id = fresh();
		h.fake.addVisitorMessage(id, { content: 'By email', origin: 'email', original: { original_id: 'b8a4d2f0-1c2d-4e5f-8a9b-0c1d2e3f4a5b' } });
		h.fake.clearLog();
		const [out] = await run('getOriginal', { sessionId: byId(id), originalId: 'b8a4d2f0-1c2d-4e5f-8a9b-0c1d2e3f4a5b' });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${C(id)}/original/b8a4d2f0-1c2d-4e5f-8a9b-0c1d2e3f4a5b`, query: {} }]);
		expect(out).toMatchObject({ session_id: id, original_id: 'b8a4d2f0-1c2d-4e5f-8a9b-0c1d2e3f4a5b', content: 'By email' });
	});
});

describe('message: read and delivered marks, typing', () => {
	it("marks the visitor's messages read by the team, and delivered", async () => {
		const id = fresh();
		const second = h.fake.addVisitorMessage(id, 'Anyone?');
		const [first] = h.fake.messages(id);
		h.fake.clearLog();
		const fingerprints = `${first.fingerprint}, ${second.fingerprint}`;
		expect(await run('markRead', { sessionId: byId(id), fingerprints, from: 'operator' })).toEqual([
			{ success: true, session_id: id, from: 'operator', fingerprints: [first.fingerprint, second.fingerprint] },
		]);
		expect(await run('markDelivered', { sessionId: byId(id), fingerprints: [String(second.fingerprint)], from: 'user', origin: 'urn:sms' })).toEqual([
			{ success: true, session_id: id, from: 'user', fingerprints: [second.fingerprint] },
		]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/read`, query: {}, body: { from: 'operator', origin: 'chat', fingerprints: [first.fingerprint, second.fingerprint] } },
			{ method: 'PATCH', path: `${C(id)}/delivered`, query: {}, body: { from: 'user', origin: 'urn:sms', fingerprints: [second.fingerprint] } },
		]);
		expect(h.fake.messages(id).map((m) => [m.read, m.delivered])).toEqual([
			['chat', ''],
			['chat', 'urn:sms'],
		]);
	});

	it('refuses marks without fingerprints, or with one that is not a number', async () => {
		const op = { resource: 'message', operation: 'markRead', sessionId: byId(fresh()), from: 'operator' };
		await refused(h, { ...op, fingerprints: '' }, 'Fingerprints', /at least one/);
		await refused(h, { ...op, fingerprints: '12, twelve' }, 'Fingerprints', /"twelve", which is not a message fingerprint/);
	});

	it('starts and stops the typing indicator', async () => {
		const id = fresh();
		expect(await run('compose', { sessionId: byId(id), typing: 'start', from: 'operator', options: { excerpt: 'Let me check', automated: true } })).toEqual([
			{ success: true, session_id: id, typing: 'start', from: 'operator' },
		]);
		expect(h.fake.conversation(id)!.compose).toMatchObject({ operator: { type: 'start', excerpt: 'Let me check' } });
		expect(await run('compose', { sessionId: byId(id), typing: 'stop', from: 'operator' })).toEqual([{ success: true, session_id: id, typing: 'stop', from: 'operator' }]);
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${C(id)}/compose`, query: {}, body: { type: 'start', from: 'operator', excerpt: 'Let me check', automated: true } },
			{ method: 'PATCH', path: `${C(id)}/compose`, query: {}, body: { type: 'stop', from: 'operator' } },
		]);
	});
});
