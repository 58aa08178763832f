import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field, paging, readItems, returnAllOrLimit } from '@leadchat/core';
import { businessHoursField, checkReportObject, METRICS, REPORT_TYPES, reportObjectFields, reportObjectId } from './helpers';

/** The largest page the drilldown serves (its MAX_PER_PAGE); asked for, to walk in few requests. */
const PER_PAGE = 100;
const GROUP_BY = ['hour', 'day', 'week', 'month', 'year'].map((g) => ({ name: g.charAt(0).toUpperCase() + g.slice(1), value: g }));

export const getDrilldown = defineOperation({
	resource: 'report',
	operation: 'getDrilldown',
	name: 'Get Drilldown',
	action: 'Get the records behind a report point',
	description: 'The conversations, messages or events counted in one point (bucket) of a conversation statistic',
	fields: [
		field.options('metric', 'Metric', METRICS, { required: true, default: 'conversations_count' }),
		field.options('type', 'Type', REPORT_TYPES, { required: true, default: 'account', description: 'What the statistic is about' }),
		...reportObjectFields(),
		field.unixTime('bucketTimestamp', 'Bucket Start', { required: true, description: 'Start of the point to open (its timestamp in the statistics): a date and time, or Unix seconds' }),
		field.unixTime('since', 'Since', { required: true, description: 'Start of the period of the statistic' }),
		field.unixTime('until', 'Until', { required: true, description: 'End of the period of the statistic' }),
		...returnAllOrLimit(),
		field.collection('options', 'Options', [
			field.options('groupBy', 'Group By', GROUP_BY, { default: 'day', description: 'The size of the point (as the statistic was grouped)' }),
			field.number('timezoneOffset', 'Timezone Offset (Hours)', { min: -12, max: 14, description: 'Offset from UTC used to cut the points, e.g. -3' }),
			businessHoursField(),
		]),
	],
	check: (p, t) => checkReportObject(p, t.fail),
	list: {
		request: (p) => ({
			method: 'GET',
			path: '/reports/drilldown',
			family: 'accountV2',
			qs: {
				metric: p.metric,
				type: p.type,
				id: reportObjectId(p),
				bucket_timestamp: p.bucketTimestamp,
				since: p.since,
				until: p.until,
				group_by: p.options.groupBy,
				timezone_offset: p.options.timezoneOffset,
				business_hours: p.options.businessHours,
				per_page: PER_PAGE,
			},
		}),
		paging: paging.pageNumber(PER_PAGE),
		read: (body) => ({ items: readItems(body).items, total: Number(((body ?? {}) as { meta?: IDataObject }).meta?.total_count) || undefined }),
		// Records are conversations, messages or events: none has an id of its own at the top.
		key: false,
	},
});
