import { searchTypeOperation } from './helpers';

export const contacts = searchTypeOperation('contacts', 'Contacts', 'Contacts whose name, email, phone number or identifier match');
