import { locatorField } from './common';

export const contactField = locatorField('contactId', 'Contact', { searchListMethod: 'searchContacts' });
