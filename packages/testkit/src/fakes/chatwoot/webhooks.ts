/**
 * Outgoing webhooks like Chatwoot's `lib/webhooks/trigger.rb` (`shared/api/chatwoot.md` §9).
 *
 * Delivery (§9.2): HTTP POST, JSON body, headers `Content-Type: application/json`,
 * `Accept: application/json`, `X-Chatwoot-Delivery: <uuid>` and, when signed (§9.3),
 * `X-Chatwoot-Timestamp: <unix seconds>` and
 * `X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`.
 * Unsigned mode (no secret, or Chatwoot before ~v4.11) sends neither signature header.
 *
 * Payloads (§9.4): the event name is merged at the top level (`event`), `account:{id,name}` is
 * included, webhook messages carry the string `message_type`, conversation ids are display ids.
 */
import crypto from 'node:crypto';

import { httpSend, type SendResult } from '../../fake-server';
import type { ChatwootState, ChangedAttributes, StoreEvent, WebhookEvent } from './store';
import type { Contact, Conversation, Inbox, Message } from './types';
import { contactPushData, contactWebhookData, inboxView, messagePushData, messageTypeName, teamView, agentView, agentBotSlimView, attachmentView } from './views';

type Json = Record<string, unknown>;

// ------------------------------------------------------------------------------------- signing

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<rawBody>")>`. */
export function signWebhook(secret: string, timestamp: number | string, rawBody: string): string {
	return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** Constant-time check of an `X-Chatwoot-Signature` header. */
export function verifyWebhookSignature(secret: string, timestamp: number | string, rawBody: string, signature: string): boolean {
	const expected = Buffer.from(signWebhook(secret, timestamp, rawBody));
	const given = Buffer.from(signature);
	return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export interface SendWebhookOptions {
	/** Secret used to sign (account webhook `secret`, API inbox `secret` or agent bot `secret`). */
	secret?: string;
	/** Sign the delivery (default: true when `secret` is given). `false` = older Chatwoot, no signature headers. */
	signed?: boolean;
	/** `X-Chatwoot-Timestamp` (default: now, Unix seconds). */
	timestamp?: number;
	/** `X-Chatwoot-Delivery` (default: a random uuid). */
	deliveryId?: string;
	/** Sign the real body but send a modified one, so signature verification must fail. */
	tamper?: boolean;
	/** Extra headers (e.g. to simulate a proxy). */
	headers?: Record<string, string>;
	timeoutMs?: number;
}

export interface WebhookSendResult extends SendResult {
	/** Headers that were sent. */
	sentHeaders: Record<string, string>;
	/** Exact body that was sent (differs from the signed body when `tamper` is set). */
	sentBody: string;
	/** Body the signature was computed over. */
	signedBody: string;
	deliveryId: string;
	timestamp?: number;
	signature?: string;
}

/** The JSON body Chatwoot posts: the payload with `event` merged in at the top level. */
export function webhookBody(event: string, payload: Json): Json {
	return { ...payload, event };
}

/** POSTs a webhook exactly like Chatwoot does (§9.2/§9.3). */
export async function sendWebhook(url: string, event: string, payload: Json, options: SendWebhookOptions = {}): Promise<WebhookSendResult> {
	const signed = options.signed ?? options.secret !== undefined;
	if (signed && !options.secret) throw new Error('sendWebhook: signed delivery needs a secret');
	const signedBody = JSON.stringify(webhookBody(event, payload));
	const deliveryId = options.deliveryId ?? crypto.randomUUID();
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		Accept: 'application/json',
		'X-Chatwoot-Delivery': deliveryId,
	};
	let timestamp: number | undefined;
	let signature: string | undefined;
	if (signed) {
		timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
		signature = signWebhook(options.secret!, timestamp, signedBody);
		headers['X-Chatwoot-Timestamp'] = String(timestamp);
		headers['X-Chatwoot-Signature'] = signature;
	}
	Object.assign(headers, options.headers ?? {});
	const sentBody = options.tamper ? JSON.stringify({ ...webhookBody(event, payload), tampered: true }) : signedBody;
	const result = await postRaw(url, sentBody, headers, options.timeoutMs ?? 5000);
	return { ...result, sentHeaders: headers, sentBody, signedBody, deliveryId, timestamp, signature };
}

async function postRaw(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendResult> {
	if (url.startsWith('http://')) return httpSend(url, { method: 'POST', body, headers, timeoutMs });
	const response = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(timeoutMs) });
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = text ? JSON.parse(text) : text;
	} catch {
		parsed = text;
	}
	const responseHeaders: Record<string, string> = {};
	response.headers.forEach((value, key) => {
		responseHeaders[key] = value;
	});
	return { status: response.status, headers: responseHeaders, body: parsed, text, raw: body };
}

// ------------------------------------------------------------------------------------- payloads

function accountData(state: ChatwootState, accountId: number): Json {
	const account = state.account(accountId);
	return { id: accountId, name: account?.name ?? '' };
}

function contactData(state: ChatwootState, contact: Contact): Json {
	return { account: accountData(state, contact.account_id), ...contactWebhookData(contact) };
}

/** `Conversations::EventDataPresenter` data used by conversation webhooks (and nested in message webhooks). */
export function conversationWebhookData(state: ChatwootState, conversation: Conversation): Json {
	const contact = state.contacts.find((c) => c.id === conversation.contact_id);
	const inbox = state.inboxes.find((i) => i.id === conversation.inbox_id);
	const contactInbox = state.contactInboxes.find((ci) => ci.id === conversation.contact_inbox_id);
	const messages = state.messagesOf(conversation).filter((m) => m.message_type !== 2);
	const last = messages[messages.length - 1];
	const meta: Json = { sender: contact ? contactPushData(contact) : null };
	if (conversation.assignee_agent_bot_id !== null) {
		const bot = state.agentBots.find((b) => b.id === conversation.assignee_agent_bot_id);
		meta.assignee = bot ? agentBotSlimView(bot) : null;
		meta.assignee_type = 'AgentBot';
	} else {
		const user = conversation.assignee_id !== null ? state.user(conversation.assignee_id) : undefined;
		const membership = user ? state.accountUser(conversation.account_id, user.id) : undefined;
		meta.assignee = user && membership ? agentView(user, membership) : null;
		meta.assignee_type = user ? 'User' : null;
	}
	const team = conversation.team_id !== null ? state.teams.find((t) => t.id === conversation.team_id) : undefined;
	meta.team = team ? teamView(team) : null;
	meta.hmac_verified = contactInbox?.hmac_verified ?? false;
	return {
		additional_attributes: conversation.additional_attributes,
		can_reply: true,
		channel: inbox?.channel_type ?? null,
		contact_inbox: contactInbox
			? {
					id: contactInbox.id,
					contact_id: contactInbox.contact_id,
					inbox_id: contactInbox.inbox_id,
					source_id: contactInbox.source_id,
					created_at: new Date(contactInbox.created_at * 1000).toISOString(),
					updated_at: new Date(contactInbox.created_at * 1000).toISOString(),
					hmac_verified: contactInbox.hmac_verified,
					pubsub_token: contactInbox.pubsub_token,
				}
			: null,
		id: conversation.display_id,
		inbox_id: conversation.inbox_id,
		messages: last ? [messagePushData(state, last)] : [],
		labels: conversation.labels,
		meta,
		status: conversation.status,
		custom_attributes: conversation.custom_attributes,
		snoozed_until: conversation.snoozed_until,
		unread_count: state.messages.filter((m) => m.conversation_id === conversation.id && m.message_type === 0 && m.created_at > (conversation.agent_last_seen_at ?? 0)).length,
		first_reply_created_at: conversation.first_reply_created_at,
		priority: conversation.priority,
		waiting_since: conversation.waiting_since ?? 0,
		agent_last_seen_at: conversation.agent_last_seen_at ?? 0,
		contact_last_seen_at: conversation.contact_last_seen_at ?? 0,
		last_activity_at: conversation.last_activity_at,
		timestamp: conversation.last_activity_at,
		created_at: conversation.created_at,
		updated_at: conversation.updated_at,
		account: accountData(state, conversation.account_id),
	};
}

function senderWebhookData(state: ChatwootState, message: Message): Json | null {
	const sender = message.sender;
	if (!sender) return null;
	if (sender.type === 'User') {
		const user = state.user(sender.id);
		return user ? { id: user.id, name: user.name, email: user.email, type: 'user' } : null;
	}
	if (sender.type === 'AgentBot') {
		const bot = state.agentBots.find((b) => b.id === sender.id);
		return bot ? { id: bot.id, name: bot.name, type: 'agent_bot' } : null;
	}
	const contact = state.contacts.find((c) => c.id === sender.id);
	return contact ? { ...contactData(state, contact), type: 'contact' } : null;
}

/** `Message#webhook_data`: string `message_type`, ISO `created_at`. */
export function messageWebhookData(state: ChatwootState, message: Message): Json {
	const conversation = state.conversationOfMessage(message);
	const inbox = state.inboxes.find((i) => i.id === message.inbox_id);
	const data: Json = {
		account: accountData(state, message.account_id),
		additional_attributes: message.additional_attributes,
		content_attributes: message.content_attributes,
		content_type: message.content_type,
		content: message.content,
		conversation: conversation ? conversationWebhookData(state, conversation) : null,
		created_at: new Date(message.created_at * 1000).toISOString(),
		id: message.id,
		inbox: inbox ? { id: inbox.id, name: inbox.name } : null,
		message_type: messageTypeName(message),
		private: message.private,
		sender: senderWebhookData(state, message),
		source_id: message.source_id,
	};
	if (message.attachments.length) data.attachments = message.attachments.map((a) => attachmentView(state, a));
	return data;
}

function inboxWebhookData(state: ChatwootState, inbox: Inbox): Json {
	return { ...inboxView(inbox), account: accountData(state, inbox.account_id) };
}

export interface WebhookRefs {
	contactId?: number;
	/** Database id of the conversation (the fake's helpers also accept `conversationDisplayId`). */
	conversationId?: number;
	messageId?: number;
	inboxId?: number;
	changed_attributes?: ChangedAttributes;
	/** Typing events: who types (default: the contact). */
	userId?: number;
	is_private?: boolean;
}

/**
 * Builds the payload (without `event`) for one of the 12 events from the fake's state.
 * Missing refs default to the account's first contact / latest conversation / latest message
 * (of `conversationId` when given) / first inbox.
 */
export function buildWebhookPayload(state: ChatwootState, event: WebhookEvent, accountId: number, refs: WebhookRefs = {}): Json {
	const contactOf = () => {
		const c = refs.contactId !== undefined ? state.contacts.find((x) => x.id === refs.contactId) : state.contactsOf(accountId)[0];
		if (!c) throw new Error(`buildWebhookPayload(${event}): no contact`);
		return c;
	};
	const conversationOf = () => {
		const list = state.conversationsOf(accountId);
		const c = refs.conversationId !== undefined ? state.conversations.find((x) => x.id === refs.conversationId) : list[list.length - 1];
		if (!c) throw new Error(`buildWebhookPayload(${event}): no conversation`);
		return c;
	};
	const messageOf = () => {
		const list = state.messages.filter(
			(m) => m.account_id === accountId && m.message_type !== 2 && (refs.conversationId === undefined || m.conversation_id === refs.conversationId),
		);
		const m = refs.messageId !== undefined ? state.messages.find((x) => x.id === refs.messageId) : list[list.length - 1];
		if (!m) throw new Error(`buildWebhookPayload(${event}): no message`);
		return m;
	};
	const changed = refs.changed_attributes ? { changed_attributes: refs.changed_attributes } : {};
	switch (event) {
		case 'contact_created':
			return contactData(state, contactOf());
		case 'contact_updated':
			return { ...contactData(state, contactOf()), changed_attributes: refs.changed_attributes ?? [] };
		case 'conversation_created':
			return conversationWebhookData(state, conversationOf());
		case 'conversation_updated':
		case 'conversation_status_changed':
			return { ...conversationWebhookData(state, conversationOf()), changed_attributes: refs.changed_attributes ?? [] };
		case 'message_created':
		case 'message_updated':
			return { ...messageWebhookData(state, messageOf()), ...changed };
		case 'webwidget_triggered': {
			const inbox = refs.inboxId !== undefined ? state.inboxes.find((i) => i.id === refs.inboxId) : state.inboxes.find((i) => i.account_id === accountId && i.channel_type === 'Channel::WebWidget');
			const contact = contactOf();
			const contactInbox = inbox ? state.ensureContactInbox(contact, inbox) : undefined;
			const current = contactInbox ? state.conversations.filter((c) => c.contact_inbox_id === contactInbox.id).pop() : undefined;
			return {
				id: contactInbox?.id ?? null,
				contact: contactData(state, contact),
				inbox: inbox ? { id: inbox.id, name: inbox.name } : null,
				account: accountData(state, accountId),
				current_conversation: current ? conversationWebhookData(state, current) : null,
				source_id: contactInbox?.source_id ?? null,
				event_info: {
					initiated_at: { timestamp: new Date(state.now() * 1000).toString() },
					referer: inbox?.website_url ?? null,
					widget_language: null,
					browser_language: 'en',
					browser: { browser_name: 'Chrome', browser_version: '126.0.0.0', device_name: 'Unknown', platform_name: 'macOS', platform_version: '10.15.7' },
				},
			};
		}
		case 'conversation_typing_on':
		case 'conversation_typing_off': {
			const conversation = conversationOf();
			let user: Json | null;
			if (refs.userId !== undefined) {
				const u = state.user(refs.userId);
				user = u ? { id: u.id, name: u.name, email: u.email, type: 'user' } : null;
			} else {
				const contact = state.contacts.find((c) => c.id === conversation.contact_id);
				user = contact ? { ...contactPushData(contact) } : null;
			}
			return { user, conversation: conversationWebhookData(state, conversation), is_private: refs.is_private ?? false };
		}
		case 'inbox_created':
		case 'inbox_updated': {
			const inbox = refs.inboxId !== undefined ? state.inboxes.find((i) => i.id === refs.inboxId) : state.inboxes.find((i) => i.account_id === accountId);
			if (!inbox) throw new Error(`buildWebhookPayload(${event}): no inbox`);
			return { ...inboxWebhookData(state, inbox), ...(event === 'inbox_updated' ? { changed_attributes: refs.changed_attributes ?? [] } : {}) };
		}
	}
}

// ------------------------------------------------------------------------------------- delivery

export interface WebhookDelivery {
	url: string;
	event: WebhookEvent;
	/** `account` webhook, `api_inbox` channel webhook_url. */
	source: 'account' | 'api_inbox';
	deliveryId: string;
	body: Json;
	status?: number;
	error?: string;
}

const CONVERSATION_OR_MESSAGE = new Set<WebhookEvent>([
	'conversation_created',
	'conversation_updated',
	'conversation_status_changed',
	'message_created',
	'message_updated',
	'conversation_typing_on',
	'conversation_typing_off',
	'webwidget_triggered',
]);

/**
 * When enabled (`deliverWebhooks: true`), state changes are delivered to:
 * - account webhooks (`webhook_type` account) subscribed to the event, signed with `webhook.secret`
 *   (a webhook registered with an `inbox_id` only gets events of that inbox [I]);
 * - the `webhook_url` of an API-channel inbox, for every conversation/message event of that inbox
 *   (no subscription filter), signed with the channel `secret` (§9.1).
 * Like Chatwoot, failures are swallowed (no retries for account webhooks); every attempt is
 * recorded in `deliveries`. `flush()` waits for in-flight deliveries.
 */
export class WebhookDispatcher {
	readonly deliveries: WebhookDelivery[] = [];
	private readonly pending = new Set<Promise<void>>();
	private unsubscribe?: () => void;

	constructor(private readonly state: ChatwootState) {}

	start(): void {
		this.unsubscribe ??= this.state.onEvent((event) => this.handle(event));
	}

	stop(): void {
		this.unsubscribe?.();
		this.unsubscribe = undefined;
	}

	async flush(): Promise<void> {
		while (this.pending.size) await Promise.allSettled([...this.pending]);
	}

	private handle(event: StoreEvent): void {
		const state = this.state;
		const targets: Array<{ url: string; secret: string; source: WebhookDelivery['source'] }> = [];
		const eventInboxId =
			event.inboxId ?? (event.conversationId !== undefined ? state.conversations.find((c) => c.id === event.conversationId)?.inbox_id : undefined);
		for (const webhook of state.webhooks) {
			if (webhook.account_id !== event.accountId || webhook.webhook_type !== 0 || !webhook.subscriptions.includes(event.event)) continue;
			// [I] a webhook tied to an inbox only hears events of that inbox.
			if (webhook.inbox_id !== null && eventInboxId !== undefined && webhook.inbox_id !== eventInboxId) continue;
			targets.push({ url: webhook.url, secret: webhook.secret, source: 'account' });
		}
		if (CONVERSATION_OR_MESSAGE.has(event.event) && event.conversationId !== undefined) {
			const conversation = state.conversations.find((c) => c.id === event.conversationId);
			const inbox = conversation ? state.inboxes.find((i) => i.id === conversation.inbox_id) : undefined;
			if (inbox?.channel_type === 'Channel::Api' && inbox.webhook_url && inbox.secret) {
				targets.push({ url: inbox.webhook_url, secret: inbox.secret, source: 'api_inbox' });
			}
		}
		if (!targets.length) return;
		let payload: Json;
		try {
			payload = buildWebhookPayload(state, event.event, event.accountId, {
				contactId: event.contactId,
				conversationId: event.conversationId,
				messageId: event.messageId,
				inboxId: event.inboxId,
				changed_attributes: event.changed_attributes,
			});
		} catch {
			return;
		}
		for (const target of targets) {
			const delivery: WebhookDelivery = {
				url: target.url,
				event: event.event,
				source: target.source,
				deliveryId: crypto.randomUUID(),
				body: webhookBody(event.event, payload),
			};
			this.deliveries.push(delivery);
			const job = sendWebhook(target.url, event.event, payload, { secret: target.secret || undefined, deliveryId: delivery.deliveryId })
				.then((result) => {
					delivery.status = result.status;
				})
				.catch((error: Error) => {
					delivery.error = error.message;
				})
				.finally(() => this.pending.delete(job));
			this.pending.add(job);
		}
	}
}
