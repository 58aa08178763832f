/**
 * Chaport in the fault suite: the fake of @leadchat/testkit, the Chaport action node, the seeded
 * admin's access token (sent as `Authorization: Bearer <token>`, so on the wire it is the credential
 * value itself: no other form to watch for).
 *
 * Chaport documents no rate limit (shared/api/chaport.md): the fake's 429 carries Chaport's error
 * body and, by default, a Retry-After; the registry's answer sends none, the harder case (the node
 * must outlive the window with its own backoff), and the read cases try every Retry-After form.
 *
 * The create is Message → Send, not Operator → Create: a doubled operator would be refused by its
 * taken email, but a doubled message reaches the visitor, and the node promises a retried send is not
 * doubled (a generated `externalId`). The cases hold it to that: no POST sent twice, each message once.
 *
 * Lists: `GET /visitors?page=N` gives 20 visitors, most recent chat first, and `links.next` until the
 * last page; no total. As with Crisp, a visitor deleted from a page already read moves the next page's
 * first visitor back onto it and nothing in the answers shows it (`list.total: false`): at most as
 * many missed as were deleted; arrivals at the top are dropped by their id (never twice).
 */
import { chaport as chaportFakes, createChaportFake, type ChaportFake } from '@leadchat/testkit';
import type { IDataObject } from 'n8n-workflow';
import { ChaportApi } from '@leadchat/n8n-nodes-chaport/credentials/ChaportApi.credentials';
import { Chaport } from '@leadchat/n8n-nodes-chaport/nodes/Chaport/Chaport.node';
import { chaport as chaportSpec } from '@leadchat/n8n-nodes-chaport/nodes/Chaport/transport';

import { byId, type Platform } from '../registry';
import { fixedWindowThrottle } from '../throttle';

const DAY = 86_400_000;
const seeded = (fake: ChaportFake) => fake.seeded!;
/** Visitor 0 of the seed: three chats (1, 2 and the open 3). */
const manyChats = (fake: ChaportFake) => seeded(fake).manyChatsVisitorId;
/** Visitor 20 of the seed: its latest chat is open, so the messages sent go into it. */
const messaged = (fake: ChaportFake) => seeded(fake).openChatVisitorIds[1];
const firstVisitor = (fake: ChaportFake) => fake.store.visitorList()[0];
let inserted = 0;

const errorBody = (message: string) => chaportFakes.errorBody('badRequest', message, chaportFakes.DEFAULT_ERROR_BODY);
const TOO_MANY = { status: 429, body: chaportFakes.errorBody('rateLimited', chaportFakes.ERRORS.rateLimited.message, chaportFakes.DEFAULT_ERROR_BODY) };

export const chaportPlatform: Platform<ChaportFake> = {
	name: 'Chaport',
	createFake: () => {
		// The standard seed (26 visitors, 3 operators) and one webhook subscription (the seed has none).
		const fake = createChaportFake();
		fake.store.addSubscription({ targetUrl: 'http://127.0.0.1:9/faults-hook', event: 'chat.started' });
		return fake;
	},
	start: (fake) => fake.start(),
	stop: (fake) => fake.stop(),
	server: (fake) => fake,
	spec: chaportSpec,
	node: () => new Chaport(),
	credentialTypes: () => [new ChaportApi()],
	credentials: (fake) => ({ leadchatChaportApi: fake.credentials() as IDataObject as never }),
	secrets: (fake) => [fake.token],
	// The region and the base URL are settings: errors may show them as they are.
	settings: (fake) => ['custom', fake.url],
	errorBody,
	tooManyRequests: TOO_MANY,
	tooManyRequestsMessage: chaportFakes.ERRORS.rateLimited.message,
	rateLimitWindowMs: chaportFakes.DEFAULT_RATE_WINDOW_MS,
	// Per token, like the fake's own rate-limit mode, on the suite's clock.
	throttle: (fake, limit, windowMs, clock) => fixedWindowThrottle(fake, { limit, windowMs, clock, response: TOO_MANY, keyOf: (req) => req.headers.authorization ?? '' }),

	ids: [
		{
			resource: 'visitor',
			operation: 'get',
			parameter: 'visitorId',
			locator: true,
			field: 'Visitor',
			route: 'getVisitor',
			routeParam: 'visitorId',
			validId: (fake) => seeded(fake).visitorIds[0],
		},
		{
			// A write: ".." would have sent PUT /visitors (no such route) or, as "../operators/x", another record's.
			resource: 'visitor',
			operation: 'update',
			parameter: 'visitorId',
			locator: true,
			field: 'Visitor',
			parameters: () => ({ updateFields: { notes: 'Note from the fault suite' } }),
			route: 'updateVisitor',
			routeParam: 'visitorId',
			validId: (fake) => seeded(fake).visitorIds[1],
		},
		{
			resource: 'operator',
			operation: 'get',
			parameter: 'operatorId',
			locator: true,
			field: 'Operator',
			route: 'getOperator',
			routeParam: 'operatorId',
			validId: (fake) => seeded(fake).operators.bob,
		},
		{
			// Chat ids are whole numbers counted per visitor: anything but digits is refused.
			resource: 'chat',
			operation: 'get',
			parameter: 'chatId',
			locator: true,
			field: 'Chat',
			numeric: true,
			parameters: (fake) => ({ visitorId: byId(manyChats(fake)) }),
			route: 'getChat',
			routeParam: 'chatId',
			validId: () => '2',
		},
		{
			resource: 'chat',
			operation: 'getEvent',
			parameter: 'eventId',
			field: 'Event ID',
			parameters: (fake) => ({ visitorId: byId(manyChats(fake)), chatId: byId('1') }),
			route: 'getChatEvent',
			routeParam: 'eventId',
			validId: (fake) => fake.chat(manyChats(fake), 1)!.events[0].id,
		},
		{
			resource: 'webhook',
			operation: 'get',
			parameter: 'webhookId',
			field: 'Webhook ID',
			route: 'getSubscription',
			routeParam: 'subscriptionId',
			validId: (fake) => [...fake.store.subscriptions.keys()][0],
		},
	],

	numbers: [
		{
			resource: 'visitor',
			operation: 'getAll',
			field: 'Limit',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'visitor', operation: 'getAll', returnAll: false, limit: value }),
			validValue: 5,
			route: 'listVisitors',
		},
		{
			// One chat: only the latest is fetched (older ones cost a request each).
			resource: 'chat',
			operation: 'getAll',
			field: 'Limit',
			integer: true,
			parameters: (fake, value) => ({ resource: 'chat', operation: 'getAll', visitorId: byId(manyChats(fake)), returnAll: false, limit: value }),
			validValue: 1,
			route: 'getLatestChat',
		},
		{
			resource: 'chat',
			operation: 'update',
			field: 'Update Fields → Rating',
			integer: true,
			parameters: (fake, value) => ({ resource: 'chat', operation: 'update', visitorId: byId(manyChats(fake)), chatId: byId('1'), updateFields: { rating: value } }),
			validValue: 4,
			route: 'updateChat',
		},
		{
			// An id typed as text but sent as a JSON number (`chatId` of POST /messages).
			resource: 'message',
			operation: 'send',
			field: 'Options → Chat ID',
			integer: true,
			parameters: (fake, value) => ({
				resource: 'message',
				operation: 'send',
				visitorId: byId(manyChats(fake)),
				operatorId: byId(fake.me.id),
				text: 'Message from the fault suite',
				options: { chatId: value },
			}),
			validValue: 3,
			route: 'sendMessage',
		},
	],

	read: {
		parameters: (fake) => ({ resource: 'visitor', operation: 'get', visitorId: byId(seeded(fake).visitorIds[0]) }),
		route: 'getVisitor',
		expectOutput: (fake, json) => {
			const visitor = fake.visitor(seeded(fake).visitorIds[0])!;
			if (json.length !== 1 || json[0].id !== visitor.id || json[0].email !== visitor.email || json[0].name !== visitor.name) {
				throw new Error(`expected visitor ${visitor.id} (${visitor.email}), got ${JSON.stringify(json).slice(0, 300)}`);
			}
		},
	},

	create: {
		parameters: (fake, tag) => ({ resource: 'message', operation: 'send', visitorId: byId(messaged(fake)), operatorId: byId(fake.me.id), text: `Fault ${tag}` }),
		route: 'sendMessage',
		count: (fake, tag) =>
			fake
				.chats(messaged(fake))
				.flatMap((chat) => chat.events)
				.filter((event) => event.type === 'operator-message' && event.params.text === `Fault ${tag}`).length,
	},

	list: {
		parameters: () => ({ resource: 'visitor', operation: 'getAll', returnAll: true }),
		route: 'listVisitors',
		// 60 visitors: Return All reads them in three pages of 20 (the last without links.next).
		prepare: (fake) => {
			const start = fake.clock.now() - 100 * DAY;
			for (let n = fake.store.visitors.size; n < 60; n++) {
				fake.addVisitor({ name: `Filler ${n}`, email: `filler-${n}@faults.test`, createdAt: new Date(start + n * 1000).toISOString() });
			}
		},
		ids: (fake) => fake.store.visitorList().map((v) => v.id),
		pageIds: (body) => (((body as IDataObject | undefined)?.result ?? []) as IDataObject[]).map((v) => String(v.id)),
		idOf: (json) => String(json.id),
		remove: (fake, id) => {
			if (!fake.visitor(id)) throw new Error(`no visitor ${id}`);
			fake.store.deleteVisitor(id);
		},
		// A visitor who arrived just now sorts before every other (no chat: by createdAt, latest first).
		insert: (fake) => {
			const at = Math.max(fake.clock.now(), Date.parse(firstVisitor(fake).lastChatAt ?? firstVisitor(fake).createdAt)) + ++inserted;
			return fake.addVisitor({ name: `Arrived ${inserted}`, email: `arrived-${inserted}@faults.test`, createdAt: new Date(at).toISOString() }).id;
		},
		total: false,
	},

	n8n: {
		nodeType: '@leadchat/n8n-nodes-chaport.chaport',
		typeVersion: 1,
		credentials: (fake) => [{ id: 'faultsChaportApi', name: 'Chaport (fault suite)', type: 'leadchatChaportApi', data: fake.credentials() }],
	},
};
