import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'publicInbox',
	operation: 'get',
	name: 'Get',
	action: 'Get a public inbox',
	description: 'Get the public settings of an API-channel inbox: name, working hours, CSAT, identity validation',
	fields: [],
	request: () => ({ method: 'GET', path: '', family: 'public' }),
});
