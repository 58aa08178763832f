import { defineOperation } from '@leadchat/core';

export const count = defineOperation({
	resource: 'visitor',
	operation: 'count',
	name: 'Count',
	action: 'Count visitors on the website',
	description: 'Output { count, active }: visitors browsing the website now, and how many of them chat',
	fields: [],
	request: () => ({ method: 'GET', path: '/visitors/count' }),
});
