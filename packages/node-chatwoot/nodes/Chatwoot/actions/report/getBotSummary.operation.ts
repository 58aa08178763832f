import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, checkReportObject, REPORT_TYPES, reportObjectFields, reportObjectId, sinceUntilFields } from './helpers';

export const getBotSummary = defineOperation({
	resource: 'report',
	operation: 'getBotSummary',
	name: 'Get Bot Summary',
	action: 'Get the bot summary report',
	description: 'Conversations the bot resolved and handed off to an agent in the period, with the same figures for the period before',
	fields: [
		field.options('type', 'Type', REPORT_TYPES, { required: true, default: 'account', description: 'What the summary is about' }),
		...reportObjectFields(),
		...sinceUntilFields(),
		field.collection('options', 'Options', [
			field.number('timezoneOffset', 'Timezone Offset (Hours)', { min: -12, max: 14, description: 'Offset from UTC, e.g. -3' }),
			businessHoursField(),
		]),
	],
	check: (p, t) => checkReportObject(p, t.fail),
	request: (p) => ({
		method: 'GET',
		path: '/reports/bot_summary',
		family: 'accountV2',
		qs: { type: p.type, id: reportObjectId(p), since: p.since, until: p.until, timezone_offset: p.options.timezoneOffset, business_hours: p.options.businessHours },
	}),
});
