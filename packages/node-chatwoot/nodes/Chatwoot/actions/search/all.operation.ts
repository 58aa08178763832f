import { defineOperation } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';
import { searchTextField } from './helpers';

export const all = defineOperation({
	resource: 'search',
	operation: 'all',
	name: 'Everything',
	action: 'Search contacts, conversations, messages and articles',
	description: 'The first results of every type at once, as one item with contacts, conversations, messages and articles',
	fields: [searchTextField()],
	request: (p) => ({ method: 'GET', path: '/search', qs: { q: p.query } }),
	output: payloadOf,
});
