import { defineOperation } from '@leadchat/core';

export const getBlocked = defineOperation({
	resource: 'visitor',
	operation: 'getBlocked',
	name: 'Count Blocked',
	action: 'Count blocked visitors',
	description: 'One item per blocking rule: { rule, blocked } with how many visitors it blocked',
	fields: [],
	request: () => ({ method: 'GET', path: '/visitors/blocked' }),
});
