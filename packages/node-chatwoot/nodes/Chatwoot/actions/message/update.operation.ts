import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { messageIdField } from './helpers';

export const update = defineOperation({
	resource: 'message',
	operation: 'update',
	name: 'Update Status',
	action: 'Update the delivery status of a message',
	description: 'Report delivery of a message sent through an API inbox (only API inboxes allow it)',
	fields: [
		conversationField(),
		messageIdField(),
		field.options(
			'status',
			'Status',
			[
				{ name: 'Sent', value: 'sent' },
				{ name: 'Delivered', value: 'delivered' },
				{ name: 'Read', value: 'read' },
				{ name: 'Failed', value: 'failed' },
			],
			{ required: true, default: 'delivered' },
		),
		field.string('externalError', 'Error Message', { show: { status: ['failed'] }, description: 'Why the delivery failed (shown to agents)' }),
	],
	request(p) {
		const body: IDataObject = { status: p.status };
		if (p.status === 'failed' && p.externalError !== undefined) body.external_error = p.externalError;
		return { method: 'PATCH', path: apiPath`/conversations/${p.conversationId}/messages/${p.messageId}`, body };
	},
});
