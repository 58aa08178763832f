import { apiPath, type ListRequest } from '@leadchat/core';

/** Chaport's chat stages [3P: the MCP's list; the meaning of each is Chaport's]. */
export const STAGES = [
	{ name: 'Initiated', value: 'initiated' },
	{ name: 'Offline', value: 'offline' },
	{ name: 'Responded', value: 'responded' },
	{ name: 'Engaged', value: 'engaged' },
	{ name: 'Closed', value: 'closed' },
];

/**
 * `PUT /visitors/{id}/chats/{chatId}` for one chat, or `PUT /visitors/{id}/chats` (the visitor's latest
 * chat) when no chat is given [I: the route and the body keys; Membrane's "Update Visitor's Last Chat"].
 */
export const putChat = (visitorId: string, chatId: string | undefined, body: Record<string, unknown>): ListRequest => ({
	method: 'PUT',
	path: chatId === undefined ? apiPath`/visitors/${visitorId}/chats` : apiPath`/visitors/${visitorId}/chats/${chatId}`,
	body,
});
