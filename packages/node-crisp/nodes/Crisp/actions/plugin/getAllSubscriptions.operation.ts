import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { wholeList } from '../../lists';

export const getAllSubscriptions = defineOperation({
	resource: 'plugin',
	operation: 'getAllSubscriptions',
	name: 'Get All Subscriptions',
	action: 'Get the plugin subscriptions of every website',
	description: 'Every plugin subscription active on the websites the token reaches',
	fields: [...returnAllOrLimit()],
	list: wholeList(() => '/plugins/subscription'),
});
