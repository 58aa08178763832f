/** How Chaport's answers become items where the answer itself is not a record. */
import type { IDataObject } from 'n8n-workflow';
import { isDataObject } from '@leadchat/core';
import { resultOf } from '../transport';

/**
 * A delete's (or another write's) answer: the record Chaport sends back when it sends one, else
 * `{ success: true }` (`{result: {}}` and `{result: true}` are both seen as "done").
 */
export function done(body: unknown): IDataObject {
	const result = resultOf(body);
	return isDataObject(result) && Object.keys(result).length > 0 ? result : { success: true };
}

/** The record of an answer that may carry `links` next to `result` (a visitor's chat). */
export function record(body: unknown): IDataObject {
	const result = resultOf(body);
	return isDataObject(result) ? result : { value: result as string };
}
