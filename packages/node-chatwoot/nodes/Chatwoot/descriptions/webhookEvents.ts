import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Every event an account webhook can subscribe to (`Webhook::ALLOWED_WEBHOOK_EVENTS`; the spec lists
 * 10, the server also has inbox_created and inbox_updated), named for people. One list for the
 * Chatwoot Trigger's events and the Webhook resource's subscriptions.
 */
export const CHATWOOT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Contact Created', value: 'contact_created' },
	{ name: 'Contact Updated', value: 'contact_updated' },
	{ name: 'Conversation Created', value: 'conversation_created' },
	{ name: 'Conversation Status Changed', value: 'conversation_status_changed', description: 'Opened, resolved, set pending or snoozed' },
	{ name: 'Conversation Typing Off', value: 'conversation_typing_off' },
	{ name: 'Conversation Typing On', value: 'conversation_typing_on' },
	{ name: 'Conversation Updated', value: 'conversation_updated', description: 'Assignee, team, labels, attributes or priority changed' },
	{ name: 'Inbox Created', value: 'inbox_created' },
	{ name: 'Inbox Updated', value: 'inbox_updated' },
	{ name: 'Message Created', value: 'message_created', description: 'Incoming, outgoing and template messages (not activity messages)' },
	{ name: 'Message Updated', value: 'message_updated' },
	{ name: 'Web Widget Triggered', value: 'webwidget_triggered', description: 'A visitor opened the website chat widget' },
];
