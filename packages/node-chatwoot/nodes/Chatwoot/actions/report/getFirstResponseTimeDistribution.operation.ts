import { defineOperation } from '@leadchat/core';
import { sinceUntilFields } from './helpers';

export const getFirstResponseTimeDistribution = defineOperation({
	resource: 'report',
	operation: 'getFirstResponseTimeDistribution',
	name: 'Get First Response Time Distribution',
	action: 'Get the first response time distribution',
	description: 'How many conversations got their first reply within each time bucket, per channel',
	fields: [...sinceUntilFields()],
	request: (p) => ({ method: 'GET', path: '/reports/first_response_time_distribution', family: 'accountV2', qs: { since: p.since, until: p.until } }),
});
