import { searchTypeOperation } from './helpers';

export const messages = searchTypeOperation('messages', 'Messages', 'Messages whose text matches');
