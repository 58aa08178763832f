import type { IDataObject } from 'n8n-workflow';
import { field } from '@leadchat/core';
import { isDataObject } from '../../descriptions';
import { CHATWOOT_EVENTS } from '../../descriptions/webhookEvents';

/** The events multi-select; when required, at least one event. */
export const subscriptionsField = <R extends boolean>(required: R) =>
	field.multiOptions(
		'subscriptions',
		'Events',
		CHATWOOT_EVENTS,
		{ required, description: 'The events posted to the URL' },
	);

export function checkUrl(url: string | undefined, displayName: string, fail: (field: string, problem: string) => never) {
	if (url === undefined) return;
	let ok = false;
	try {
		const parsed = new URL(url);
		ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
	} catch {
		ok = false;
	}
	if (!ok) fail(displayName, 'must be an http(s) URL');
}

/** `{payload:{webhook}}` (§10: the spec says a bare webhook). */
export function webhookOf(body: unknown): IDataObject | undefined {
	const payload = isDataObject(body) && isDataObject(body.payload) ? body.payload : body;
	if (!isDataObject(payload)) return undefined;
	return isDataObject(payload.webhook) ? payload.webhook : payload;
}
