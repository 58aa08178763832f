import { defineOperation, field } from '@leadchat/core';
import { inboxBody, inboxFields } from './fields';

export const create = defineOperation({
	resource: 'inbox',
	operation: 'create',
	name: 'Create',
	action: 'Create an inbox',
	description: 'Output { inbox_id } of the new inbox',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'e.g. Sales' }), field.collection('additionalFields', 'Additional Fields', inboxFields())],
	request: (p) => ({ method: 'POST', path: '/inbox', body: inboxBody({ ...p.additionalFields, name: p.name }) }),
});
