/**
 * Fields and request parts shared by the conversation operations: the metas a conversation
 * carries, the filters of the conversation list, and the item a write answers with.
 */
import type { IDataObject } from 'n8n-workflow';
import { compact, field, isDataObject, type CollectionValue, type Field } from '@leadchat/core';
import { inboxField, operatorField, segmentsField } from '../../descriptions';
import { conversationsWith } from '../../lists';
export { STATES } from '../../options';

/**
 * The empty JSON body Crisp's clients send to the routes that take none (`{}`): n8n leaves an
 * empty object out of the request, so it goes as text with its content type.
 */
export const EMPTY_BODY = { body: '{}', headers: { 'Content-Type': 'application/json' } } as const;

/** A write Crisp answers with an empty `data`: what was done, to which conversation. */
export const done = (sessionId: string, extra: IDataObject = {}): IDataObject => ({ success: true, session_id: sessionId, ...extra });

/** A small record of a conversation (state, block, routing…) with the conversation it belongs to. */
export const ofSession = (sessionId: string, body: unknown): IDataObject => ({ session_id: sessionId, ...(isDataObject(body) ? body : {}) });

/**
 * A field shown (and marked required in the editor) only when other fields have these values. A
 * hidden field reads as empty, so its schema lets empty through and the operation's `check` asks
 * for it when it is shown.
 */
export function requiredWhen<T, N extends string>(f: Field<T, N>, show: Record<string, Array<string | number | boolean>>): Field<T | undefined, N> {
	return { ...f, property: { ...f.property, required: true, displayOptions: { show } }, schema: f.schema.optional() };
}

/** Assign To (an operator, or nobody) and the operator: one conversation's routing or a batch's. */
export const assignFields = [
	field.options(
		'assignTo',
		'Assign To',
		[
			{ name: 'An Operator', value: 'operator' },
			{ name: 'Nobody (Unassign)', value: 'nobody' },
		],
		{ required: true, default: 'operator' },
	),
	requiredWhen(operatorField('userId', 'Operator', false), { assignTo: ['operator'] }),
] as const;

/** Crisp's `assigned`: `{user_id}`, or null to unassign; refuses a missing operator. */
export function assignedOf(p: { assignTo: string; userId?: string }, fail: (field: string, problem: string) => never): { user_id: string } | null {
	if (p.assignTo !== 'operator') return null;
	return p.userId ? { user_id: p.userId } : fail('Operator', 'is required');
}

/** Move To (an inbox, or none) and the inbox: one conversation's inbox or a batch's. */
export const moveToFields = [
	field.options(
		'moveTo',
		'Move To',
		[
			{ name: 'An Inbox', value: 'inbox' },
			{ name: 'No Inbox', value: 'none', description: 'The main inbox' },
		],
		{ required: true, default: 'inbox' },
	),
	requiredWhen(inboxField('inboxId', 'Inbox', false), { moveTo: ['inbox'] }),
] as const;

/** Crisp's `inbox_id`, or null for no inbox; refuses a missing inbox. */
export function inboxOf(p: { moveTo: string; inboxId?: string }, fail: (field: string, problem: string) => never): string | null {
	if (p.moveTo !== 'inbox') return null;
	return p.inboxId ? p.inboxId : fail('Inbox', 'is required');
}

/** Block or unblock the visitor's incoming messages: one conversation or a batch. */
export const blockField = () =>
	field.options(
		'block',
		'Action',
		[
			{ name: 'Block', value: 'block', description: 'Stop receiving messages from the visitor' },
			{ name: 'Unblock', value: 'unblock' },
		],
		{ required: true, default: 'block' },
	);

/** Who acts: the visitor ("user" in Crisp) or an operator. */
export const FROM = [
	{ name: 'Operator', value: 'operator' },
	{ name: 'Visitor', value: 'user', description: 'The person chatting with the website (Crisp calls them "user")' },
];


/** The identities Crisp verifies with a link. */
export const IDENTITIES = [
	{ name: 'Email', value: 'email' },
	{ name: 'Phone', value: 'phone' },
];

/** The metas of a conversation (the visitor's details and the conversation's subject, segments, data). */
export const metaFields = [
	field.string('nickname', 'Nickname', { description: "The visitor's name" }),
	field.email('email', 'Email'),
	field.string('phone', 'Phone', { placeholder: 'e.g. +33 6 12 34 56 78' }),
	field.string('address', 'Address', { description: 'Postal address' }),
	field.string('subject', 'Subject', { description: 'What the conversation is about (shown in the inbox, used as the email subject)' }),
	field.url('avatar', 'Avatar URL'),
	field.string('ip', 'IP Address'),
	field.string('origin', 'Origin', { placeholder: 'e.g. chat, email or urn:my-app', description: 'The channel the conversation came from' }),
	segmentsField('segments', 'Segments'),
	field.keyValue('data', 'Data', { keyName: 'Key', valueName: 'Value', description: 'Custom data of the conversation, merged with the data it already has' }),
] as const;

/** The body of a metas update: only what was set (an empty Data list is not sent). */
export function metasBody(m: CollectionValue<typeof metaFields>): IDataObject {
	return compact({
		nickname: m.nickname,
		email: m.email,
		phone: m.phone,
		address: m.address,
		subject: m.subject,
		avatar: m.avatar,
		ip: m.ip,
		origin: m.origin,
		segments: m.segments,
		data: m.data && Object.keys(m.data).length ? m.data : undefined,
	});
}

const ORDERS = [
	{ name: 'Last Activity', value: 'updated', description: 'Most recently updated first' },
	{ name: 'Creation Date', value: 'created', description: 'Newest first' },
	{ name: 'Waiting Time', value: 'waiting', description: 'Longest waiting for an answer first' },
];

/** The filters of the conversation list (`GET /conversations/{page}`). */
export const listFilterFields = [
	field.string('searchText', 'Search Text', { description: "Crisp's text search over the visitor's name, email, phone and the messages" }),
	field.string('segment', 'Segment', { description: 'Only conversations with this segment' }),
	field.json('filter', 'Filter (JSON)', {
		array: true,
		description:
			'Crisp\'s advanced filters: a list of {"model", "criterion", "operator", "query"}, e.g. [{"model": "session", "criterion": "meta.data.plan", "operator": "eq", "query": ["pro"]}]',
	}),
	field.options(
		'searchOperator',
		'Filter Combination',
		[
			{ name: 'All Filters Match (AND)', value: 'and' },
			{ name: 'Any Filter Matches (OR)', value: 'or' },
		],
		{ default: 'and', description: 'How the filters of Filter (JSON) combine' },
	),
	field.options(
		'resolution',
		'Resolution',
		[
			{ name: 'Resolved', value: 'resolved' },
			{ name: 'Not Resolved', value: 'notResolved', description: 'Pending or unresolved' },
		],
		{ default: 'notResolved' },
	),
	field.boolean('unread', 'Unread Only', { description: 'Whether to keep only conversations with messages the team has not read' }),
	field.boolean('mentioned', 'Mentions Only', { description: 'Whether to keep only conversations where an operator is mentioned' }),
	operatorField('assignedTo', 'Assigned To', false),
	field.boolean('unassigned', 'Unassigned Only', { description: 'Whether to keep only conversations assigned to nobody' }),
	inboxField('inboxId', 'Inbox', false),
	field.dateTime('dateFrom', 'From Date', { description: 'Only conversations from this date on' }),
	field.dateTime('dateTo', 'To Date', { description: 'Only conversations up to this date' }),
	field.boolean('includeEmpty', 'Include Empty Conversations', { description: 'Whether to include conversations that have no message yet' }),
	field.options('orderBy', 'Order By', ORDERS, { default: 'updated' }),
] as const;

export type ListFilters = CollectionValue<typeof listFilterFields>;

/** An ISO 8601 date as Crisp reads it (UTC, with milliseconds). */
export const isoDate = (text: string | undefined) => (text === undefined ? undefined : new Date(Date.parse(text)).toISOString());

const flag = (on: boolean | undefined) => (on ? 1 : undefined);

/** Refuses filters that cannot go together, before any request. */
export function checkFilters(f: ListFilters, fail: (field: string, problem: string) => never): void {
	const searches = [f.searchText && 'Search Text', f.segment && 'Segment', f.filter?.length && 'Filter (JSON)'].filter(Boolean);
	if (searches.length > 1) fail(`Filters → ${searches[1]}`, `cannot be combined with ${searches[0]}: Crisp searches one way at a time`);
	if (f.assignedTo && f.unassigned) fail('Filters → Unassigned Only', 'cannot be combined with Assigned To');
	(f.filter ?? []).forEach((item, i) => {
		if (!isDataObject(item) || typeof item.criterion !== 'string' || typeof item.operator !== 'string') {
			fail('Filters → Filter (JSON)', `item ${i + 1} must be an object with "criterion" and "operator" (and "model", "query")`);
		}
	});
}

/** The query of the conversation list for these filters (Crisp's flags are 1 or absent). */
export function listQuery(f: ListFilters): IDataObject {
	const search = f.searchText
		? { search_type: 'text', search_query: f.searchText }
		: f.segment
			? { search_type: 'segment', search_query: f.segment }
			: f.filter?.length
				? { search_type: 'filter', search_query: JSON.stringify(f.filter), search_operator: f.searchOperator ?? 'and' }
				: {};
	return {
		...search,
		filter_unread: flag(f.unread),
		filter_resolved: flag(f.resolution === 'resolved'),
		filter_not_resolved: flag(f.resolution === 'notResolved'),
		filter_mention: flag(f.mentioned),
		filter_assigned: f.assignedTo,
		filter_unassigned: flag(f.unassigned),
		filter_inbox_id: f.inboxId,
		filter_date_start: isoDate(f.dateFrom),
		filter_date_end: isoDate(f.dateTo),
		include_empty: flag(f.includeEmpty),
		order_date_created: flag(f.orderBy === 'created'),
		order_date_updated: flag(f.orderBy === 'updated'),
		order_date_waiting: flag(f.orderBy === 'waiting'),
	};
}

/** The conversation list for the filters of Get Many. */
export const filteredConversations = conversationsWith((p: { filters: ListFilters }) => listQuery(p.filters));
