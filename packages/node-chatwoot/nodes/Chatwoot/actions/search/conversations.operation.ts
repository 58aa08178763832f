import { searchTypeOperation } from './helpers';

export const conversations = searchTypeOperation('conversations', 'Conversations', 'Conversations whose number, contact or messages match');
