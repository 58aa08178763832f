import type { IDataObject } from 'n8n-workflow';
import { field } from '@leadchat/core';
import { isDataObject } from '../../descriptions';

/** Webhook::ALLOWED_WEBHOOK_EVENTS (the spec lists 10; the server also has inbox_created/inbox_updated). */
export const WEBHOOK_EVENTS = [
	'conversation_created',
	'conversation_status_changed',
	'conversation_updated',
	'conversation_typing_on',
	'conversation_typing_off',
	'contact_created',
	'contact_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
	'inbox_created',
	'inbox_updated',
];

const label = (event: string) => event.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()).replace('Webwidget', 'Website Widget');

/** The events multi-select; when required, at least one event. */
export const subscriptionsField = <R extends boolean>(required: R) =>
	field.multiOptions(
		'subscriptions',
		'Events',
		WEBHOOK_EVENTS.map((e) => ({ name: label(e), value: e })),
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
