import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, REPORT_TYPES, checkReportObject, reportObjectFields, reportObjectId, sinceUntilFields } from './helpers';

export const getSummary = defineOperation({
	resource: 'report',
	operation: 'getSummary',
	name: 'Get Conversation Statistics Summary',
	action: 'Get a summary of conversation statistics',
	description: 'Totals and averages of a period (conversations, messages, response and resolution times) with the previous period for comparison',
	fields: [
		field.options('type', 'Type', REPORT_TYPES, { required: true, default: 'account', description: 'What the summary is about' }),
		...reportObjectFields(),
		...sinceUntilFields(),
		field.collection('options', 'Options', [businessHoursField()]),
	],
	check: (p, t) => checkReportObject(p, t.fail),
	request: (p) => ({
		method: 'GET',
		path: '/reports/summary',
		family: 'accountV2',
		qs: { type: p.type, id: reportObjectId(p), since: p.since, until: p.until, business_hours: p.options.businessHours },
	}),
});
