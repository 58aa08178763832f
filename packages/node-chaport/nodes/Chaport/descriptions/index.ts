/**
 * Fields shared by several Chaport resources. Each keeps its literal name in its type, so operations
 * infer their parameters from their fields.
 */
import { field, named } from '@leadchat/core';

const OBJECT_ID = 'e.g. 59747c3ff77948220136b7b3';

/** A visitor, searchable by name or email (Chaport's ids are 24-hex ObjectIds). */
export const visitorField = <N extends string = 'visitorId'>(name: N = 'visitorId' as N, displayName = 'Visitor') =>
	named(field.resourceLocator(name, displayName, { searchListMethod: 'searchVisitors', idPlaceholder: OBJECT_ID, description: 'The visitor: choose from the list (most recent chat first, filtered by name or email) or give the ID' }));

/** An operator (team member), searchable by name or email. */
export const operatorField = <N extends string = 'operatorId'>(name: N = 'operatorId' as N, displayName = 'Operator') =>
	named(field.resourceLocator(name, displayName, { searchListMethod: 'searchOperators', idPlaceholder: OBJECT_ID }));

/** A chat of the visitor chosen in the Visitor field: chat IDs are whole numbers counted per visitor. */
export const chatField = <N extends string = 'chatId'>(name: N = 'chatId' as N, displayName = 'Chat') =>
	named(
		field.resourceLocator(name, displayName, {
			searchListMethod: 'searchChats',
			searchable: false,
			numeric: true,
			description: "A chat of the visitor above (chat IDs are numbers, counted per visitor): the latest first, then the older ones",
		}),
	);

/** The same chat field, optional: empty means the visitor's latest chat (the `…/chats` route without an ID). */
export const latestOrChatField = () =>
	named(
		field.resourceLocator('chatId', 'Chat', {
			searchListMethod: 'searchChats',
			searchable: false,
			numeric: true,
			required: false,
			description: "A chat of the visitor above; leave empty for the visitor's latest chat",
		}),
	);

/** Operators chosen from the team, or ids given by an expression (a list or comma-separated text). */
export const operatorIdsField = <N extends string = 'operatorIds'>(name: N = 'operatorIds' as N, displayName = 'Operators', required = false) =>
	named(
		field.multiOptions(name, displayName, [], {
			loadOptionsMethod: 'getOperators',
			required,
			description: 'Choose from the list, or specify operator IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		}),
	);

/** A webhook subscription's ID. */
export const webhookField = () => named(field.id('webhookId', 'Webhook ID', { placeholder: OBJECT_ID, description: 'The ID of the event subscription (Webhook → Get Many lists them)' }));

/** A chat event's ID (a message or another event of the chat). */
export const eventField = () => named(field.id('eventId', 'Event ID', { placeholder: OBJECT_ID, description: 'The ID of the chat event (Chat → Get Events lists them)' }));
