import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { noteContentField } from './helpers';

export const create = defineOperation({
	resource: 'contactNote',
	operation: 'create',
	name: 'Create',
	action: 'Add a note to a contact',
	fields: [contactField(), noteContentField()],
	request: (p) => ({ method: 'POST', path: apiPath`/contacts/${p.contactId}/notes`, body: { content: p.content } }),
	output: payloadOf,
});
