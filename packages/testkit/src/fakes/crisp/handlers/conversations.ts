/**
 * WebsiteConversation (60 methods): conversations, messages with the timestamp cursor, metas,
 * state, routing, participants, block, verify, pages/events/files, suggestions, spam, browsing,
 * calls and the plugin widget actions.
 */
import { PER_PAGE } from '../fixtures';
import { CrispError, type Ctx, type Handler } from '../context';
import { combine, containsText, isoMs, lookup, matches, parseFilters } from '../filters';
import { isEmail } from '../schema';
import type { Conversation, ConversationMeta, Json, Message, MessageFrom, MessageType } from '../types';

/** `per_page` of the two lists that take it: 20–50, default 20 [C-doc]; outside → 400 [I]. */
export function perPage(ctx: Ctx): number {
	const raw = ctx.q('per_page');
	if (raw === undefined || raw === '') return PER_PAGE.default;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < PER_PAGE.min || value > PER_PAGE.max) throw new CrispError('invalidData', `per_page must be ${PER_PAGE.min}–${PER_PAGE.max}`);
	return value;
}

function hasMessages(ctx: Ctx, c: Conversation): boolean {
	return ctx.store.messagesOf(c.website_id, c.session_id).length > 0;
}

function textMatch(ctx: Ctx, c: Conversation, text: string): boolean {
	const texts = ctx.store
		.messagesOf(c.website_id, c.session_id)
		.filter((m) => typeof m.content === 'string')
		.map((m) => m.content);
	return containsText([c.session_id, c.meta.nickname, c.meta.email, c.meta.phone, c.meta.subject, c.last_message, ...texts], text);
}

function listConversations(ctx: Ctx) {
	const size = perPage(ctx);
	const includeEmpty = ctx.q('include_empty') === undefined ? ctx.env.includeEmptyByDefault : ctx.flag('include_empty');
	let list = [...ctx.site.conversations.values()];
	if (!includeEmpty) list = list.filter((c) => hasMessages(ctx, c));

	const query = ctx.q('search_query');
	if (query !== undefined && query !== '') {
		const type = ctx.q('search_type') ?? 'text';
		if (type === 'text') list = list.filter((c) => textMatch(ctx, c, query));
		else if (type === 'segment') list = list.filter((c) => c.meta.segments.some((s) => s.toLowerCase() === query.toLowerCase()));
		else {
			const filters = parseFilters(query, 'search_query');
			const operator = ctx.q('search_operator');
			list = list.filter((c) => combine(filters.map((f) => matches(lookup(f.criterion, [[c, ''], [c, 'meta'], [c, 'meta.data']]), f)), operator));
		}
	}
	if (ctx.flag('filter_unread')) list = list.filter((c) => c.unread.operator > 0);
	if (ctx.flag('filter_resolved')) list = list.filter((c) => c.state === 'resolved');
	if (ctx.flag('filter_not_resolved')) list = list.filter((c) => c.state !== 'resolved');
	if (ctx.flag('filter_mention')) list = list.filter((c) => c.mentions.length > 0);
	if (ctx.flag('filter_unassigned')) list = list.filter((c) => !c.assigned);
	const assigned = ctx.q('filter_assigned');
	if (assigned) list = list.filter((c) => c.assigned?.user_id === assigned);
	const inbox = ctx.q('filter_inbox_id');
	if (inbox) list = list.filter((c) => c.inbox_id === inbox);
	const start = isoMs(ctx.q('filter_date_start'), 'filter_date_start');
	const end = isoMs(ctx.q('filter_date_end'), 'filter_date_end');
	const field = ctx.env.conversationDateField;
	if (start !== undefined) list = list.filter((c) => c[field] >= start);
	if (end !== undefined) list = list.filter((c) => c[field] <= end);

	const byId = (a: Conversation, b: Conversation) => (a.session_id < b.session_id ? -1 : 1);
	if (ctx.flag('order_date_waiting')) list.sort((a, b) => (a.waiting_since ?? Infinity) - (b.waiting_since ?? Infinity) || byId(a, b));
	else if (ctx.flag('order_date_created')) list.sort((a, b) => b.created_at - a.created_at || byId(a, b));
	else list.sort((a, b) => b.updated_at - a.updated_at || byId(a, b));
	return ctx.paged(list, size);
}

/**
 * The timestamp cursor [C-client query names; I semantics]: no cursor → the newest batch;
 * `timestamp_before=T` → the newest batch strictly older than T; `timestamp_after=T` → the oldest
 * batch strictly newer than T; `timestamp_around=T` → a batch centred on T. Always oldest first.
 * More messages beyond the batch → status 206 [3P, Crisp staff] (see fixtures.ts).
 */
function getMessagesInConversation(ctx: Ctx) {
	ctx.conversation();
	const all = ctx.store.messagesOf(ctx.websiteId, ctx.params.sessionID);
	const size = ctx.env.messageBatchSize;
	const num = (name: string) => (ctx.q(name) ? Number(ctx.q(name)) : undefined);
	const before = num('timestamp_before');
	const after = num('timestamp_after');
	const around = num('timestamp_around');
	let batch: Message[];
	let more: boolean;
	if (around !== undefined) {
		const index = all.findIndex((m) => m.timestamp >= around);
		const startAt = Math.max(0, (index === -1 ? all.length : index) - Math.floor(size / 2));
		batch = all.slice(startAt, startAt + size);
		more = startAt > 0 || startAt + size < all.length;
	} else if (after !== undefined && before === undefined) {
		const newer = all.filter((m) => m.timestamp > after);
		batch = newer.slice(0, size);
		more = newer.length > size;
	} else {
		let older = before !== undefined ? all.filter((m) => m.timestamp < before) : all;
		if (after !== undefined) older = older.filter((m) => m.timestamp > after);
		batch = older.slice(-size);
		more = older.length > size;
	}
	return ctx.ok(batch, { kind: 'list', status: more ? ctx.env.messagesPartialStatus : 200 });
}

function message(ctx: Ctx): Message {
	ctx.conversation();
	const fingerprint = Number(ctx.params.fingerprint);
	const found = ctx.store.messagesOf(ctx.websiteId, ctx.params.sessionID).find((m) => m.fingerprint === fingerprint);
	if (!found) throw new CrispError('notFound', `message ${ctx.params.fingerprint}`);
	return found;
}

function sendMessageInConversation(ctx: Ctx) {
	const conversation = ctx.conversation();
	const b = ctx.body;
	if (b.fingerprint !== undefined && ctx.store.messagesOf(ctx.websiteId, conversation.session_id).some((m) => m.fingerprint === b.fingerprint)) {
		ctx.invalid(`fingerprint ${String(b.fingerprint)} already used`);
	}
	const sent = ctx.store.addMessage(ctx.websiteId, conversation.session_id, {
		type: b.type as MessageType,
		from: b.from as MessageFrom,
		origin: b.origin as string,
		content: b.content,
		fingerprint: b.fingerprint as number | undefined,
		timestamp: b.timestamp as number | undefined,
		user: b.user as Json | undefined,
		mentions: b.mentions as string[] | undefined,
		references: b.references as Json[] | undefined,
		original: b.original as { original_id: string } | undefined,
		properties: b.properties as Json | undefined,
		stealth: b.stealth as boolean | undefined,
		translated: b.translated as boolean | undefined,
		automated: b.automated as boolean | undefined,
	});
	// [C-go ConversationMessageDispatched] data is `{fingerprint}`.
	return ctx.ok({ fingerprint: sent.fingerprint });
}

function suggestions(ctx: Ctx, pick: (c: Conversation) => string[], hidden: Set<string>, key: 'segment' | 'key') {
	const counts = new Map<string, number>();
	for (const c of ctx.site.conversations.values()) for (const value of pick(c)) if (!hidden.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
	const items = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ [key]: value, count }));
	return ctx.paged(items);
}

function browsing(ctx: Ctx): Json {
	ctx.conversation();
	const found = ctx.site.collection('browsing').get(ctx.params.browsingID);
	if (!found || found.session_id !== ctx.params.sessionID) throw new CrispError('notFound', `browsing ${ctx.params.browsingID}`);
	return found;
}

/** An action on a browsing session: 404 unless it exists [I: no state kept]. */
const browsingAct: Handler = (ctx) => {
	browsing(ctx);
	return ctx.ok({});
};

function call(ctx: Ctx): Json {
	ctx.conversation();
	const found = ctx.site.collection('calls').get(ctx.params.callID);
	if (!found || found.session_id !== ctx.params.sessionID) throw new CrispError('notFound', `call ${ctx.params.callID}`);
	return found;
}

function spam(ctx: Ctx): Json {
	return ctx.need(ctx.site.collection('spams'), ctx.params.spamID, 'spam');
}

/** A conversation sub-route that only acts (no state kept): 404 for an unknown session, else `{}`. */
const act: Handler = (ctx) => {
	ctx.conversation();
	return ctx.ok({});
};

export const conversationHandlers: Record<string, Handler> = {
	listConversations,
	listSuggestedConversationSegments: (ctx) => suggestions(ctx, (c) => c.meta.segments, ctx.site.hiddenSuggestions.conversationSegments, 'segment'),
	deleteSuggestedConversationSegment: (ctx) => {
		ctx.site.hiddenSuggestions.conversationSegments.add(String(ctx.body.segment));
		return ctx.ok({});
	},
	listSuggestedConversationDataKeys: (ctx) => suggestions(ctx, (c) => Object.keys(c.meta.data), ctx.site.hiddenSuggestions.conversationData, 'key'),
	deleteSuggestedConversationDataKey: (ctx) => {
		ctx.site.hiddenSuggestions.conversationData.add(String(ctx.body.key));
		return ctx.ok({});
	},
	listSpamConversations: (ctx) => ctx.paged([...ctx.site.collection('spams').values()].map(({ content: _content, ...rest }) => rest)),
	resolveSpamConversationContent: (ctx) => ctx.ok(spam(ctx)),
	submitSpamConversationDecision: (ctx) => {
		spam(ctx);
		ctx.site.collection('spams').delete(ctx.params.spamID);
		return ctx.ok({});
	},
	createNewConversation: (ctx) => ctx.ok({ session_id: ctx.store.createConversation(ctx.websiteId).session_id }),
	checkConversationExists: (ctx) => {
		ctx.conversation();
		return ctx.ok();
	},
	getConversation: (ctx) => ctx.ok(ctx.conversation()),
	removeConversation: (ctx) => {
		ctx.conversation();
		ctx.store.removeConversation(ctx.websiteId, ctx.params.sessionID);
		return ctx.ok({});
	},
	initiateConversationWithExistingSession: (ctx) => {
		const c = ctx.conversation();
		ctx.store.emit(ctx.websiteId, 'session:request:initiated', { website_id: c.website_id, session_id: c.session_id, inbox_id: c.inbox_id });
		return ctx.ok({});
	},
	getMessagesInConversation,
	sendMessageInConversation,
	getMessageInConversation: (ctx) => ctx.ok(message(ctx)),
	updateMessageInConversation: (ctx) => {
		const found = message(ctx);
		const content = ctx.body.content;
		if (typeof found.content === 'string' && typeof content !== 'string') ctx.invalid('content must be a string for this message type');
		ctx.store.updateMessage(ctx.websiteId, ctx.params.sessionID, found.fingerprint, content);
		return ctx.ok({});
	},
	removeMessageInConversation: (ctx) => {
		ctx.store.removeMessage(ctx.websiteId, ctx.params.sessionID, message(ctx).fingerprint);
		return ctx.ok({});
	},
	composeMessageInConversation: (ctx) => {
		ctx.conversation();
		const b = ctx.body;
		ctx.store.compose(ctx.websiteId, ctx.params.sessionID, b.type as 'start' | 'stop', b.from as MessageFrom, (b.excerpt as string | undefined) ?? '');
		return ctx.ok({});
	},
	markMessagesReadInConversation: (ctx) => {
		ctx.conversation();
		const b = ctx.body;
		ctx.store.markRead(ctx.websiteId, ctx.params.sessionID, b.from as MessageFrom, b.origin as string, b.fingerprints as number[]);
		return ctx.ok({});
	},
	markConversationAsUnread: (ctx) => {
		ctx.conversation();
		ctx.store.markUnread(ctx.websiteId, ctx.params.sessionID, ctx.body.from as MessageFrom);
		return ctx.ok({});
	},
	markMessagesDeliveredInConversation: (ctx) => {
		ctx.conversation();
		const b = ctx.body;
		ctx.store.markDelivered(ctx.websiteId, ctx.params.sessionID, b.from as MessageFrom, b.origin as string, b.fingerprints as number[]);
		return ctx.ok({});
	},
	updateConversationOpenState: (ctx) => {
		ctx.conversation();
		ctx.store.setOpened(ctx.websiteId, ctx.params.sessionID, ctx.body.opened === true);
		return ctx.ok({});
	},
	getConversationRoutingAssign: (ctx) => ctx.ok({ assigned: ctx.conversation().assigned ?? null }),
	assignConversationRouting: (ctx) => {
		ctx.conversation();
		const assigned = ctx.body.assigned as { user_id?: string | null } | null;
		const userId = assigned?.user_id ?? null;
		if (userId && ctx.site.operators.get(userId)?.type !== 'operator') throw new CrispError('notFound', `operator ${userId}`);
		ctx.store.setRouting(ctx.websiteId, ctx.params.sessionID, userId);
		return ctx.ok({});
	},
	updateConversationInbox: (ctx) => {
		ctx.conversation();
		const inboxId = ctx.body.inbox_id as string | null;
		if (inboxId !== null) ctx.need(ctx.site.inboxes, inboxId, 'inbox');
		ctx.store.setInbox(ctx.websiteId, ctx.params.sessionID, inboxId);
		return ctx.ok({});
	},
	getConversationMetas: (ctx) => ctx.ok(ctx.conversation().meta),
	updateConversationMetas: (ctx) => {
		ctx.conversation();
		const metas = ctx.body as Partial<ConversationMeta>;
		// [I] Crisp checks the email's shape (an empty string clears it).
		if (typeof metas.email === 'string' && metas.email !== '' && !isEmail(metas.email)) ctx.invalid('email is not an email address');
		ctx.store.updateMetas(ctx.websiteId, ctx.params.sessionID, metas);
		return ctx.ok({});
	},
	getOriginalMessageInConversation: (ctx) => {
		const c = ctx.conversation();
		const found = ctx.store.messagesOf(ctx.websiteId, c.session_id).find((m) => m.original?.original_id === ctx.params.originalID);
		if (!found) throw new CrispError('notFound', `original ${ctx.params.originalID}`);
		return ctx.ok({ website_id: c.website_id, session_id: c.session_id, original_id: ctx.params.originalID, type: 'full', headers: {}, content: typeof found.content === 'string' ? found.content : JSON.stringify(found.content), timestamp: found.timestamp });
	},
	listConversationPages: (ctx) => {
		ctx.conversation();
		return ctx.paged(ctx.site.pages.get(ctx.params.sessionID) ?? []);
	},
	listConversationEvents: (ctx) => {
		ctx.conversation();
		return ctx.paged(ctx.site.events.get(ctx.params.sessionID) ?? []);
	},
	listConversationFiles: (ctx) => {
		ctx.conversation();
		return ctx.paged(ctx.site.files.get(ctx.params.sessionID) ?? []);
	},
	getConversationState: (ctx) => ctx.ok({ state: ctx.conversation().state }),
	changeConversationState: (ctx) => {
		ctx.conversation();
		ctx.store.setState(ctx.websiteId, ctx.params.sessionID, ctx.body.state as Conversation['state']);
		return ctx.ok({});
	},
	getConversationRelations: (ctx) => {
		ctx.conversation();
		return ctx.ok({ conversations: { parent: null, children: [] } });
	},
	getConversationParticipants: (ctx) => ctx.ok({ participants: ctx.conversation().participants }),
	saveConversationParticipants: (ctx) => {
		ctx.conversation();
		ctx.store.setParticipants(ctx.websiteId, ctx.params.sessionID, ctx.body.participants as { type: string; target: string }[]);
		return ctx.ok({});
	},
	getBlockStatusForConversation: (ctx) => ctx.ok({ blocked: ctx.conversation().is_blocked }),
	blockIncomingMessagesForConversation: (ctx) => {
		ctx.conversation();
		ctx.store.setBlock(ctx.websiteId, ctx.params.sessionID, ctx.body.blocked === true);
		return ctx.ok({});
	},
	getVerifyStatusForConversation: (ctx) => {
		const c = ctx.conversation();
		return ctx.ok({ verified: c.is_verified, verifications: c.verifications });
	},
	updateVerifyStatusForConversation: (ctx) => {
		ctx.conversation();
		ctx.store.setVerified(ctx.websiteId, ctx.params.sessionID, ctx.body.verified === true);
		return ctx.ok({});
	},
	requestIdentityVerificationForConversation: act,
	redeemIdentityVerificationLinkForConversation: (ctx) => {
		const c = ctx.conversation();
		c.verifications.push({ identity: ctx.body.identity ?? 'email', method: 'link', annotation: String(ctx.body.recipient ?? '') });
		ctx.store.setVerified(ctx.websiteId, c.session_id, true);
		return ctx.ok({});
	},
	requestEmailTranscriptForConversation: act,
	requestChatboxBindingPurgeForConversation: act,
	requestUserFeedbackForConversation: act,
	listBrowsingSessionsForConversation: (ctx) => {
		ctx.conversation();
		return ctx.ok([...ctx.site.collection('browsing').values()].filter((b) => b.session_id === ctx.params.sessionID).map(({ session_id: _s, ...rest }) => rest), { kind: 'list' });
	},
	initiateBrowsingSessionForConversation: (ctx) => {
		ctx.conversation();
		const id = ctx.store.uuid();
		ctx.site.collection('browsing').set(id, { browsing_id: id, browsing_token: ctx.store.hex(32), useragent: 'Mozilla/5.0', session_id: ctx.params.sessionID });
		return ctx.ok({});
	},
	sendActionToExistingBrowsingSession: browsingAct,
	assistExistingBrowsingSession: browsingAct,
	initiateNewCallSessionForConversation: (ctx) => {
		ctx.conversation();
		const id = ctx.store.uuid();
		ctx.site.collection('calls').set(id, { call_id: id, mode: ctx.body.mode, session_id: ctx.params.sessionID });
		return ctx.ok({ call_id: id });
	},
	getOngoingCallSessionForConversation: (ctx) => {
		ctx.conversation();
		const ongoing = [...ctx.site.collection('calls').values()].find((c) => c.session_id === ctx.params.sessionID);
		if (!ongoing) throw new CrispError('notFound', 'no ongoing call');
		return ctx.ok({ call_id: ongoing.call_id });
	},
	abortOngoingCallSessionForConversation: (ctx) => {
		call(ctx);
		ctx.site.collection('calls').delete(ctx.params.callID);
		return ctx.ok({});
	},
	transmitSignalingOnOngoingCallSession: (ctx) => {
		call(ctx);
		return ctx.ok({});
	},
	requestToolCallForConversation: act,
	deliverWidgetButtonActionForConversation: act,
	deliverWidgetDataFetchActionForConversation: act,
	deliverWidgetDataEditActionForConversation: act,
	scheduleReminderForConversation: act,
	reportConversation: act,
};
