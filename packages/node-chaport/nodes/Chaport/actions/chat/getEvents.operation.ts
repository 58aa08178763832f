import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { chatField, visitorField } from '../../descriptions';
import { chatEventsList } from '../../lists';

export const getEvents = defineOperation({
	resource: 'chat',
	operation: 'getEvents',
	name: 'Get Events',
	action: "Get a chat's events",
	description: 'The events of the chat in order: visitor and operator messages and the others Chaport records',
	fields: [visitorField(), chatField(), ...returnAllOrLimit()],
	list: chatEventsList,
});
