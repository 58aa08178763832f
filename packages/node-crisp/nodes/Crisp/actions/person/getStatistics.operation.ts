import { defineOperation } from '@leadchat/core';

export const getStatistics = defineOperation({
	resource: 'person',
	operation: 'getStatistics',
	name: 'Get Statistics',
	action: 'Get people statistics',
	description: 'Output { total }: how many people profiles the website has',
	fields: [],
	request: () => ({ method: 'GET', path: '/people/stats' }),
});
