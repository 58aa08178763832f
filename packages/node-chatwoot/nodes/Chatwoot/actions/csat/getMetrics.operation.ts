import { defineOperation, field } from '@leadchat/core';
import { csatFilterFields, csatQuery } from './helpers';

export const getMetrics = defineOperation({
	resource: 'csat',
	operation: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get CSAT metrics',
	description: 'Number of responses, of surveys sent, and of each rating',
	fields: [field.collection('filters', 'Filters', csatFilterFields())],
	async execute(p, tools) {
		return tools.request({ method: 'GET', path: '/csat_survey_responses/metrics', qs: csatQuery(p.filters, tools.fail) });
	},
});
