import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const getAttachments = defineOperation({
	resource: 'conversation',
	operation: 'getAttachments',
	name: 'Get Attachments',
	action: 'Get the attachments of a conversation',
	description: 'Files, images and other attachments of every message, newest first',
	fields: [conversationField(), ...returnAllOrLimit()],
	list: {
		request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/attachments` }),
		paging: paging.pageNumber(PAGE_SIZE.attachments),
		read: readAttachmentPage,
	},
});
