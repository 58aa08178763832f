import { defineOperation } from '@leadchat/core';

export const getAccountConversationMetrics = defineOperation({
	resource: 'report',
	operation: 'getAccountConversationMetrics',
	name: 'Get Account Conversation Metrics',
	action: 'Get the live conversation metrics of the account',
	description: 'Open, unattended and unassigned conversation counts right now',
	fields: [],
	request: () => ({ method: 'GET', path: '/reports/conversations', family: 'accountV2', qs: { type: 'account' } }),
});
