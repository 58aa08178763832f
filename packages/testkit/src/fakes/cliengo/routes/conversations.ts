/**
 * Conversations [3P-ref]: list (limit/offset [I from the general pagination rule], newest first [I],
 * same offset cap as contacts [I]), create, get, messages (bare array) and the per-site count
 * (`{ count }` [I]).
 */
import type { CliengoStore } from '../store';
import { buildConversation } from '../factory';
import { newestFirst } from '../store';
import { CliengoHttpError, LIST_QUERY, objectBody, ok, page, readPaging, type CliengoRoute, type RouteEnv } from '../shared';
import type { Conversation } from '../types';

export const CHANNELS: Array<Conversation['channel']> = ['WEB', 'FACEBOOK', 'WHATSAPP'];

export function conversationRoutes(env: RouteEnv): Array<CliengoRoute<CliengoStore>> {
	const bad = (message: string) => new CliengoHttpError(400, env.errorBody(message, 400));
	const find = (store: CliengoStore, id: string): Conversation => {
		const conversation = store.conversations.get(id);
		if (!conversation) throw new CliengoHttpError(404, env.errorBody('Conversation not found', 404));
		return conversation;
	};
	return [
		{
			method: 'GET',
			path: '/1.0/conversations',
			name: 'conversations.list',
			query: LIST_QUERY,
			handler: (req, store) => page([...store.conversations.values()].sort(newestFirst), readPaging(req, env.paging), env.listKey('conversations')),
		},
		{
			method: 'POST',
			path: '/1.0/conversations',
			name: 'conversations.create',
			body: ['companyId', 'websiteId', 'channel', 'from', 'url'],
			handler: (req, store) => {
				const body = objectBody(req, env.errorBody);
				const { websiteId, channel, from, url, companyId } = body;
				if (typeof websiteId !== 'string' || websiteId === '') throw bad('websiteId is required');
				const site = store.site(websiteId);
				if (!site) throw bad('Invalid websiteId: no such website');
				if (typeof channel !== 'string' || !CHANNELS.includes(channel as Conversation['channel'])) throw bad(`channel must be one of ${CHANNELS.join(', ')}`);
				if (typeof from !== 'string' || from.trim() === '') throw bad('from is required');
				if (url !== undefined && url !== null && typeof url !== 'string') throw bad('url must be a string');
				if (companyId !== undefined && companyId !== site.companyId) throw bad('companyId does not own this website');
				const conversation = buildConversation(store, {
					websiteId,
					channel: channel as Conversation['channel'],
					from,
					url: (url as string | undefined) ?? null,
					companyId: site.companyId,
					visitorEmail: from.includes('@') ? from : null,
				});
				store.conversations.set(conversation.id, conversation);
				store.conversationMessages.set(conversation.id, []);
				return ok(conversation, 201);
			},
		},
		{
			method: 'GET',
			path: '/1.0/conversations/:conversationId',
			name: 'conversations.get',
			handler: (req, store) => ok(find(store, req.params.conversationId)),
		},
		{
			method: 'GET',
			path: '/1.0/conversations/:conversationId/messages',
			name: 'conversations.messages',
			handler: (req, store) => ok(store.conversationMessages.get(find(store, req.params.conversationId).id) ?? []),
		},
		{
			method: 'GET',
			path: '/1.0/conversations/:websiteId/count',
			name: 'conversations.count',
			handler: (req, store) => {
				const site = store.site(req.params.websiteId);
				if (!site) throw new CliengoHttpError(404, env.errorBody('Website not found', 404));
				return ok({ count: [...store.conversations.values()].filter((c) => c.websiteId === site.id).length });
			},
		},
	];
}
