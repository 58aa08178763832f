import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getSuggestedEvents = defineOperation({
	resource: 'person',
	operation: 'getSuggestedEvents',
	name: 'Get Suggested Events',
	action: 'Get suggested events of people',
	description: 'List the event texts recorded on people profiles, with how often each was recorded',
	fields: [...returnAllOrLimit()],
	list: pagedList(() => '/people/suggest/events', undefined, 'text'),
});
