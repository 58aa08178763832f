import { searchTypeOperation } from './helpers';

export const articles = searchTypeOperation('articles', 'Articles', 'Help center articles whose title or content match');
