import type { IWebhookFunctions } from 'n8n-workflow';

/**
 * Which webhook deliveries this n8n process has already accepted, so that a replayed or repeated
 * delivery starts no second execution.
 *
 * Why not the workflow's static data: n8n (2.40.7) saves what a webhook() changed there after the
 * request, as one whole object and without a lock, so concurrent requests each save the copy they
 * read (a list kept there was gone after about 20 deliveries), and such a save can put back an older
 * state of another trigger of the same workflow. n8n's processed-data helpers (checkProcessedAndRecord)
 * are offered to execute contexts only, not to webhook().
 *
 * What holds:
 * - One n8n process (the default "regular" mode): at most one execution per key while the key
 *   is remembered (its TTL, or until `maxPerScope` newer keys pushed it out). The check and the
 *   record happen in one synchronous step, so concurrent copies of a delivery cannot both pass.
 * - A restart empties the cache; callers choose keys that expire with the platform's own replay
 *   window (e.g. a signature timestamp tolerance), so a restart reopens at most that window.
 * - Several n8n processes (queue mode with several webhook processes, multi-main): each process
 *   has its own cache, so a copy that reaches another process is not recognised there. A store
 *   shared between processes is not available to a node (see above): in queue mode, route every copy
 *   of a delivery to the same webhook process (the README's queue-mode section).
 */

export interface DeliveryScope {
	workflowId: string;
	/** The node's id, or its name when it has none. */
	node: string;
}

export interface DeliveryOptions {
	/** How long the key is remembered, in milliseconds. */
	ttlMs: number;
	/** Most keys kept per workflow node; the oldest are dropped first (default 10,000). */
	maxPerScope?: number;
}

export const DEFAULT_MAX_DELIVERIES_PER_SCOPE = 10_000;

/** scope → (key → expiry in ms), each inner map in insertion order (oldest first). */
const seen = new Map<string, Map<string, number>>();

let clock: () => number = () => Date.now();

/** Replaces the clock of the delivery cache (tests); no argument restores `Date.now`. */
export function setDeliveryClock(now?: () => number): void {
	clock = now ?? (() => Date.now());
}

/** Forgets every remembered delivery (tests, or a scope only). */
export function clearDeliveries(scope?: DeliveryScope): void {
	if (scope) seen.delete(scopeKey(scope));
	else seen.clear();
}

/** How many keys are remembered for a scope (expired ones not yet pruned included). */
export function rememberedDeliveries(scope: DeliveryScope): number {
	return seen.get(scopeKey(scope))?.size ?? 0;
}

function scopeKey(scope: DeliveryScope): string {
	return `${scope.workflowId}\u0000${scope.node}`;
}

/**
 * Records `key` for `scope` and returns true when it was not remembered (the delivery is new);
 * returns false for a key seen within its TTL. Synchronous on purpose: never put an `await`
 * between deciding and recording.
 */
export function recordDelivery(scope: DeliveryScope, key: string, options: DeliveryOptions): boolean {
	if (!(options.ttlMs > 0)) throw new RangeError('recordDelivery: ttlMs must be a positive number of milliseconds');
	const max = Math.max(1, Math.floor(options.maxPerScope ?? DEFAULT_MAX_DELIVERIES_PER_SCOPE));
	const now = clock();
	const id = scopeKey(scope);
	let keys = seen.get(id);
	if (!keys) {
		keys = new Map();
		seen.set(id, keys);
	}
	// Expired keys sit at the front when every key of a scope has the same TTL (the usual case).
	for (const [k, expires] of keys) {
		if (expires > now) break;
		keys.delete(k);
	}
	const expires = keys.get(key);
	if (expires !== undefined && expires > now) return false;
	keys.delete(key);
	keys.set(key, now + options.ttlMs);
	while (keys.size > max) keys.delete(keys.keys().next().value as string);
	return true;
}

/** The scope of the node running this webhook call: its workflow id and its node id (or name). */
export function deliveryScope(ctx: Pick<IWebhookFunctions, 'getWorkflow' | 'getNode'>): DeliveryScope {
	const node = ctx.getNode();
	return { workflowId: String(ctx.getWorkflow().id ?? ''), node: node.id || node.name };
}
