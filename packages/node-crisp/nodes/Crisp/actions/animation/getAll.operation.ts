import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getAll = defineOperation({
	resource: 'animation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many animations',
	description: 'List the animations (GIFs) Crisp offers for animation messages, optionally found by text',
	fields: [
		...returnAllOrLimit(),
		field.string('searchQuery', 'Search Query', { placeholder: 'e.g. thanks' }),
		field.string('listId', 'List ID', { description: 'The animation list to read, as Crisp names it' }),
	],
	list: pagedList(
		() => '/media/animation/list',
		(p: { searchQuery?: string; listId?: string }) => ({ search_query: p.searchQuery, list_id: p.listId }),
		'id',
	),
});
