import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const getAttachments = defineOperation({
	resource: 'contact',
	operation: 'getAttachments',
	name: 'Get Attachments',
	action: 'Get attachments of a contact',
	description: "The files in the contact's conversations that the user may see, newest first (100 per page on the server)",
	fields: [contactField(), ...returnAllOrLimit()],
	list: {
		request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/attachments` }),
		paging: paging.pageNumber(PAGE_SIZE.attachments),
		read: readAttachmentPage,
	},
});
