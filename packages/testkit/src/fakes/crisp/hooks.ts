/**
 * Hook deliveries as Crisp makes them [C-doc references/web-hooks/v1, guides/web-hooks]:
 * POST, compact JSON `{website_id, event, data, timestamp}`, headers X-Crisp-Hook-Origin,
 * X-Crisp-Request-Timestamp, X-Delivery-Attempt-Count, X-Delivery-Attempt-Limit, and on plugin
 * hooks X-Crisp-Signature = hex HMAC-SHA256(signature secret, "[" + timestamp + ";" + body + "]").
 * The body is compact, so it equals `JSON.stringify(JSON.parse(body))` and both official clients'
 * verifications agree (Node re-serialises, Go signs the raw bytes) [C-client, C-go].
 * Website hooks are unsigned; their URL carries the user's own `?key=` secret [C-doc].
 * What is inferred (attempt limit, timestamp unit, retry semantics) is in fixtures.ts.
 */
import crypto from 'node:crypto';

import { DeliveryQueue, type PostedDelivery } from '../delivery-queue';
import { HOOKS } from './fixtures';
import type { CrispStore, HookEvent } from './store';
import type { Json } from './types';

/** hex HMAC-SHA256 of `"[" + timestamp + ";" + body + "]"` [C-doc, C-client `__verifySignature`]. */
export function signCrispHook(secret: string, timestamp: string | number, body: string): string {
	return crypto.createHmac('sha256', secret).update(`[${timestamp};${body}]`).digest('hex');
}

/** Constant-time check of an X-Crisp-Signature against the raw body. */
export function verifyCrispHook(secret: string, timestamp: string | number, body: string, signature: string): boolean {
	const expected = Buffer.from(signCrispHook(secret, timestamp, body), 'hex');
	const given = /^[0-9a-f]+$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
	return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export interface PluginHookTarget {
	url: string;
	/** Signature secret (default: the seeded plugin's). */
	secret?: string;
	/** Events to deliver (default: all). */
	events?: string[];
	/** Websites to deliver for (default: every website that installed the plugin). */
	websites?: string[];
}

export interface WebsiteHookTarget {
	url: string;
	websiteId: string;
	/** Appended as `?key=` (the user's own secret [C-doc]). */
	key?: string;
	events?: string[];
}

/** A hook delivery: `url` is the URL posted to (website hooks: with `?key=`), `body` the exact compact JSON. */
export interface HookDelivery extends PostedDelivery {
	id: number;
	kind: 'plugin' | 'website';
	websiteId: string;
	event: string;
	/** X-Crisp-Request-Timestamp as sent. */
	timestamp: string;
	signature?: string;
	attempt: number;
	limit: number;
	/** The delivery this one retries. */
	retryOf?: number;
	/** The secret used (kept to re-sign a restamped retry). */
	secret?: string;
}

export interface HookOptions {
	plugin?: PluginHookTarget[];
	website?: WebsiteHookTarget[];
	/** Deliver each store event as it happens (default false: call `deliverPending()`). */
	autoDeliver?: boolean;
	/** Re-send a delivery answered non-2xx, up to the attempt limit, at once (default false). */
	autoRetry?: boolean;
	/** X-Delivery-Attempt-Limit (default 3 [I]). */
	attemptLimit?: number;
	/** Unit of X-Crisp-Request-Timestamp (default 'ms' [I]). */
	timestampUnit?: 'ms' | 's';
	timeoutMs?: number;
}

export interface RedeliverOptions {
	/** Give the retry a new timestamp (and signature); default false: the same ones [I]. */
	restamp?: boolean;
	/** Attempt number (default previous + 1). */
	attempt?: number;
}

export class CrispHooks extends DeliveryQueue<HookEvent, HookDelivery> {
	readonly plugin: PluginHookTarget[];
	readonly website: WebsiteHookTarget[];
	options: HookOptions;
	private readonly installedAt = new Map<number, boolean>();
	/** Node id in X-Crisp-Hook-Origin (16 hex, like the documented `38b411d9377a6a00`). */
	readonly node = '5f3a9c0e7b21d846';

	constructor(
		private readonly store: CrispStore,
		options: HookOptions = {},
	) {
		super(store);
		this.options = options;
		this.plugin = [...(options.plugin ?? [])];
		this.website = [...(options.website ?? [])];
		store.onEvent((event) => {
			// A plugin hook gets the events of websites that had the plugin installed when they happened.
			this.installedAt.set(event.seq, this.installed(event.website_id));
			if (!this.options.autoDeliver) return;
			this.markDelivered(event);
			this.track(this.deliverEvent(event));
		});
	}

	addPluginHook(target: PluginHookTarget): this {
		this.plugin.push(target);
		return this;
	}

	addWebsiteHook(target: WebsiteHookTarget): this {
		this.website.push(target);
		return this;
	}

	/** Every delivery posted, in order (the queue's log). */
	get deliveries(): HookDelivery[] {
		return this.log;
	}

	/** Forgets deliveries and what was delivered (after a re-seed). */
	reset(): void {
		this.delivered = 0;
		this.installedAt.clear();
		this.log.length = 0;
	}

	/** Records an event (as if the store had changed) and delivers it at once. */
	async emit(websiteId: string, event: string, data: Json): Promise<HookDelivery[]> {
		const wasAuto = this.options.autoDeliver;
		this.options.autoDeliver = false;
		let record: HookEvent | undefined;
		try {
			record = this.store.emit(websiteId, event, data);
		} finally {
			this.options.autoDeliver = wasAuto;
		}
		if (!record) return [];
		this.markDelivered(record);
		return this.deliverEvent(record);
	}

	/** Sends one event to every matching target. */
	async deliverEvent(event: HookEvent): Promise<HookDelivery[]> {
		const sends: Array<Promise<HookDelivery>> = [];
		const installed = this.installedAt.get(event.seq) ?? this.installed(event.website_id);
		for (const target of this.plugin) {
			if (target.events && !target.events.includes(event.event)) continue;
			if (target.websites ? !target.websites.includes(event.website_id) : !installed) continue;
			sends.push(this.send('plugin', target.url, event, target.secret ?? this.store.signatureSecret));
		}
		for (const target of this.website) {
			if (target.websiteId !== event.website_id) continue;
			if (target.events && !target.events.includes(event.event)) continue;
			sends.push(this.send('website', withKey(target.url, target.key), event));
		}
		return Promise.all(sends);
	}

	/** Re-sends a delivery as Crisp's retry: same body, attempt count + 1 [C-doc headers; I same timestamp]. */
	async redeliver(delivery: HookDelivery, opts: RedeliverOptions = {}): Promise<HookDelivery> {
		const headers = { ...delivery.headers };
		let timestamp = delivery.timestamp;
		let signature = delivery.signature;
		if (opts.restamp) {
			timestamp = this.stamp(this.store.clock.now());
			headers['X-Crisp-Request-Timestamp'] = timestamp;
			if (delivery.secret) {
				signature = signCrispHook(delivery.secret, timestamp, delivery.body);
				headers['X-Crisp-Signature'] = signature;
			}
		}
		const attempt = opts.attempt ?? delivery.attempt + 1;
		headers['X-Delivery-Attempt-Count'] = String(attempt);
		return this.post({ ...delivery, id: this.nextId(), headers, timestamp, signature, attempt, retryOf: delivery.id, status: undefined, responseText: undefined, error: undefined });
	}

	private installed(websiteId: string): boolean {
		return this.store.pluginSubscriptions.has(`${websiteId}:${this.store.pluginId}`);
	}

	private stamp(ms: number): string {
		return String((this.options.timestampUnit ?? HOOKS.timestampUnit) === 's' ? Math.floor(ms / 1000) : ms);
	}

	private async send(kind: 'plugin' | 'website', url: string, event: HookEvent, secret?: string): Promise<HookDelivery> {
		const body = JSON.stringify({ website_id: event.website_id, event: event.event, data: event.data, timestamp: event.timestamp });
		const timestamp = this.stamp(event.timestamp);
		const limit = this.options.attemptLimit ?? HOOKS.attemptLimit;
		const headers: Record<string, string> = {
			'Content-Type': 'application/json',
			'X-Crisp-Hook-Origin': kind === 'plugin' ? HOOKS.pluginOrigin(this.node) : HOOKS.websiteOrigin(this.node),
			'X-Crisp-Request-Timestamp': timestamp,
			'X-Delivery-Attempt-Count': '1',
			'X-Delivery-Attempt-Limit': String(limit),
		};
		let signature: string | undefined;
		if (kind === 'plugin' && secret) {
			signature = signCrispHook(secret, timestamp, body);
			headers['X-Crisp-Signature'] = signature;
		}
		let delivery = await this.post({ id: this.nextId(), kind, url, websiteId: event.website_id, event: event.event, body, headers, timestamp, signature, attempt: 1, limit, secret: kind === 'plugin' ? secret : undefined });
		while (this.options.autoRetry && !ok(delivery.status) && delivery.attempt < delivery.limit) delivery = await this.redeliver(delivery);
		return delivery;
	}

}

function ok(status: number | undefined): boolean {
	return status !== undefined && status >= 200 && status < 300;
}

function withKey(url: string, key: string | undefined): string {
	if (!key) return url;
	return `${url}${url.includes('?') ? '&' : '?'}key=${encodeURIComponent(key)}`;
}
