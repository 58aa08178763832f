import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { conversationSubList } from '../../lists';

export const getPages = defineOperation({
	resource: 'conversation',
	operation: 'getPages',
	name: 'Get Pages',
	action: 'Get the pages a visitor browsed',
	description: 'The pages the visitor browsed during the conversation (title, URL, referrer, time)',
	fields: [sessionField(), ...returnAllOrLimit()],
	list: conversationSubList('pages'),
});
