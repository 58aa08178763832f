/**
 * Chaport's lists, declared once and used by the operations, the dropdowns and the polling trigger.
 * Answers are `{result: […]}`; the visitor list adds `links.next` (the absolute URL of the next
 * page) next to `result`, which the transport keeps (see `readChaportBody`). Operators, webhook
 * subscriptions and a chat's events come whole. A visitor's chats are the latest chat plus the URLs
 * of the older ones in `links.more`, each fetched by its chat id.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { ListProblem, apiPath, isDataObject, paging, type ListFetch, type ListSpec } from '@leadchat/core';
import { linksOf, resultOf } from './transport';

/** The records of a list answer, with or without `links` beside them. */
export const readResult = (body: unknown) => {
	const result = resultOf(body);
	return { items: (Array.isArray(result) ? result : []) as IDataObject[] };
};

/**
 * Visitors, most recent chat first: `GET /visitors?page=N` until an answer has no `links.next`. Only
 * the query of the next link is used (core's nextLink), so a link can never send the token to
 * another host or route.
 */
export const visitorsList: ListSpec<unknown> = {
	request: () => ({ method: 'GET', path: '/visitors' }),
	paging: paging.nextLink((body) => {
		const next = linksOf(body).next;
		return typeof next === 'string' && next !== '' ? next : undefined;
	}),
	read: readResult,
};

/** Operators (team members): the whole list at once. */
export const operatorsList: ListSpec<unknown> = { request: () => ({ method: 'GET', path: '/operators' }), paging: paging.whole(), read: readResult };

/** Webhook (event) subscriptions: the whole list at once. */
export const webhooksList: ListSpec<unknown> = { request: () => ({ method: 'GET', path: '/events/subscriptions' }), paging: paging.whole(), read: readResult };

/** The events of one chat (messages and others), in order, whole. */
export const chatEventsList: ListSpec<{ visitorId: string; chatId: string }> = {
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats/${p.chatId}/events` }),
	paging: paging.whole(),
	read: readResult,
};

/**
 * The chat id a `links.more` URL names (`…/visitors/{visitorId}/chats/{chatId}`). Only the id is
 * taken: the chat is then asked for under the visitor's own route on the credential's host.
 */
export function chatIdOfLink(link: unknown): string | undefined {
	if (typeof link !== 'string' && typeof link !== 'number') return undefined;
	let path: string;
	try {
		path = new URL(String(link), 'http://link.invalid').pathname;
	} catch {
		return undefined;
	}
	return /\/chats\/(\d+)\/?$/.exec(path)?.[1];
}

/** The chat ids of a chat answer's `links.more`; a link naming no chat id is a problem of the list. */
export function olderChatIds(body: unknown): string[] {
	const more = linksOf(body).more;
	return (Array.isArray(more) ? more : []).map((link) => {
		const id = chatIdOfLink(link);
		if (id === undefined) throw new ListProblem(`Chaport listed an older chat as "${String(link)}", which names no chat ID`, 'The answer of GET /visitors/{id}/chats is not as expected; report it with this link.');
		return id;
	});
}

/** Whether a failure is Chaport's 404. */
const isNotFound = (error: unknown) => error instanceof NodeApiError && error.httpCode === '404';

/**
 * The visitor's latest chat answer (`{result: chat, links: {more}}`), or undefined when the visitor
 * has no chat. Chaport answers 404 then; a 404 for a visitor that does not exist is passed on (one
 * `GET /visitors/{id}` tells the two apart, and its own 404 is the error).
 */
export async function latestChat(fetch: ListFetch, visitorId: string): Promise<unknown> {
	let failure: unknown;
	try {
		return await fetch({ method: 'GET', path: apiPath`/visitors/${visitorId}/chats` });
	} catch (error) {
		failure = error;
	}
	// Already the transport's NodeApiError: passed on unchanged unless it is the "no chat" 404.
	if (!isNotFound(failure)) throw failure;
	await fetch({ method: 'GET', path: apiPath`/visitors/${visitorId}` });
	return undefined;
}

/**
 * A visitor's chats, newest first: the latest chat (`GET /visitors/{id}/chats`), then each older chat
 * named in `links.more`, fetched one by one as `GET /visitors/{id}/chats/{chatId}` (older chats'
 * own `links.more`, if any, add the ids not seen yet). A visitor without a chat has none.
 */
export const visitorChatsList: ListSpec<{ visitorId: string }> = {
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats` }),
	paging: (p) =>
		paging.walk(async function* (fetch, _req, wanted) {
			if (wanted <= 0) return;
			const first = await latestChat(fetch, p.visitorId);
			const latest = resultOf(first);
			if (!isDataObject(latest)) return;
			yield latest;
			let found = 1;
			const seen = new Set<string>([String(latest.id)]);
			const queue = olderChatIds(first);
			while (found < wanted && queue.length) {
				const chatId = queue.shift()!;
				if (seen.has(chatId)) continue;
				seen.add(chatId);
				const body = await fetch({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats/${chatId}` });
				const chat = resultOf(body);
				if (!isDataObject(chat)) continue;
				queue.push(...olderChatIds(body));
				yield chat;
				found++;
			}
		}),
	read: readResult,
};
