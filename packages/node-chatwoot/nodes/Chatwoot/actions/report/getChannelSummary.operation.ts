import { defineOperation } from '@leadchat/core';
import { sinceUntilFields } from './helpers';

export const getChannelSummary = defineOperation({
	resource: 'report',
	operation: 'getChannelSummary',
	name: 'Get Channel Summary',
	action: 'Get the summary report by channel',
	description: 'Conversation counts by status for each channel type',
	fields: [...sinceUntilFields()],
	request: (p) => ({ method: 'GET', path: '/summary_reports/channel', family: 'accountV2', qs: { since: p.since, until: p.until } }),
});
