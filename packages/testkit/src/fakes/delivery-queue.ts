/**
 * What the fakes that post their own events (Crisp's hooks, Chaport's webhooks) share: the store
 * numbers its events (`seq`); a queue marks the last one delivered, so what is `pending` is the rest;
 * `deliverPending()` sends those in order; each delivery is logged, then POSTed, and its answer (or
 * network error) is written on it; deliveries started outside a request (auto delivery) are tracked
 * until `flush()`. Each fake adds what is its own: which targets hear an event, the payload, headers
 * and signature, when auto delivery sends, redelivery.
 */
import { httpSend } from '../fake-server';

/** A store's record of one event, numbered from 1 in the order it happened. */
export interface QueuedEvent {
	seq: number;
}

/** One POST of a delivery, as logged. */
export interface PostedDelivery {
	url: string;
	/** Exact body sent. */
	body: string;
	headers: Record<string, string>;
	/** Status answered (undefined while in flight; 0 on a network error or a refused target). */
	status?: number;
	responseText?: string;
	error?: string;
}

export abstract class DeliveryQueue<E extends QueuedEvent, D extends PostedDelivery> {
	/** Every delivery posted, in order (retries included). */
	readonly log: D[] = [];
	/** The options of the fake's deliveries; `timeoutMs` bounds each POST (default 10 s). */
	abstract options: { timeoutMs?: number };
	/** The sequence mark: every event up to it counts as delivered. */
	protected delivered = 0;
	private nextDeliveryId = 1;
	private readonly inFlight = new Set<Promise<unknown>>();

	protected constructor(private readonly source: { readonly events: readonly E[] }) {}

	/** Sends one event to every target that hears it; resolves with the deliveries made. */
	abstract deliverEvent(event: E): Promise<D[]>;

	/** Events recorded and not delivered yet. */
	pending(): E[] {
		return this.source.events.filter((e) => e.seq > this.delivered);
	}

	/** Delivers every pending event, in order; resolves with the deliveries made. */
	async deliverPending(): Promise<D[]> {
		const out: D[] = [];
		for (const event of this.pending()) {
			this.markDelivered(event);
			out.push(...(await this.deliverEvent(event)));
		}
		return out;
	}

	/** Waits for the deliveries in flight (auto delivery). */
	async flush(): Promise<void> {
		while (this.inFlight.size) await Promise.all([...this.inFlight]);
	}

	/** Whether deliveries are in flight. */
	protected get busy(): boolean {
		return this.inFlight.size > 0;
	}

	/** The event is not pending any more (it is being delivered, or is not to be). */
	protected markDelivered(event: QueuedEvent): void {
		this.delivered = Math.max(this.delivered, event.seq);
	}

	/** A new delivery's id (1, 2, …). */
	protected nextId(): number {
		return this.nextDeliveryId++;
	}

	/** Keeps a delivery started outside a request until it settles (see `flush`). */
	protected track(promise: Promise<unknown>): void {
		const p: Promise<unknown> = promise.catch(() => undefined).finally(() => this.inFlight.delete(p));
		this.inFlight.add(p);
	}

	/** Why the fake will not post to `url` (it is then logged with status 0 and this error), or undefined. */
	protected refusal(_url: string): string | undefined {
		return undefined;
	}

	/** Logs the delivery, POSTs it, and writes the answer on it. */
	protected async post(delivery: D): Promise<D> {
		this.log.push(delivery);
		const refused = this.refusal(delivery.url);
		if (refused !== undefined) {
			delivery.status = 0;
			delivery.error = refused;
			return delivery;
		}
		try {
			const res = await httpSend(delivery.url, { method: 'POST', headers: delivery.headers, body: delivery.body, timeoutMs: this.options.timeoutMs ?? 10_000 });
			delivery.status = res.status;
			delivery.responseText = res.text;
		} catch (error) {
			delivery.status = 0;
			delivery.error = (error as Error).message;
		}
		return delivery;
	}
}
