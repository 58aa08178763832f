/**
 * Message resource against the fake Chaport: send as an operator (body shape A by default, B as an
 * option), with an External ID as idempotency key (given, generated, or none), into a chat or the
 * open one (a new chat when there is none); update a message's text.
 */
import { generatedExternalId } from '../nodes/Chaport/actions/message/send.operation';
import { api, byId, jsonOf, useChaport } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useChaport(true);
const seeded = () => h.fake.seeded!;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
/** What the test kit's execute context gives: its execution id and the node id. */
const generated = (itemIndex: number, visitorId: string, text: string) => generatedExternalId({ executionId: 'test-execution-1', nodeId: 'node-1', itemIndex, visitorId, text });

describe('message: send', () => {
	it("send: POST /messages in shape A with a generated External ID; it lands in the visitor's open chat", async () => {
		const visitorId = seeded().openChatVisitorIds[1];
		const { bob } = seeded().operators;
		const out = jsonOf(await h.run({ resource: 'message', operation: 'send', visitorId: byId(visitorId), operatorId: byId(bob), text: 'Your order shipped today.' }));
		const externalId = generated(0, visitorId, 'Your order shipped today.');
		expect(externalId).toMatch(/^n8n-[0-9a-f]{32}$/);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: api('/messages'), query: {}, body: { visitorId, externalId, chatEvent: { type: 'operator-message', params: { text: 'Your order shipped today.', operatorId: bob } } } },
		]);
		const chat = h.fake.chat(visitorId)!;
		const event = chat.events[chat.events.length - 1];
		expect(out).toEqual([json(event)]);
		expect(event).toMatchObject({ type: 'operator-message', params: { text: 'Your order shipped today.', operatorId: bob }, externalId });
		expect(h.fake.chats(visitorId)).toHaveLength(1);
	});

	it('send twice with the same External ID (a retried send): one message in Chaport, the same event out', async () => {
		const visitorId = seeded().openChatVisitorIds[2];
		const params = { resource: 'message', operation: 'send', visitorId: byId(visitorId), operatorId: byId(seeded().operators.admin), text: 'Hello again' };
		const first = jsonOf(await h.run(params));
		const second = jsonOf(await h.run(params));
		expect(second).toEqual(first);
		expect(h.requests().map((r) => r.body)).toEqual([h.requests()[0].body, h.requests()[0].body]);
		expect(h.fake.chat(visitorId)!.events.filter((e) => e.params.text === 'Hello again')).toHaveLength(1);
	});

	it('send: two items with the same text get different generated External IDs (both sent); they differ by execution, visitor and text too', async () => {
		const visitorId = seeded().openChatVisitorIds[3];
		const { bob } = seeded().operators;
		const out = await h.run({ resource: 'message', operation: 'send', visitorId: byId(visitorId), operatorId: byId(bob), text: 'Ping' }, { items: [{ json: {} }, { json: {} }] });
		expect(out).toHaveLength(2);
		expect(h.requests().map((r) => (r.body as { externalId: string }).externalId)).toEqual([generated(0, visitorId, 'Ping'), generated(1, visitorId, 'Ping')]);
		expect(h.fake.chat(visitorId)!.events.filter((e) => e.params.text === 'Ping')).toHaveLength(2);
		const a = generated(0, 'v1', 'Hi');
		expect(new Set([a, generated(0, 'v2', 'Hi'), generated(0, 'v1', 'Hi!'), generatedExternalId({ executionId: 'other', nodeId: 'node-1', itemIndex: 0, visitorId: 'v1', text: 'Hi' })]).size).toBe(4);
	});

	it('send: a given External ID, a chat ID, and body shape B ({chatEvent: {type: "message", text}}, no operator)', async () => {
		const visitorId = seeded().manyChatsVisitorId;
		await h.run({
			resource: 'message',
			operation: 'send',
			visitorId: byId(visitorId),
			operatorId: byId(seeded().operators.bob),
			text: 'About your first question',
			options: { externalId: 'crm-note-77', chatId: '1', bodyShape: 'message' },
		});
		expect(h.requests()).toEqual([
			{ method: 'POST', path: api('/messages'), query: {}, body: { visitorId, chatId: 1, externalId: 'crm-note-77', chatEvent: { type: 'message', text: 'About your first question' } } },
		]);
		expect(h.fake.chat(visitorId, 1)!.events.at(-1)).toMatchObject({ type: 'operator-message', params: { text: 'About your first question' }, externalId: 'crm-note-77' });
	});

	it('send without an External ID when generation is off; a visitor without a chat gets a new one (chat.started)', async () => {
		const visitorId = seeded().noChatVisitorIds[0];
		const { carla } = seeded().operators;
		const out = jsonOf(await h.run({ resource: 'message', operation: 'send', visitorId: byId(visitorId), operatorId: byId(carla), text: 'Welcome!', options: { generateExternalId: false } }));
		expect(h.requests()).toEqual([{ method: 'POST', path: api('/messages'), query: {}, body: { visitorId, chatEvent: { type: 'operator-message', params: { text: 'Welcome!', operatorId: carla } } } }]);
		expect(h.fake.chats(visitorId)).toHaveLength(1);
		expect(out).toEqual([json(h.fake.chat(visitorId)!.events[0])]);
		expect(h.fake.events.map((e) => e.event)).toEqual(['chat.started']);
	});

	it('send: refuses no text, no visitor, a chat ID that is not a number, ".." as the visitor', async () => {
		const base = { resource: 'message', operation: 'send', visitorId: byId(seeded().visitorIds[0]), operatorId: byId(seeded().operators.bob), text: 'x' };
		await refused(h, { ...base, text: '   ' }, 'Text', /is required/);
		await refused(h, { ...base, visitorId: byId('') }, 'Visitor', /is required/);
		await refused(h, { ...base, options: { chatId: 'latest' } }, 'Options → Chat ID', /numeric ID/);
		await refused(h, { ...base, visitorId: byId('..') }, 'Visitor');
	});

	it('send: an unknown visitor is Chaport\'s 404', async () => {
		await apiError(h, { resource: 'message', operation: 'send', visitorId: byId('0123456789abcdef01234567'), operatorId: byId(seeded().operators.bob), text: 'x' }, 404, 'Visitor not found');
	});
});

describe('message: update', () => {
	it('update: PUT …/events/{eventId} with {params: {text}} (default) or {text}', async () => {
		const visitorId = seeded().manyChatsVisitorId;
		const event = h.fake.chat(visitorId, 2)!.events[1];
		const out = jsonOf(await h.run({ resource: 'message', operation: 'update', visitorId: byId(visitorId), chatId: byId(2), eventId: event.id, text: 'Hello, how can we help?' }));
		await h.run({ resource: 'message', operation: 'update', visitorId: byId(visitorId), chatId: byId(2), eventId: event.id, text: 'Hi!', options: { bodyShape: 'text' } });
		expect(h.requests()).toEqual([
			{ method: 'PUT', path: api(`/visitors/${visitorId}/chats/2/events/${event.id}`), query: {}, body: { params: { text: 'Hello, how can we help?' } } },
			{ method: 'PUT', path: api(`/visitors/${visitorId}/chats/2/events/${event.id}`), query: {}, body: { text: 'Hi!' } },
		]);
		expect(out[0]).toMatchObject({ id: event.id, params: { text: 'Hello, how can we help?' } });
		expect(json(h.fake.chat(visitorId, 2)!.events[1])).toMatchObject({ id: event.id, params: { text: 'Hi!' } });
	});

	it('update: refuses an empty text and ".." as the event', async () => {
		const base = { resource: 'message', operation: 'update', visitorId: byId(seeded().manyChatsVisitorId), chatId: byId(2), eventId: 'abc', text: 'x' };
		await refused(h, { ...base, text: '' }, 'Text', /is required/);
		await refused(h, { ...base, eventId: '..' }, 'Event ID');
	});
});
