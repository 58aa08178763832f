import { defineOperation } from '@leadchat/core';
import { sinceUntilFields } from './helpers';

export const getBotMetrics = defineOperation({
	resource: 'report',
	operation: 'getBotMetrics',
	name: 'Get Bot Metrics',
	action: 'Get the bot metrics',
	description: 'Conversations and messages of the inboxes with an active bot, and the bot resolution and handoff rates (percent) in the period',
	fields: [...sinceUntilFields()],
	request: (p) => ({ method: 'GET', path: '/reports/bot_metrics', family: 'accountV2', qs: { since: p.since, until: p.until } }),
});
