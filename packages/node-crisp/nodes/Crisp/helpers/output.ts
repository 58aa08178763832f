/**
 * How Crisp's answers become items, for the operations that need more than the answer itself:
 * writes that answer an empty `data`, HEAD existence checks, and answers that carry a secret.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A write's answer: Crisp's `data` when it carries something, else `{ success: true }`. */
export function written(body: unknown): IDataObject {
	return isObject(body) && Object.keys(body).length > 0 ? body : { success: true };
}

/**
 * Whether a call succeeds (true) or Crisp answers it with `status` (false, e.g. 404 for a HEAD
 * check, 401 for a session check). Any other failure (403, 5xx, …) is an error, not an answer.
 */
export async function succeeds(call: () => Promise<unknown>, status: string): Promise<boolean> {
	let failure: unknown;
	try {
		await call();
		return true;
	} catch (error) {
		failure = error;
	}
	if (failure instanceof NodeApiError && failure.httpCode === status) return false;
	// Already the transport's NodeApiError (or the item's NodeOperationError): passed on unchanged.
	throw failure;
}

/** A HEAD check (`check…Exists`): Crisp answers 2xx when the record exists and 404 when it does not, with no body. */
export async function existence(head: () => Promise<unknown>): Promise<{ exists: boolean }> {
	return { exists: await succeeds(head, '404') };
}

/**
 * A record without the keys that hold credentials (a plugin subscription's `token`, an operator's
 * API `identifier` and `key`): n8n stores every item of an execution, and secrets belong only in
 * credentials, which n8n encrypts.
 */
export function withoutSecrets(record: IDataObject, keys: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) if (!keys.includes(key)) out[key] = value;
	return out;
}
