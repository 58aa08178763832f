import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getSuggestedDataKeys = defineOperation({
	resource: 'person',
	operation: 'getSuggestedDataKeys',
	name: 'Get Suggested Data Keys',
	action: 'Get suggested data keys of people',
	description: 'List the custom data keys people profiles use, with how many profiles use each',
	fields: [...returnAllOrLimit()],
	list: pagedList(() => '/people/suggest/data', undefined, 'key'),
});
