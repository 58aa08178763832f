import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getSuggestedSegments = defineOperation({
	resource: 'person',
	operation: 'getSuggestedSegments',
	name: 'Get Suggested Segments',
	action: 'Get suggested segments of people',
	description: 'List the segments people profiles carry, with how many profiles carry each',
	fields: [...returnAllOrLimit()],
	list: pagedList(() => '/people/suggest/segments', undefined, 'segment'),
});
