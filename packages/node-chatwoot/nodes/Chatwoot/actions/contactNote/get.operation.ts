import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { noteIdField } from './helpers';

export const get = defineOperation({
	resource: 'contactNote',
	operation: 'get',
	name: 'Get',
	action: 'Get a note of a contact',
	fields: [contactField(), noteIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/notes/${p.noteId}` }),
	output: payloadOf,
});
