import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { wholeList } from '../../lists';

export const getAll = defineOperation({
	resource: 'plan',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get the plan subscriptions of every website',
	description: 'The Crisp plan of each website the token reaches',
	fields: [...returnAllOrLimit()],
	list: wholeList(() => '/plans/subscription'),
});
