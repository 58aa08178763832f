import type { IDataObject } from 'n8n-workflow';
import { byCursor, collect, defineOperation, returnAllOrLimit, wantedCount } from '@leadchat/core';
import { contactIdentifierField, conversationPath, inboxIdentifierField, publicConversationIdField, type ConversationPath } from '../publicInbox/fields';
import { PAGE_SIZE } from '../../transport';

export const getAll = defineOperation<ConversationPath & { returnAll: boolean; limit?: number }>({
	resource: 'publicMessage',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many public messages',
	description: 'List the messages of the conversation the contact can see, newest first (private notes are left out by the server)',
	fields: [inboxIdentifierField(), contactIdentifierField(), publicConversationIdField(), ...returnAllOrLimit()],
	async execute(p, tools) {
		const path = `${conversationPath(p)}/messages`;
		// Same finder as the account API: the latest 20, then 20 older than `before=<id>`.
		const pages = byCursor<IDataObject, number>(
			{
				first: undefined,
				fetch: async (before) => {
					const body = await tools.request<unknown>({ method: 'GET', path, family: 'public', qs: before !== undefined ? { before } : undefined });
					const o = (body ?? {}) as IDataObject;
					const page = (Array.isArray(body) ? body : Array.isArray(o.payload) ? o.payload : []) as IDataObject[];
					const items = [...page].sort((a, b) => Number(b.id) - Number(a.id));
					const oldest = items.length ? Number(items[items.length - 1].id) : undefined;
					return { items, next: page.length < PAGE_SIZE.messagesBefore ? undefined : oldest };
				},
			},
			wantedCount(p.returnAll, p.limit),
		);
		return collect(pages, { returnAll: p.returnAll, limit: p.limit, uniqueBy: (m) => String(m.id) });
	},
});
