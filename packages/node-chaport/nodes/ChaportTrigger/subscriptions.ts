/**
 * The Chaport Trigger's own event subscriptions: ONE subscription per event (`POST
 * /events/subscriptions {targetUrl, event, essential}`, the shape a bot written against the live API
 * uses), all pointing at the node's webhook URL with a secret `?token=` added, since Chaport signs
 * nothing. The token is random (32 bytes, hex) and n8n never holds it: the node's static data
 * (which `n8n export:workflow` writes out with the workflow) keeps only its SHA-256 (`tokenHash`,
 * core's keyHash), and no node field holds either. Chaport keeps the token, in each
 * subscription's targetUrl, which is only readable with the account's access token; that is where
 * the trigger reads it back when it must (re-activation, lost static data).
 *
 * - checkExists: true when every chosen event already has a subscription with this node's URL and
 *   a token whose hash is the stored one (e.g. after a restart), or, with no hash stored, the token
 *   Chaport holds for this URL: their ids are adopted, nothing is created twice.
 * - create: reuses those, else makes a new token; creates the missing subscriptions, and removes
 *   the node's other ones (events no longer chosen, or an old token).
 * - delete: removes every subscription with the node's URL (any token), and only those; a 404 is
 *   "already gone". The hash goes too: no subscription holds its token any more, and without a
 *   hash the next activation's early deliveries are checked against Chaport's list (see
 *   `tokenHashForDelivery`).
 *
 * Static data written before the hash (`{token, subscriptionIds}`) still works: its token counts
 * as its hash, and the next checkExists or create stores the hash and drops the token.
 */
import { randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { apiPath, isDataObject, keyHash, listRecords, platformFetch } from '@leadchat/core';
import { webhooksList } from '../Chaport/lists';
import { chaport, chaportRequest } from '../Chaport/transport';

/** The query parameter of the registered URL that carries the secret. */
export const TOKEN_PARAM = 'token';

/** What the trigger keeps in the node's static data. */
export interface TriggerData extends IDataObject {
	/** The SHA-256 (hex, core's keyHash) of the secret every delivery's URL must carry. */
	tokenHash?: string;
	/** The secret itself, as versions before the hash stored it: read as its hash, dropped by checkExists and create. */
	token?: string;
	/** The subscriptions this node registered, by event. */
	subscriptionIds?: IDataObject;
}

export interface Subscription {
	id: string;
	event: string;
	targetUrl: string;
}

/** The chosen events (a multi-select; an expression may give a comma-separated text). */
export function chosenEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	const value = ctx.getNodeParameter('events', []) as unknown;
	const list = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	return [...new Set(list.map((e) => e.trim()).filter(Boolean))];
}

/** A URL without its query and trailing slashes, and the token it carries. */
export function splitTarget(url: string): { base: string; token?: string } {
	const at = url.indexOf('?');
	const base = (at < 0 ? url : url.slice(0, at)).replace(/\/+$/, '');
	const token = at < 0 ? null : new URLSearchParams(url.slice(at + 1)).get(TOKEN_PARAM);
	return token ? { base, token } : { base };
}

/** The URL registered at Chaport: the node's webhook URL with the token. */
export function targetUrlOf(webhookUrl: string, token: string): string {
	return `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}${TOKEN_PARAM}=${token}`;
}

const newToken = () => randomBytes(32).toString('hex');

function toSubscription(raw: IDataObject): Subscription {
	return { id: String(raw.id ?? ''), event: String(raw.event ?? ''), targetUrl: String(raw.targetUrl ?? '') };
}

/** Every subscription of the account. */
export async function listSubscriptions(ctx: IHookFunctions | IWebhookFunctions): Promise<Subscription[]> {
	const out: Subscription[] = [];
	for await (const raw of listRecords(platformFetch(ctx, chaport), webhooksList, {})) out.push(toSubscription(raw));
	return out.filter((s) => s.id !== '');
}

/** The errors of registering name no token: a server that echoes the targetUrl would show it. */
function withoutToken(error: unknown, token: string): unknown {
	if (error instanceof Error) {
		error.message = error.message.split(token).join('***');
		const described = error as Error & { description?: unknown };
		if (typeof described.description === 'string') described.description = described.description.split(token).join('***');
	}
	return error;
}

async function removeSubscription(ctx: IHookFunctions, id: string): Promise<void> {
	try {
		await chaportRequest.call(ctx, { method: 'DELETE', path: apiPath`/events/subscriptions/${id}` });
	} catch (error) {
		if (error instanceof NodeApiError && String(error.httpCode) === '404') return;
		// The transport's errors are n8n's already (Chaport's own message); both constructors hand
		// such an error back unchanged and wrap anything else.
		if (error instanceof NodeOperationError) throw new NodeOperationError(ctx.getNode(), error);
		throw new NodeApiError(ctx.getNode(), error as JsonObject);
	}
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The stored hash of the token: `tokenHash`, or the hash of a `token` stored by an earlier version. */
export function storedTokenHash(data: TriggerData): string | undefined {
	const hash = nonEmpty(data.tokenHash);
	if (hash !== undefined) return hash;
	const legacy = nonEmpty(data.token);
	return legacy === undefined ? undefined : keyHash(legacy);
}

/** Stores the token's hash (never the token) and the subscription ids. */
function store(data: TriggerData, token: string, found: Map<string, Subscription>): void {
	delete data.token;
	data.tokenHash = keyHash(token);
	data.subscriptionIds = idsOf(found);
}

/**
 * The node's subscriptions (its URL, any token) and the token to use: the one Chaport holds whose
 * hash is the stored one; with no hash stored (static data lost, or never saved), the first one
 * Chaport holds for this URL. Undefined when there is none (a stored hash matching nothing: a new
 * token is made).
 */
function ownState(all: Subscription[], url: string, data: TriggerData) {
	const base = splitTarget(url).base;
	const mine = all.filter((s) => splitTarget(s.targetUrl).base === base);
	const hash = storedTokenHash(data);
	const tokens = mine.map((s) => splitTarget(s.targetUrl).token).filter((t): t is string => t !== undefined);
	const token = hash === undefined ? tokens[0] : tokens.find((t) => keyHash(t) === hash);
	return { mine, token };
}

/** For each event, this node's subscription with the token, if there is one. */
function matching(mine: Subscription[], token: string | undefined, events: string[]): Map<string, Subscription> {
	const found = new Map<string, Subscription>();
	if (token === undefined) return found;
	for (const s of mine) {
		if (!events.includes(s.event) || found.has(s.event) || splitTarget(s.targetUrl).token !== token) continue;
		found.set(s.event, s);
	}
	return found;
}

const idsOf = (found: Map<string, Subscription>): IDataObject => Object.fromEntries([...found].map(([event, s]) => [event, s.id]));

export const lifecycle = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		const data = this.getWorkflowStaticData('node') as TriggerData;
		const url = this.getNodeWebhookUrl('default') as string;
		const events = chosenEvents(this);
		const { mine, token } = ownState(await listSubscriptions(this), url, data);
		const found = matching(mine, token, events);
		if (token === undefined || events.length === 0 || found.size < events.length) return false;
		store(data, token, found);
		return true;
	},

	async create(this: IHookFunctions): Promise<boolean> {
		const data = this.getWorkflowStaticData('node') as TriggerData;
		const url = this.getNodeWebhookUrl('default') as string;
		const events = chosenEvents(this);
		const { mine, token: known } = ownState(await listSubscriptions(this), url, data);
		const token = known ?? newToken();
		const found = matching(mine, token, events);
		const targetUrl = targetUrlOf(url, token);
		for (const event of events) {
			if (found.has(event)) continue;
			try {
				const { body } = await chaportRequest.call(this, { method: 'POST', path: '/events/subscriptions', body: { targetUrl, event, essential: true } });
				const created = isDataObject(body) ? toSubscription(body) : undefined;
				found.set(event, { id: created?.id ?? '', event, targetUrl });
			} catch (error) {
				throw withoutToken(error, token);
			}
		}
		// The node's other subscriptions (events no longer chosen, duplicates, old tokens) would only be refused or ignored.
		const keep = new Set([...found.values()].map((s) => s.id));
		for (const s of mine) if (!keep.has(s.id)) await removeSubscription(this, s.id);
		store(data, token, found);
		return true;
	},

	async delete(this: IHookFunctions): Promise<boolean> {
		const data = this.getWorkflowStaticData('node') as TriggerData;
		const base = splitTarget(this.getNodeWebhookUrl('default') as string).base;
		for (const s of await listSubscriptions(this)) {
			if (splitTarget(s.targetUrl).base === base) await removeSubscription(this, s.id);
		}
		delete data.subscriptionIds;
		delete data.tokenHash;
		delete data.token;
		return true;
	},
};

/** The last two path segments of a URL (n8n's `<webhook id>/<path>`), the same on the production and the test URL. */
function hookTail(url: string): string {
	try {
		return new URL(url).pathname.split('/').filter(Boolean).slice(-2).join('/');
	} catch {
		return '';
	}
}

/**
 * The hash of the token a delivery must carry (compared by core's guard, `hashed: 'sha256'`).
 * Normally the static data's. n8n starts routing the webhook URL before activation's create() runs
 * and saves the static data only after it (and a manual test keeps it in its registration only
 * after create()), so a delivery that arrives in between reads static data without the hash. Then,
 * and only for a delivery that carries a token at all, the token is read from Chaport's own list:
 * the subscriptions whose URL is this node's (production or test URL), preferring the one of the
 * delivery's event, and hashed. '' when none is found (refused).
 */
export async function tokenHashForDelivery(ctx: IWebhookFunctions, received: unknown, event: unknown): Promise<string> {
	const stored = storedTokenHash(ctx.getWorkflowStaticData('node') as TriggerData);
	if (stored !== undefined) return stored;
	if (typeof received !== 'string' || received === '') return '';
	const tail = hookTail(ctx.getNodeWebhookUrl('default') ?? '');
	if (tail === '') return '';
	let mine: Subscription[];
	try {
		mine = (await listSubscriptions(ctx)).filter((s) => splitTarget(s.targetUrl).token !== undefined && hookTail(splitTarget(s.targetUrl).base) === tail);
	} catch {
		return '';
	}
	const chosen = mine.find((s) => s.event === event) ?? mine[0];
	const token = chosen ? splitTarget(chosen.targetUrl).token : undefined;
	return token ? keyHash(token) : '';
}
