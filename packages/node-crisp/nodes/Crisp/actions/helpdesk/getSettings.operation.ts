import { defineOperation } from '@leadchat/core';

export const getSettings = defineOperation({
	resource: 'helpdesk',
	operation: 'getSettings',
	name: 'Get Settings',
	action: 'Get the helpdesk settings',
	description: 'Name, appearance, localization, section names, behavior, service, included HTML and access mode',
	fields: [],
	request: () => ({ method: 'GET', path: '/helpdesk/settings' }),
});
