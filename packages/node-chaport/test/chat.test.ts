/**
 * Chat resource against the fake Chaport: the latest chat, every chat of a visitor (the latest,
 * then the older ones named in `links.more`, one request each, by chat id only), one chat, updates
 * of one chat or the latest (stage, operators, team, rating), close, assign, and the chat's events.
 */
import { NodeOperationError } from 'n8n-workflow';
import { chaport as fakes, apiError, refused } from '@leadchat/testkit';
import { api, byId, jsonOf, useChaport } from './harness';

const h = useChaport(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'chat', operation, ...parameters });
const seeded = () => h.fake.seeded!;
const many = () => seeded().manyChatsVisitorId;
const json = (value: unknown) => JSON.parse(JSON.stringify(value));
const chatJson = (visitorId: string, chatId?: number) => json(fakes.chatView(h.fake.chat(visitorId, chatId)!));

describe('chat: read', () => {
	it("getLast: GET /visitors/{id}/chats gives the latest chat with its events (not the links)", async () => {
		expect(jsonOf(await run('getLast', { visitorId: byId(many()) }))).toEqual([chatJson(many())]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} }]);
		expect(chatJson(many())).toMatchObject({ id: 3, stage: expect.any(String), events: expect.any(Array) });
	});

	it('getLast: a visitor without a chat is Chaport\'s 404', async () => {
		await apiError(h, { resource: 'chat', operation: 'getLast', visitorId: byId(seeded().noChatVisitorIds[0]) }, 404, 'Chat not found');
	});

	it('getAll with Return All: the latest chat, then each older one by the chat id its links.more URL names', async () => {
		const out = jsonOf(await run('getAll', { visitorId: byId(many()), returnAll: true }));
		expect(out).toEqual([chatJson(many(), 3), chatJson(many(), 2), chatJson(many(), 1)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} },
			{ method: 'GET', path: api(`/visitors/${many()}/chats/2`), query: {} },
			{ method: 'GET', path: api(`/visitors/${many()}/chats/1`), query: {} },
		]);
	});

	it('getAll with a Limit fetches no chat past it', async () => {
		expect(jsonOf(await run('getAll', { visitorId: byId(many()), returnAll: false, limit: 2 }))).toEqual([chatJson(many(), 3), chatJson(many(), 2)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} },
			{ method: 'GET', path: api(`/visitors/${many()}/chats/2`), query: {} },
		]);
	});

	it('getAll: a visitor without a chat has none (the 404 is told apart from an unknown visitor)', async () => {
		const none = seeded().noChatVisitorIds[0];
		expect(jsonOf(await run('getAll', { visitorId: byId(none), returnAll: true }))).toEqual([]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api(`/visitors/${none}/chats`), query: {} },
			{ method: 'GET', path: api(`/visitors/${none}`), query: {} },
		]);
		await apiError(h, { resource: 'chat', operation: 'getAll', visitorId: byId('0123456789abcdef01234567'), returnAll: true }, 404, 'Visitor not found');
	});

	it('getAll: an older-chat URL on another host is never followed: only its chat id is used, on the credential host', async () => {
		const latest = chatJson(many(), 3);
		h.fake.inject(
			{ status: 200, body: { result: latest, links: { more: ['https://evil.example/api/v1/visitors/ffffffffffffffffffffffff/chats/1'] } } },
			{ match: { method: 'GET', path: api(`/visitors/${many()}/chats`) } },
		);
		expect(jsonOf(await run('getAll', { visitorId: byId(many()), returnAll: true }))).toEqual([latest, chatJson(many(), 1)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} },
			{ method: 'GET', path: api(`/visitors/${many()}/chats/1`), query: {} },
		]);
	});

	it('getAll: an older-chat link that names no chat id fails the item with the link', async () => {
		h.fake.inject({ status: 200, body: { result: chatJson(many(), 3), links: { more: ['https://app.chaport.com/api/v1/visitors/x/chats/../../operators'] } } }, { match: { method: 'GET' } });
		const error = await h.runError({ resource: 'chat', operation: 'getAll', visitorId: byId(many()), returnAll: true });
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Item 1: Chaport listed an older chat as "https://app.chaport.com/api/v1/visitors/x/chats/../../operators", which names no chat ID');
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} }]);
	});

	it('get: GET /visitors/{id}/chats/{chatId}; an unknown chat is 404', async () => {
		expect(jsonOf(await run('get', { visitorId: byId(many()), chatId: byId(2) }))).toEqual([chatJson(many(), 2)]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${many()}/chats/2`), query: {} }]);
		await apiError(h, { resource: 'chat', operation: 'get', visitorId: byId(many()), chatId: byId(99) }, 404, 'Chat not found');
	});

	it('get: a chat ID must be a number; "..", "." refused before any request', async () => {
		await refused(h, { resource: 'chat', operation: 'get', visitorId: byId(many()), chatId: byId('two') }, 'Chat', /numeric ID/);
		await refused(h, { resource: 'chat', operation: 'get', visitorId: byId('..'), chatId: byId(1) }, 'Visitor');
		await refused(h, { resource: 'chat', operation: 'get', visitorId: byId('.'), chatId: byId(1) }, 'Visitor');
	});

	it('getEvents: GET …/chats/{chatId}/events in order; Limit keeps the first', async () => {
		const events = json(h.fake.chat(many(), 1)!.events);
		expect(jsonOf(await run('getEvents', { visitorId: byId(many()), chatId: byId(1), returnAll: true }))).toEqual(events);
		expect(jsonOf(await run('getEvents', { visitorId: byId(many()), chatId: byId(1), returnAll: false, limit: 2 }))).toEqual(events.slice(0, 2));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: api(`/visitors/${many()}/chats/1/events`), query: {} },
			{ method: 'GET', path: api(`/visitors/${many()}/chats/1/events`), query: {} },
		]);
	});

	it('getEvent: GET …/events/{eventId}; an unknown event is 404', async () => {
		const event = json(h.fake.chat(many(), 2)!.events[1]);
		expect(jsonOf(await run('getEvent', { visitorId: byId(many()), chatId: byId(2), eventId: event.id }))).toEqual([event]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${many()}/chats/2/events/${event.id}`), query: {} }]);
		await apiError(h, { resource: 'chat', operation: 'getEvent', visitorId: byId(many()), chatId: byId(2), eventId: '0123456789abcdef01234567' }, 404, 'Event not found');
		await refused(h, { resource: 'chat', operation: 'getEvent', visitorId: byId(many()), chatId: byId(2), eventId: '..' }, 'Event ID');
	});
});

describe('chat: write', () => {
	it("update: PUT /visitors/{id}/chats/{chatId} with the fields given", async () => {
		const { bob, carla } = seeded().operators;
		const out = jsonOf(await run('update', { visitorId: byId(many()), chatId: byId(2), updateFields: { operatorIds: [bob, carla], teamId: 'team-sales', rating: 4 } }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/visitors/${many()}/chats/2`), query: {}, body: { operatorIds: [bob, carla], teamId: 'team-sales', rating: 4 } }]);
		expect(out).toEqual([chatJson(many(), 2)]);
		expect(out[0]).toMatchObject({ id: 2, operatorIds: [bob, carla], teamId: 'team-sales', rating: 4 });
	});

	it("update without a chat: PUT /visitors/{id}/chats changes the visitor's latest chat", async () => {
		const out = jsonOf(await run('update', { visitorId: byId(many()), updateFields: { stage: 'engaged' } }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/visitors/${many()}/chats`), query: {}, body: { stage: 'engaged' } }]);
		expect(out[0]).toMatchObject({ id: 3, stage: 'engaged' });
	});

	it('update: refuses nothing to change, a rating outside 1–5 and a stage Chaport does not have', async () => {
		const base = { resource: 'chat', operation: 'update', visitorId: byId(many()) };
		await refused(h, { ...base, updateFields: {} }, 'Update Fields', /needs at least one field/);
		await refused(h, { ...base, updateFields: { rating: 6 } }, 'Update Fields → Rating', /at most 5/);
		await refused(h, { ...base, updateFields: { rating: 2.5 } }, 'Update Fields → Rating', /whole number/);
		await refused(h, { ...base, updateFields: { stage: 'archived' } }, 'Update Fields → Stage', /must be one of/);
	});

	it('close: PUT {stage: "closed"} on the chat given, or on the latest chat', async () => {
		const open = seeded().openChatVisitorIds[1];
		expect(jsonOf(await run('close', { visitorId: byId(open) }))[0]).toMatchObject({ stage: 'closed', closedAt: expect.any(String) });
		await run('close', { visitorId: byId(many()), chatId: byId(3) });
		expect(h.requests()).toEqual([
			{ method: 'PUT', path: api(`/visitors/${open}/chats`), query: {}, body: { stage: 'closed' } },
			{ method: 'PUT', path: api(`/visitors/${many()}/chats/3`), query: {}, body: { stage: 'closed' } },
		]);
		expect(h.fake.chat(many(), 3)!.stage).toBe('closed');
	});

	it('assign: PUT {operatorIds} with the operators chosen (a list or comma-separated text)', async () => {
		const { admin, bob } = seeded().operators;
		const out = jsonOf(await run('assign', { visitorId: byId(many()), chatId: byId(3), operatorIds: `${admin}, ${bob}` }));
		expect(h.requests()).toEqual([{ method: 'PUT', path: api(`/visitors/${many()}/chats/3`), query: {}, body: { operatorIds: [admin, bob] } }]);
		expect(out).toEqual([chatJson(many(), 3)]);
		expect(out[0].operatorIds).toEqual([admin, bob]);
	});

	it('assign: refuses no operator before any request; an unknown operator is Chaport\'s 400', async () => {
		await refused(h, { resource: 'chat', operation: 'assign', visitorId: byId(many()), operatorIds: [] }, 'Operators', /at least one value/);
		await apiError(h, { resource: 'chat', operation: 'assign', visitorId: byId(many()), operatorIds: ['0123456789abcdef01234567'] }, 400, 'Unknown operator id(s): 0123456789abcdef01234567');
	});
});

describe('chat: dropdown', () => {
	it("searchChats: the chosen visitor's latest chat, then the older ones, from one request", async () => {
		const latest = h.fake.chat(many())!;
		const found = await h.listSearch('searchChats', undefined, undefined, { visitorId: byId(many()) });
		expect(found.results).toEqual([
			{ name: `Chat 3 (latest) · ${latest.stage} · ${latest.createdAt.slice(0, 16).replace('T', ' ')}`, value: '3' },
			{ name: 'Chat 2', value: '2' },
			{ name: 'Chat 1', value: '1' },
		]);
		expect(h.requests()).toEqual([{ method: 'GET', path: api(`/visitors/${many()}/chats`), query: {} }]);
	});

	it('searchChats: nothing without a visitor, or for a visitor without a chat', async () => {
		expect((await h.listSearch('searchChats', undefined, undefined, { visitorId: byId('') })).results).toEqual([]);
		expect((await h.listSearch('searchChats', undefined, undefined, { visitorId: byId(seeded().noChatVisitorIds[1]) })).results).toEqual([]);
	});
});
