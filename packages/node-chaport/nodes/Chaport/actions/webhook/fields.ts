import { field } from '@leadchat/core';

/**
 * Chaport's event names. Only chat.started and chat.finished are named by any source [3P]; the docs
 * speak of "new messages or chat updates" without names, so another name is typed as a custom event.
 */
export const EVENTS = [
	{ name: 'Chat Started', value: 'chat.started' },
	{ name: 'Chat Finished', value: 'chat.finished' },
	{ name: 'Custom Event', value: 'custom', description: 'Another event name, typed below' },
];

export const customEventField = (show?: Record<string, string[]>) =>
	field.string('customEvent', 'Custom Event Name', { placeholder: 'e.g. chat.updated', description: 'An event name Chaport knows (in its noun.verb style)', ...(show ? { show } : {}) });

/** The event to send: the one chosen, or the custom name. */
export const eventName = (event: string | undefined, customEvent: string | undefined) => (event === 'custom' ? customEvent : event);
