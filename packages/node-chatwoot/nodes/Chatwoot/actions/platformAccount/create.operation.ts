import { defineOperation, field } from '@leadchat/core';
import { accountBody, accountFields } from './helpers';

export const create = defineOperation({
	resource: 'platformAccount',
	operation: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Create an account on the installation; the Platform App gets access to it',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'Acme Inc' }), field.collection('additionalFields', 'Additional Fields', accountFields())],
	request: (p) => ({ method: 'POST', path: '/accounts', body: accountBody(p.name, p.additionalFields) }),
});
