import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';

export const getReportingEvents = defineOperation({
	resource: 'conversation',
	operation: 'getReportingEvents',
	name: 'Get Reporting Events',
	action: 'Get the reporting events of a conversation',
	description: enterpriseOnly('First response, reply time, resolution and other metric events of the conversation'),
	fields: [conversationField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/reporting_events` }), paging: paging.whole() },
});
