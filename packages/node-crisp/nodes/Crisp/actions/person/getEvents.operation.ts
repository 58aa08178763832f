import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { pagedList } from '../../lists';

export const getEvents = defineOperation({
	resource: 'person',
	operation: 'getEvents',
	name: 'Get Events',
	action: 'Get the events of a person',
	fields: [peopleField(), ...returnAllOrLimit()],
	list: pagedList((p: { peopleId: string }) => apiPath`/people/events/${p.peopleId}/list`),
});
