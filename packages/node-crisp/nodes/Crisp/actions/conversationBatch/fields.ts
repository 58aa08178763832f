/**
 * Fields of the conversation batch operations: the conversations a batch acts on (a list of
 * session IDs, every conversation of an inbox, or every conversation of the website).
 */
import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { EMPTY_BODY, requiredWhen } from '../conversation/fields';

const SESSION_IDS_HELP =
	"Session IDs, separated by commas, or a list from an expression such as {{ $('Get Many').all().map(i => i.json.session_id) }} (the node runs once per input item: aggregate the IDs into one item to send one batch)";

/** The conversations of a batch, by session ID (required). */
export const sessionIdsField = () =>
	field.stringList('sessionIds', 'Conversation IDs', { required: true, placeholder: 'e.g. session_36ba3566-9651-4790-afc8-ffedbccc317f, session_…', description: SESSION_IDS_HELP });

/** Refuses an empty list or an ID that is not a Crisp session ID, before any request. */
export function checkSessionIds(ids: string[] | undefined, fail: (field: string, problem: string) => never): string[] {
	if (!ids?.length) return fail('Conversation IDs', 'is required');
	const bad = ids.find((id) => !/^session_[0-9a-f-]{36}$/i.test(id));
	if (bad !== undefined) fail('Conversation IDs', `has "${bad}", which is not a conversation ID (session_ and a UUID)`);
	return ids;
}

const SCOPES = [
	{ name: 'Chosen Conversations', value: 'sessions', description: 'The conversations whose IDs are given' },
	{ name: 'Every Conversation of an Inbox', value: 'inbox' },
];

/** Which conversations a resolve, unresolve, read, unread or remove batch acts on. */
export const scopeFields = (everyConversation: boolean) =>
	[
		field.options(
			'scope',
			'Conversations',
			everyConversation ? [...SCOPES, { name: 'Every Conversation of the Website', value: 'all' }] : SCOPES,
			{ required: true, default: 'sessions' },
		),
		requiredWhen(field.stringList('sessionIds', 'Conversation IDs', { placeholder: 'e.g. session_36ba3566-9651-4790-afc8-ffedbccc317f, session_…', description: SESSION_IDS_HELP }), {
			scope: ['sessions'],
		}),
		requiredWhen(inboxField('inboxId', 'Inbox', false), { scope: ['inbox'] }),
	] as const;

/** The request of a batch over these conversations (`{}` for all of them, as Crisp's clients send it). */
export function scopeRequest(path: string, body: IDataObject) {
	return Object.keys(body).length ? { method: 'PATCH' as const, path, body } : { method: 'PATCH' as const, path, ...EMPTY_BODY };
}

/** The body naming the conversations: `{sessions}`, `{inbox_id}`, or nothing for all of them. */
export function scopeBody(p: { scope: string; sessionIds?: string[]; inboxId?: string }, fail: (field: string, problem: string) => never): IDataObject {
	if (p.scope === 'sessions') return { sessions: checkSessionIds(p.sessionIds, fail) };
	if (p.scope === 'inbox') return p.inboxId ? { inbox_id: p.inboxId } : fail('Inbox', 'is required');
	return {};
}

/** What a batch did, as an item. */
export function batchDone(body: IDataObject, extra: IDataObject = {}): IDataObject {
	return { success: true, ...(Object.keys(body).length ? body : { all: true }), ...extra };
}

/**
 * A batch over the chosen conversations, an inbox's, or (when `everyConversation`) the whole
 * website's: `PATCH /batch/{route}` with `{sessions}`, `{inbox_id}` or `{}`.
 */
export function scopedBatch(o: { operation: string; name: string; action: string; description: string; route: string; everyConversation: boolean }) {
	return defineOperation({
		resource: 'conversationBatch',
		operation: o.operation,
		name: o.name,
		action: o.action,
		description: o.description,
		fields: [...scopeFields(o.everyConversation)],
		async execute(p, tools) {
			const body = scopeBody(p, tools.fail);
			await tools.request(scopeRequest(`/batch/${o.route}`, body));
			return batchDone(body);
		},
	});
}
