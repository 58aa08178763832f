import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { CONVERSATION_STATUSES, conversationField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const setStatus = defineOperation({
	resource: 'conversation',
	operation: 'setStatus',
	name: 'Set Status',
	action: 'Set the status of a conversation',
	description: 'Open, resolve, mark pending or snooze a conversation',
	fields: [
		conversationField(),
		field.options('status', 'Status', CONVERSATION_STATUSES, { required: true, default: 'resolved' }),
		field.unixTime('snoozedUntil', 'Snoozed Until', {
			show: { status: ['snoozed'] },
			description: 'When the conversation reopens; empty snoozes it until the next reply of the contact',
		}),
	],
	async execute(p, tools) {
		const body: IDataObject = { status: p.status };
		if (p.status === 'snoozed' && p.snoozedUntil !== undefined) body.snoozed_until = Number(p.snoozedUntil);
		return payloadOf(await tools.request({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/toggle_status`, body }));
	},
});
