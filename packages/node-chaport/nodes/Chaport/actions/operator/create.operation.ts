import { compact, defineOperation, field } from '@leadchat/core';
import { operatorDetails } from './fields';

export const create = defineOperation({
	resource: 'operator',
	operation: 'create',
	name: 'Create',
	action: 'Create an operator',
	fields: [field.email('email', 'Email', { required: true }), field.string('name', 'Name', { required: true }), field.collection('additionalFields', 'Additional Fields', [...operatorDetails()])],
	request: (p) => ({ method: 'POST', path: '/operators', body: compact({ email: p.email, name: p.name, ...p.additionalFields }) }),
});
