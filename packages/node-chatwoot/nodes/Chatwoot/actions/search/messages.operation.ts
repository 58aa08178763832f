import { searchTypeOperation } from './searchFields';

export const messages = searchTypeOperation('messages', 'Messages', 'Messages whose text matches');
