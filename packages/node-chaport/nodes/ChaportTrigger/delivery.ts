/**
 * What a Chaport delivery says and what the trigger makes of it. Chaport's payload is not
 * documented; two shapes are read:
 * - `{event, extras: {visitorId, chatId}, link: '/api/v1/visitors/<visitorId>/chats'}` (a bot
 *   written against the live API in December 2025; the link is from the docs' example);
 * - `{event, visitor: {id, …}, chat: {id, …}}` (inferred; code in the wild reads it).
 * The visitor id is also taken from `link` when `extras` has none.
 */
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { apiPath, isDataObject } from '@leadchat/core';
import { chaportRequest, resultOf } from '../Chaport/transport';

const idText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const objectAt = (o: IDataObject, key: string): IDataObject => (isDataObject(o[key]) ? o[key] : {});

/** The visitor id in a link such as `/api/v1/visitors/<id>/chats[/<chatId>]`. */
export function visitorIdOfLink(link: unknown): string | undefined {
	if (typeof link !== 'string') return undefined;
	let path: string;
	try {
		path = new URL(link, 'http://link.invalid').pathname;
	} catch {
		return undefined;
	}
	const match = /\/visitors\/([^/]+)(?:\/|$)/.exec(path);
	return match ? decodeURIComponent(match[1]) : undefined;
}

export interface DeliveryIds {
	event: string;
	visitorId?: string;
	/** As delivered: Chaport's chat ids are integers (per visitor). */
	chatId?: string | number;
}

/** The event, visitor id and chat id of a delivery, from either payload shape. */
export function idsOf(body: IDataObject): DeliveryIds {
	const extras = objectAt(body, 'extras');
	const visitorId = idText(extras.visitorId) ?? idText(objectAt(body, 'visitor').id) ?? visitorIdOfLink(body.link) ?? idText(body.visitorId);
	const rawChat = [extras.chatId, objectAt(body, 'chat').id, body.chatId].find((v) => idText(v) !== undefined);
	const chatId = typeof rawChat === 'number' ? rawChat : idText(rawChat);
	return { event: String(body.event ?? ''), ...(visitorId !== undefined ? { visitorId } : {}), ...(chatId !== undefined ? { chatId } : {}) };
}

/** The item emitted without fetching: the delivery as received, plus the two ids at the top. */
export function asReceived(body: IDataObject): IDataObject {
	const { visitorId, chatId } = idsOf(body);
	return { ...body, visitorId: visitorId ?? null, chatId: chatId ?? null };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The item with the visitor and the chat fetched from Chaport: `{event, visitorId, chatId, visitor,
 * chat}`. The chat is the delivered chat id's (`GET /visitors/{id}/chats/{chatId}`), or the visitor's
 * latest chat when the delivery names none. A failed fetch loses nothing: the item is then the
 * delivery as received plus what could be fetched and an `error` text.
 */
export async function withDetails(ctx: IWebhookFunctions, body: IDataObject): Promise<IDataObject> {
	const { event, visitorId, chatId } = idsOf(body);
	const fetched: IDataObject = {};
	try {
		if (visitorId === undefined) throw new Error('The delivery names no visitor ID, so the visitor and the chat cannot be fetched');
		fetched.visitor = resultOf((await chaportRequest.call(ctx, { method: 'GET', path: apiPath`/visitors/${visitorId}` })).body) as IDataObject;
		const chatPath = chatId === undefined ? apiPath`/visitors/${visitorId}/chats` : apiPath`/visitors/${visitorId}/chats/${String(chatId)}`;
		const chat = resultOf((await chaportRequest.call(ctx, { method: 'GET', path: chatPath })).body) as IDataObject;
		fetched.chat = chat;
		const resolvedChatId = chatId ?? (isDataObject(chat) ? (chat.id as string | number | undefined) : undefined) ?? null;
		return { event, visitorId, chatId: resolvedChatId, visitor: fetched.visitor, chat };
	} catch (error) {
		return { ...asReceived(body), ...fetched, error: `Could not fetch the ${fetched.visitor === undefined ? 'visitor' : 'chat'}: ${messageOf(error)}` };
	}
}
