import { field } from '@leadchat/core';

/** Fields shared by several operations. */
export const contactIdField = field.resourceLocator('contactId', 'Contact', {
	searchListMethod: 'searchContacts',
	description: 'The lead (contact) to act on',
});
