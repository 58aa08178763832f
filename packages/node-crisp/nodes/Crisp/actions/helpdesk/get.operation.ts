import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'helpdesk',
	operation: 'get',
	name: 'Get',
	action: 'Get the helpdesk',
	description: "Get the website's helpdesk (knowledge base): its name and URL",
	fields: [],
	request: () => ({ method: 'GET', path: '/helpdesk' }),
});
