/** Lookups shared by the route files. Each throws the server's 404/401 on failure. */
import type { Ctx } from '../dsl';
import { forbiddenByPolicy, notFound } from '../errors';
import type { Contact, Conversation, Inbox, Message } from '../types';

/** `Current.account.contacts.find(id)`. */
export function findContact(ctx: Ctx, id: unknown = ctx.params.id): Contact {
	const contact = ctx.state.contact(ctx.acct.id, String(id));
	if (!contact) throw notFound();
	return contact;
}

/** A record of the account by the integer id in path param `param`. */
export function byId<T extends { id: number; account_id: number }>(ctx: Ctx, list: T[], param: string): T {
	const raw = ctx.params[param] ?? '';
	const found = /^\d+$/.test(raw) ? list.find((x) => x.account_id === ctx.acct.id && x.id === Number(raw)) : undefined;
	if (!found) throw notFound();
	return found;
}

export function findInbox(ctx: Ctx, id: unknown): Inbox {
	if (!/^\d+$/.test(String(id ?? ''))) throw notFound();
	const inbox = ctx.state.inbox(ctx.acct.id, String(id));
	if (!inbox) throw notFound();
	return inbox;
}

/**
 * Inboxes an agent may see (`current_user.assigned_inboxes`); `undefined` means all
 * (administrators and agent bots).
 */
export function visibleInboxIds(ctx: Ctx): Set<number> | undefined {
	if (!ctx.user || ctx.role === 'administrator') return undefined;
	const userId = ctx.user.id;
	return new Set(ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id && i.member_ids.includes(userId)).map((i) => i.id));
}

export function canSeeConversation(ctx: Ctx, conversation: Conversation): boolean {
	const visible = visibleInboxIds(ctx);
	if (!visible) return true;
	return visible.has(conversation.inbox_id) || conversation.assignee_id === ctx.user?.id;
}

/** `find_by!(display_id:)` + Pundit `show?`. */
export function findConversation(ctx: Ctx, displayId: unknown = ctx.params.conversation_id): Conversation {
	const conversation = ctx.state.conversationByDisplayId(ctx.acct.id, String(displayId));
	if (!conversation) throw notFound();
	if (!canSeeConversation(ctx, conversation)) throw forbiddenByPolicy();
	return conversation;
}

/** A message of the conversation in the path (`params[:message_id]`). */
export function findMessage(ctx: Ctx): { conversation: Conversation; message: Message } {
	const conversation = findConversation(ctx);
	const message = ctx.state.messagesOf(conversation).find((m) => String(m.id) === ctx.params.message_id);
	if (!message) throw notFound();
	return { conversation, message };
}

export function paginate<T>(items: T[], page: number, perPage: number): T[] {
	return items.slice((page - 1) * perPage, page * perPage);
}

/** Accepts Unix seconds (number or digits) or an ISO date; returns Unix seconds. */
export function parseTime(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'number') return Math.floor(value);
	const text = String(value);
	if (/^\d+(\.\d+)?$/.test(text)) return Math.floor(Number(text));
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

export function asStringList(value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

export function asIdList(value: unknown): number[] {
	return asStringList(value)
		.filter((v) => /^\d+$/.test(v))
		.map(Number);
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
