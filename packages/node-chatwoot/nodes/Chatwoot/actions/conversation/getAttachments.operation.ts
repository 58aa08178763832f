import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { PAGE_SIZE, collectPages } from '../../transport';

/** `{meta:{total_count}, payload}` of GET /conversations/{id}/attachments (100 per page). */
const readAttachmentPage = (body: any) => ({
	items: (body?.payload ?? []) as IDataObject[],
	total: typeof body?.meta?.total_count === 'number' ? body.meta.total_count : undefined,
});

export const getAttachments = defineOperation<{ conversationId: string; returnAll: boolean; limit?: number }>({
	resource: 'conversation',
	operation: 'getAttachments',
	name: 'Get Attachments',
	action: 'Get the attachments of a conversation',
	description: 'Files, images and other attachments of every message, newest first',
	fields: [conversationField(), ...returnAllOrLimit()],
	async execute(p, _tools, i) {
		const path = apiPath`/conversations/${p.conversationId}/attachments`;
		return collectPages.call(this, { method: 'GET', path }, i, PAGE_SIZE.attachments, readAttachmentPage, p);
	},
});
