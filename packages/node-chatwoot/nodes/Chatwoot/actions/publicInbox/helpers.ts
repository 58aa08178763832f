import { apiPath, field } from '@leadchat/core';

// The Client API identifies an API-channel inbox and one of its contacts by random strings, not ids.
// The inbox is the credential's (Chatwoot Client API): the transport puts /inboxes/{identifier} before
// every path, so the paths here start at the contact.

export const contactIdentifierField = () =>
	field.id('contactIdentifier', 'Contact Identifier', {
		placeholder: 'e.g. 6d5b3b8e-7a54-4a0f-9a0e-0b5c1d2e3f40',
		description: 'The source_id returned when the contact was created through the Client API',
	});

export const publicConversationIdField = () =>
	field.id('conversationId', 'Conversation ID', { numeric: true, placeholder: 'e.g. 12', description: 'The conversation number (its display ID)' });

interface ContactPath {
	contactIdentifier: string;
}

interface ConversationPath extends ContactPath {
	conversationId: string;
}

export const contactPath = (p: ContactPath) => apiPath`/contacts/${p.contactIdentifier}`;

export const conversationPath = (p: ConversationPath) =>
	apiPath`/contacts/${p.contactIdentifier}/conversations/${p.conversationId}`;
