import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, METRICS, REPORT_TYPES, checkReportObject, reportObjectFields, reportObjectId, sinceUntilFields } from './helpers';

export const getMetrics = defineOperation({
	resource: 'report',
	operation: 'getMetrics',
	name: 'Get Conversation Statistics',
	action: 'Get conversation statistics',
	description: 'One metric over time (a point per day, week, month or year) for the account, an agent, an inbox, a label or a team',
	fields: [
		field.options('metric', 'Metric', METRICS, { required: true, default: 'conversations_count' }),
		field.options('type', 'Type', REPORT_TYPES, { required: true, default: 'account', description: 'What the statistics are about' }),
		...reportObjectFields(),
		...sinceUntilFields(),
		field.collection('options', 'Options', [
			field.options(
				'groupBy',
				'Group By',
				['day', 'week', 'month', 'year'].map((g) => ({ name: g.charAt(0).toUpperCase() + g.slice(1), value: g })),
				{ default: 'day' },
			),
			field.number('timezoneOffset', 'Timezone Offset (Hours)', { min: -12, max: 14, description: 'Offset from UTC used to cut the periods, e.g. -3' }),
			businessHoursField(),
		]),
	],
	check: (p, t) => checkReportObject(p, t.fail),
	request: (p) => ({
		method: 'GET',
		path: '/reports',
		family: 'accountV2',
		qs: {
			metric: p.metric,
			type: p.type,
			id: reportObjectId(p),
			since: p.since,
			until: p.until,
			group_by: p.options.groupBy,
			timezone_offset: p.options.timezoneOffset,
			business_hours: p.options.businessHours,
		},
	}),
});
