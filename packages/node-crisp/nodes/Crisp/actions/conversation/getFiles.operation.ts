import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { conversationSubList } from '../../lists';

export const getFiles = defineOperation({
	resource: 'conversation',
	operation: 'getFiles',
	name: 'Get Files',
	action: 'Get the files of a conversation',
	description: 'The files sent in the conversation (name, type, URL)',
	fields: [sessionField(), ...returnAllOrLimit()],
	list: conversationSubList('files'),
});
