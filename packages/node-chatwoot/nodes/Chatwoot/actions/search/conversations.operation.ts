import { searchTypeOperation } from './searchFields';

export const conversations = searchTypeOperation('conversations', 'Conversations', 'Conversations whose number, contact or messages match');
