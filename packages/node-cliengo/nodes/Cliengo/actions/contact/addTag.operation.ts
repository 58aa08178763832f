import { apiPath, defineOperation, field } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { resultOr } from '../../helpers/results';

export const addTag = defineOperation({
	resource: 'contact',
	operation: 'addTag',
	name: 'Add Tag',
	action: 'Add a tag to a contact',
	description: 'Tag a lead',
	fields: [contactIdField, field.string('tag', 'Tag', { required: true })],
	request: (p) => ({ method: 'POST', path: apiPath`/contacts/${p.contactId}/tags`, body: { tag: p.tag } }),
	output: (body, p) => resultOr(body, { success: true, id: p.contactId, tag: p.tag }),
});
