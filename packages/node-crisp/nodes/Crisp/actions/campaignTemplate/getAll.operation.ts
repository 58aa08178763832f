import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { campaignTemplatesList } from '../../lists';

export const getAll = defineOperation({
	resource: 'campaignTemplate',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many campaign templates',
	description: 'List the campaign templates of the website (without their content)',
	fields: [...returnAllOrLimit()],
	list: campaignTemplatesList,
});
