import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { helpdeskLocalesList } from '../../lists';

export const getAll = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many helpdesk locales',
	description: 'List the languages of the helpdesk, with their URL and how many entries and groups each content type has',
	fields: [...returnAllOrLimit()],
	list: helpdeskLocalesList,
});
