import { apiPath, defineOperation, field } from '@leadchat/core';
import { EXTERNAL_STATUS_OPTIONS, contactIdField } from '../../descriptions';
import { resultOr } from '../../helpers/results';

export const updateStatus = defineOperation({
	resource: 'contact',
	operation: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a contact',
	description: 'Move a lead through the pipeline (PUT /contacts/{id}/status)',
	fields: [contactIdField, field.options('externalStatus', 'Status', EXTERNAL_STATUS_OPTIONS, { required: true })],
	request: (p) => ({ method: 'PUT', path: apiPath`/contacts/${p.contactId}/status`, body: { externalStatus: p.externalStatus } }),
	output: (body, p) => resultOr(body, { success: true, id: p.contactId, externalStatus: p.externalStatus }),
});
