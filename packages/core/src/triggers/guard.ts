import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { createHash } from 'crypto';
import { deliveryScope, recordDelivery } from './deliveries';
import { safeEqual, verifyHmac, type HmacCheck, type SignatureResult } from './signature';

/**
 * One guard for every webhook trigger's `webhook()`: it checks the delivery (an HMAC signature, a
 * shared key, or nothing), answers 401 with a reason and starts nothing when the check fails, runs
 * each delivery once (core's recordDelivery, recorded only after the check, with no await between
 * the check and the record), and emits only the chosen events that pass the trigger's own filter.
 * A trigger keeps only what is its platform's: which headers carry what, how the signed string is
 * built, how the event name is read, and what it adds to or removes from the item.
 */

/** How an HMAC-signed delivery is checked: verifyHmac's check without the body, which the guard supplies. */
export interface HmacOptions extends Omit<HmacCheck, 'rawBody'> {
	/**
	 * Other forms of the body the sender may have signed, tried in order when the bytes received do
	 * not match (e.g. the JSON parsed and serialised again, as some official clients sign it).
	 */
	alternateBodies?: (rawBody: string) => Array<string | undefined>;
	/**
	 * When n8n kept no raw body: refuse the delivery ('no-raw-body', the default), or check the
	 * parsed body serialised as JSON.
	 */
	withoutRawBody?: 'refuse' | 'json';
}

/**
 * An HMAC-signed delivery, made by `hmacVerification`: the guard calls `check` with the body as
 * received. The HMAC code is reached only through it, so a package whose triggers verify no
 * signature (a shared key) does not ship it.
 */
export interface HmacVerification {
	kind: 'hmac';
	/** '' when none is known: every delivery is refused as 'no-secret'. */
	secret: string;
	check(rawBody: Buffer | string | undefined, parsed: unknown): SignatureResult | 'no-raw-body';
}

/** A shared key sent with each delivery, compared in constant time. */
export interface KeyVerification {
	kind: 'key';
	/**
	 * The key expected, or with `hashed` its `keyHash` ('' when none is known: every delivery is
	 * refused as 'no-secret').
	 */
	secret: string;
	/**
	 * 'sha256': `secret` is the key's SHA-256 (`keyHash`), not the key, so that a trigger that
	 * generates its own key can keep only the hash in its static data (which n8n exports with the
	 * workflow). The key received is hashed and the two hashes compared in constant time.
	 */
	hashed?: 'sha256';
	/** Where the sender puts it: a header, a field of the JSON body, or the URL's query. */
	in: 'header' | 'body' | 'query';
	/** The header, body field or query parameter. A key in the body is removed from the item emitted. */
	name: string;
}

export interface NoVerification {
	kind: 'none';
}

export type WebhookVerification = HmacVerification | KeyVerification | NoVerification;

/** Why a delivery was refused. */
export type WebhookRejectionCode = Exclude<SignatureResult, { valid: true }>['reason'] | 'no-secret' | 'no-raw-body' | 'bad-key';

export interface WebhookRejection {
	code: WebhookRejectionCode;
	/** The trigger's text for the code, or core's default. */
	reason: string;
}

export const DEFAULT_WEBHOOK_REASONS: Record<WebhookRejectionCode, string> = {
	'missing-signature': 'The signature header is missing',
	'missing-timestamp': 'The timestamp header is missing',
	'bad-timestamp': 'The timestamp header is not a Unix time',
	stale: 'The timestamp is outside the accepted window',
	mismatch: 'The signature does not match the body',
	'no-secret': 'No secret is known to check deliveries with',
	'no-raw-body': 'The raw request body is not available to verify the signature',
	'bad-key': 'The key is missing or wrong',
};

/** What the delivery key and the output see of a delivery that passed the check. */
export interface WebhookDelivery {
	/** The bytes received (undefined when n8n kept none). */
	rawBody: Buffer | string | undefined;
	/** The parsed body (n8n's getBodyData()), without a key carried in the body. */
	body: IDataObject;
	/** False with `{ kind: 'none' }`. */
	verified: boolean;
}

export interface WebhookGuardOptions {
	verification: WebhookVerification;
	/** How long a delivery is remembered, in ms: as long as a copy of it could still pass the check. */
	ttlMs: number;
	/**
	 * The delivery's identity, from signed (or key-checked) content, never from an unsigned header.
	 * Default: a SHA-256 of the raw body (`body:<hex>`).
	 */
	deliveryKey?: (delivery: WebhookDelivery) => string;
	/** The answer to a repeated delivery (default: n8n's own "Webhook call received"). */
	duplicateResponse?: IDataObject;
	/** Texts of the 401 reasons, by code (the default texts name no header). */
	reasons?: Partial<Record<WebhookRejectionCode, string>>;
	/** The 401 body (default `{ error: 'Unauthorized', reason }`). */
	rejectBody?: (rejection: WebhookRejection) => IDataObject;
	/** Only these events start a run ('all': every event). Deliveries that are not a JSON object never do. */
	events?: { selected: readonly string[] | 'all'; of?: (body: IDataObject) => string };
	/** A platform filter after the events (e.g. inbox, website, sender): false drops the delivery. */
	filter?: (body: IDataObject) => boolean;
	/** The item emitted (default: the body). */
	output?: (delivery: WebhookDelivery) => IDataObject;
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A request header by name (any case); the first value of a repeated one. */
export function webhookHeader(ctx: Pick<IWebhookFunctions, 'getHeaderData'>, name: string): string | undefined {
	const value = (ctx.getHeaderData() as IDataObject)[name.toLowerCase()];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

/** The default delivery key: a SHA-256 of the raw body (of the parsed body as JSON when there is none). */
export function bodyHashKey(delivery: Pick<WebhookDelivery, 'rawBody' | 'body'>): string {
	return `body:${createHash('sha256').update(delivery.rawBody ?? JSON.stringify(delivery.body)).digest('hex')}`;
}

/** The hash a `{ kind: 'key', hashed: 'sha256' }` check compares: the key's SHA-256, in lowercase hex. */
export function keyHash(key: string): string {
	return createHash('sha256').update(key, 'utf8').digest('hex');
}

const asText = (raw: Buffer | string) => (typeof raw === 'string' ? raw : raw.toString('utf8'));

/** The verification of an HMAC-signed delivery (see HmacOptions). */
export function hmacVerification(options: HmacOptions): HmacVerification {
	const { alternateBodies, withoutRawBody, ...check } = options;
	return {
		kind: 'hmac',
		secret: options.secret,
		check(rawBody, parsed) {
			if (rawBody === undefined && withoutRawBody !== 'json') return 'no-raw-body';
			const received = rawBody === undefined ? JSON.stringify(parsed ?? null) : asText(rawBody);
			let result = verifyHmac({ ...check, rawBody: received });
			for (const body of result.valid || result.reason !== 'mismatch' ? [] : (alternateBodies?.(received) ?? [])) {
				if (body === undefined || body === received) continue;
				result = verifyHmac({ ...check, rawBody: body });
				if (result.valid) break;
			}
			return result;
		},
	};
}

function receivedKey(ctx: IWebhookFunctions, v: KeyVerification, body: unknown): unknown {
	if (v.in === 'header') return webhookHeader(ctx, v.name);
	if (v.in === 'query') return (ctx.getQueryData() as IDataObject)[v.name];
	return isObject(body) ? body[v.name] : undefined;
}

/**
 * Runs one delivery through the checks and answers it as n8n expects (responseMode "onReceived"):
 * - check failed: 401 with `rejectBody` sent on the response object and `{ noWebhookResponse: true }`
 *   (n8n's own pattern for refused calls), no run;
 * - a delivery already accepted within `ttlMs`: `duplicateResponse`, no run;
 * - not a JSON object, an event not chosen, or `filter` false: n8n's default answer, no run;
 * - otherwise one run with the body (or `output`).
 * Synchronous on purpose: nothing may be awaited between the check and the record, so concurrent
 * copies of a delivery cannot both pass. Read secrets (credentials) before calling it.
 */
export function guardWebhook(this: IWebhookFunctions, options: WebhookGuardOptions): IWebhookResponseData {
	const v = options.verification;
	const reject = (code: WebhookRejectionCode): IWebhookResponseData => {
		const rejection = { code, reason: options.reasons?.[code] ?? DEFAULT_WEBHOOK_REASONS[code] };
		this.getResponseObject()
			.status(401)
			.json(options.rejectBody ? options.rejectBody(rejection) : { error: 'Unauthorized', reason: rejection.reason });
		return { noWebhookResponse: true };
	};

	const rawBody = (this.getRequestObject() as unknown as { rawBody?: Buffer | string | null }).rawBody ?? undefined;
	const parsed: unknown = this.getBodyData();
	if (v.kind === 'hmac') {
		if (v.secret === '') return reject('no-secret');
		const result = v.check(rawBody, parsed);
		if (result === 'no-raw-body') return reject(result);
		if (!result.valid) return reject(result.reason);
	} else if (v.kind === 'key') {
		if (v.secret === '') return reject('no-secret');
		const received = receivedKey(this, v, parsed);
		if (typeof received !== 'string' || !safeEqual(v.hashed ? keyHash(received) : received, v.secret)) return reject('bad-key');
	}

	let body: IDataObject = isObject(parsed) ? parsed : {};
	if (v.kind === 'key' && v.in === 'body') {
		body = { ...body };
		delete body[v.name];
	}
	const delivery: WebhookDelivery = { rawBody, body, verified: v.kind !== 'none' };
	// Recorded only now, after the check (a forgery must not use up a genuine delivery's key).
	const key = (options.deliveryKey ?? bodyHashKey)(delivery);
	if (!recordDelivery(deliveryScope(this), key, { ttlMs: options.ttlMs })) {
		return options.duplicateResponse ? { webhookResponse: options.duplicateResponse } : {};
	}

	if (!isObject(parsed)) return {};
	if (options.events) {
		const { selected, of = (b: IDataObject) => String(b.event ?? '') } = options.events;
		if (selected !== 'all' && !selected.includes(of(body))) return {};
	}
	if (options.filter && !options.filter(body)) return {};
	return { workflowData: [this.helpers.returnJsonArray(options.output ? options.output(delivery) : body)] };
}
