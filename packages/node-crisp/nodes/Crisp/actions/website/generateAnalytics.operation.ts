import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const generateAnalytics = defineOperation({
	resource: 'website',
	operation: 'generateAnalytics',
	name: 'Generate Analytics',
	action: 'Generate analytics of a website',
	description: "Ask Crisp for analytics points; the query is Crisp's analytics query as JSON, the output Crisp's answer",
	family: 'website',
	fields: [
		websiteField(),
		field.json('query', 'Query (JSON)', {
			required: true,
			description: 'The analytics query as Crisp takes it (metric, type, date range, classifier…), as a JSON object',
		}),
	],
	request: (p) => ({ method: 'POST', path: '/analytics/generate', body: p.query }),
});
