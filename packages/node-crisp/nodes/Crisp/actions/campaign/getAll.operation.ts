import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { campaignsList } from '../../lists';

export const getAll = defineOperation({
	resource: 'campaign',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List the campaigns of the website, most recently updated first, with their state and progress',
	fields: [...returnAllOrLimit()],
	list: campaignsList,
});
