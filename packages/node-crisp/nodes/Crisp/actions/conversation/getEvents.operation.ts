import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { conversationSubList } from '../../lists';

export const getEvents = defineOperation({
	resource: 'conversation',
	operation: 'getEvents',
	name: 'Get Events',
	action: 'Get the events of a conversation',
	description: 'The events recorded in the conversation (text, data, color, time), e.g. pushed by the website with the session:event command',
	fields: [sessionField(), ...returnAllOrLimit()],
	list: conversationSubList('events'),
});
