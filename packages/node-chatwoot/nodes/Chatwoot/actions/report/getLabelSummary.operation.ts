import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, sinceUntilFields } from './helpers';

export const getLabelSummary = defineOperation({
	resource: 'report',
	operation: 'getLabelSummary',
	name: 'Get Label Summary',
	action: 'Get the summary report by label',
	description: 'Conversations, resolutions and response times for each label',
	fields: [...sinceUntilFields(), field.collection('options', 'Options', [businessHoursField()])],
	request: (p) => ({
		method: 'GET',
		path: '/summary_reports/label',
		family: 'accountV2',
		qs: { since: p.since, until: p.until, business_hours: p.options.businessHours },
	}),
});
