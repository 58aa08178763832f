import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { firstOf, payloadOf } from '../../helpers/lists';

export const getReportingEvents = defineOperation<{ conversationId: string; returnAll: boolean; limit?: number }>({
	resource: 'conversation',
	operation: 'getReportingEvents',
	name: 'Get Reporting Events',
	action: 'Get the reporting events of a conversation',
	description: 'First response, reply time, resolution and other metric events of the conversation',
	fields: [conversationField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/reporting_events` }),
	output: (body, p) => firstOf(payloadOf(body) as any[], p.returnAll, p.limit),
});
