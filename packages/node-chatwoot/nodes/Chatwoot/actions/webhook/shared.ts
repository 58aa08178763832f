import { field } from '@leadchat/core';

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

/**
 * The events multi-select. "Required" is checked by the operation (core's multiOptions cannot yet
 * combine a fixed list with `required`), so only the editor mark is set here.
 */
export const subscriptionsField = (required: boolean) => {
	const f = field.multiOptions(
		'subscriptions',
		'Events',
		WEBHOOK_EVENTS.map((e) => ({ name: label(e), value: e })),
		{ description: 'The events posted to the URL' },
	);
	if (required) f.property = { ...f.property, required: true };
	return f;
};

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
export const webhookOf = (body: any) => body?.payload?.webhook ?? body?.payload ?? body;
