import { defineOperation, field } from '@leadchat/core';
import { publicContactBody, publicContactFields } from './helpers';

export const create = defineOperation({
	resource: 'publicContact',
	operation: 'create',
	name: 'Create',
	action: 'Create a public contact',
	description: 'Create a contact in an API-channel inbox; keep its source_id, the contact identifier of the other Client API calls',
	fields: [field.collection('additionalFields', 'Additional Fields', publicContactFields())],
	request: (p) => ({ method: 'POST', path: '/contacts', family: 'public', body: publicContactBody(p.additionalFields) }),
});
