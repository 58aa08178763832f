/**
 * Outgoing webhook deliveries: each chat.started / chat.finished the store records is POSTed as JSON
 * to every subscription that hears it (payload variants in fixtures.ts; unsigned, no retries [I]).
 * Only 127.0.0.1 / localhost targets are posted to; any other is refused (recorded, never sent).
 *
 * With `auto` (the fake's `deliverWebhooks`) an event is sent on the next turn of the event loop
 * (`setImmediate`), i.e. after the response of the request that caused it has been written, never
 * awaited inside a request. Without it, `deliverPending()` sends what is waiting.
 */
import { DeliveryQueue, type PostedDelivery } from '../delivery-queue';
import { chatLink, DELIVERY_USER_AGENT, KNOWN_EVENTS, type DeliveryPayloadVariant } from './fixtures';
import { visitorView, type ChaportStore, type StoreEvent } from './store';

export interface Delivery extends PostedDelivery {
	id: number;
	/** The store event's sequence number (a redelivery keeps it). */
	seq: number;
	event: string;
	subscriptionId: string;
	/** The delivery this one repeats. */
	retryOf?: number;
}

export interface DeliveryOptions {
	/** Send as events happen (after the current request's response). Default false. */
	auto?: boolean;
	/** Payload variant (default 'extras'). */
	payload?: DeliveryPayloadVariant;
	timeoutMs?: number;
}

/** True for http(s) URLs on 127.0.0.1, ::1 or localhost (the only targets the fake posts to). */
export function isLocalTarget(url: string): boolean {
	try {
		const u = new URL(url);
		return (u.protocol === 'http:' || u.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
	} catch {
		return false;
	}
}

/** The JSON body of a delivery, in the given variant. */
export function deliveryPayload(event: StoreEvent, variant: DeliveryPayloadVariant): Record<string, unknown> {
	if (variant === 'nested') return { event: event.event, visitor: visitorView(event.visitor), chat: event.chat };
	return { event: event.event, extras: { visitorId: event.visitorId, chatId: event.chatId }, link: chatLink(event.visitorId) };
}

export class ChaportDeliveries extends DeliveryQueue<StoreEvent, Delivery> {
	options: DeliveryOptions;
	private readonly timers = new Set<NodeJS.Immediate>();

	constructor(
		private readonly store: ChaportStore,
		options: DeliveryOptions = {},
	) {
		super(store);
		this.options = options;
		store.onEvent((event) => {
			if (!this.options.auto) return;
			this.markDelivered(event);
			const timer = setImmediate(() => {
				this.timers.delete(timer);
				this.track(this.deliverEvent(event));
			});
			this.timers.add(timer);
		});
	}

	/** Waits until the scheduled and in-flight deliveries are done (auto mode); resolves with the log. */
	async waitForDeliveries(): Promise<Delivery[]> {
		while (this.timers.size || this.busy) {
			if (this.busy) await this.flush();
			else await new Promise((resolve) => setImmediate(resolve));
		}
		return this.log;
	}

	/** Sends one event to every subscription that hears it. */
	deliverEvent(event: StoreEvent): Promise<Delivery[]> {
		if (!(KNOWN_EVENTS as readonly string[]).includes(event.event)) return Promise.resolve([]);
		const body = JSON.stringify(deliveryPayload(event, this.options.payload ?? 'extras'));
		const sends = [...this.store.subscriptions.values()]
			.filter((s) => s.events.includes(event.event))
			.map((s) => this.post({ id: this.nextId(), seq: event.seq, event: event.event, subscriptionId: s.id, url: s.targetUrl, body, headers: { 'Content-Type': 'application/json', 'User-Agent': DELIVERY_USER_AGENT } }));
		return Promise.all(sends);
	}

	/** Sends a delivery again, byte for byte (as a platform retry would; to test de-duplication). */
	redeliver(delivery: Delivery): Promise<Delivery> {
		return this.post({ ...delivery, id: this.nextId(), retryOf: delivery.id, status: undefined, responseText: undefined, error: undefined });
	}

	/** Forgets the log and marks every recorded event as delivered. */
	reset(): void {
		this.log.length = 0;
		for (const event of this.store.events) this.markDelivered(event);
	}

	/** Cancels scheduled deliveries and waits for those in flight. */
	async close(): Promise<void> {
		for (const timer of this.timers) clearImmediate(timer);
		this.timers.clear();
		await this.flush();
	}

	protected refusal(url: string): string | undefined {
		return isLocalTarget(url) ? undefined : `refused: the fake only posts to 127.0.0.1 or localhost (${url})`;
	}
}
