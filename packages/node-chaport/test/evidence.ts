/**
 * What each operation sends and how sure we are of it, for the README's generated "Routes and
 * evidence" table. Tags as in shared/api/chaport.md: C = Chaport's official docs, 3P route = a third
 * party names the exact route, 3P action = a third party has the action but names no route,
 * [I] = inferred. readme.test.ts checks that every operation of the node has exactly one entry.
 */
export interface Evidence {
	route: string;
	source: 'C' | '3P route' | '3P action' | 'C route';
	/** What is inferred ('' when nothing is). */
	inferred: string;
}

export const EVIDENCE: Record<string, Evidence> = {
	'visitor.getAll': { route: 'GET /visitors?page=N', source: '3P route', inferred: '`links` beside `result`; the page size (the walk follows `links.next` until it is absent)' },
	'visitor.get': { route: 'GET /visitors/{id}', source: '3P route', inferred: "the visitor's key names (camelCase)" },
	'visitor.update': { route: 'PUT /visitors/{id}', source: '3P route', inferred: 'the body key names (`name, email, phone, notes, custom, utm, sourceHost, emailMarketingConsent`)' },
	'visitor.delete': { route: 'DELETE /visitors/{id}', source: '3P action', inferred: 'the route and the answer' },
	'chat.getLast': { route: 'GET /visitors/{id}/chats', source: '3P route', inferred: '' },
	'chat.getAll': {
		route: 'GET /visitors/{id}/chats, then GET /visitors/{id}/chats/{chatId} per `links.more` URL',
		source: '3P route',
		inferred: 'that `links.more` holds absolute URLs ending in the chat id, newest first; 404 when the visitor has no chat',
	},
	'chat.get': { route: 'GET /visitors/{id}/chats/{chatId}', source: '3P route', inferred: '' },
	'chat.update': { route: 'PUT /visitors/{id}/chats[/{chatId}]', source: '3P action', inferred: 'the routes and the body keys (`stage, operatorIds, teamId, rating`), the rating range 1–5' },
	'chat.close': { route: 'PUT /visitors/{id}/chats[/{chatId}] `{stage: "closed"}`', source: '3P action', inferred: 'the routes and the body' },
	'chat.assign': { route: 'PUT /visitors/{id}/chats[/{chatId}] `{operatorIds}`', source: '3P action', inferred: 'the routes and the body' },
	'chat.getEvents': { route: 'GET /visitors/{id}/chats/{chatId}/events', source: '3P route', inferred: '' },
	'chat.getEvent': { route: 'GET /visitors/{id}/chats/{chatId}/events/{eventId}', source: '3P route', inferred: '' },
	'message.send': {
		route: 'POST /messages',
		source: '3P route',
		inferred: 'where `externalId` and `chatId` sit (beside `visitorId`); body shape A (`operator-message` + `params`) and B (`message` + `text`) were both seen in code',
	},
	'message.update': { route: 'PUT /visitors/{id}/chats/{chatId}/events/{eventId}', source: '3P action', inferred: 'the route and the body (`{params: {text}}` or `{text}`)' },
	'operator.getAll': { route: 'GET /operators', source: 'C', inferred: '' },
	'operator.get': { route: 'GET /operators/{id}', source: '3P action', inferred: 'the route' },
	'operator.getMe': { route: 'GET /me.json', source: 'C route', inferred: 'the answer (the token\'s operator)' },
	'operator.create': { route: 'POST /operators', source: '3P action', inferred: 'the route and the body keys (`email, name, role, language, jobTitle`)' },
	'operator.update': { route: 'PUT /operators/{id}', source: '3P action', inferred: 'the route and the body keys' },
	'operator.delete': { route: 'DELETE /operators/{id}', source: '3P action', inferred: 'the route and the answer' },
	'operator.setStatus': { route: 'PUT /operators/{id}/status', source: '3P action', inferred: 'the route, the body `{status}` and the values `away`, `offline`' },
	'webhook.getAll': { route: 'GET /events/subscriptions', source: '3P route', inferred: 'the keys besides `id, event, targetUrl`' },
	'webhook.get': { route: 'GET /events/subscriptions/{id}', source: '3P action', inferred: 'the route' },
	'webhook.create': { route: 'POST /events/subscriptions `{targetUrl, event, essential?}`', source: '3P route', inferred: 'the meaning of `essential`' },
	'webhook.update': { route: 'PUT /events/subscriptions/{id}', source: '3P action', inferred: 'the route and the partial body' },
	'webhook.delete': { route: 'DELETE /events/subscriptions/{id}', source: '3P action', inferred: 'the route (no third party shows a delete) and the answer' },
};
