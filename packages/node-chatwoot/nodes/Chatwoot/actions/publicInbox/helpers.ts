import { apiPath, field } from '@leadchat/core';

// The Client API identifies an API-channel inbox and one of its contacts by random strings, not ids.

export const inboxIdentifierField = () =>
	field.id('inboxIdentifier', 'Inbox Identifier', {
		placeholder: 'e.g. ZPkBpPytcx8PCGZwW4Ycx3Hy',
		description: 'The identifier of an API-channel inbox (Settings → Inboxes → the inbox → Configuration)',
	});

export const contactIdentifierField = () =>
	field.id('contactIdentifier', 'Contact Identifier', {
		placeholder: 'e.g. 6d5b3b8e-7a54-4a0f-9a0e-0b5c1d2e3f40',
		description: 'The source_id returned when the contact was created through the Client API',
	});

export const publicConversationIdField = () =>
	field.id('conversationId', 'Conversation ID', { numeric: true, placeholder: 'e.g. 12', description: 'The conversation number (its display ID)' });

interface ContactPath {
	inboxIdentifier: string;
	contactIdentifier: string;
}

interface ConversationPath extends ContactPath {
	conversationId: string;
}

export const contactPath = (p: ContactPath) => apiPath`/inboxes/${p.inboxIdentifier}/contacts/${p.contactIdentifier}`;

export const conversationPath = (p: ConversationPath) =>
	apiPath`/inboxes/${p.inboxIdentifier}/contacts/${p.contactIdentifier}/conversations/${p.conversationId}`;
