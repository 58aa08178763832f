import { apiPath, collect, defineOperation, field, returnAllOrLimit, wantedCount } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { messagesNewestFirst } from '../../transport';

export const getAll = defineOperation<{ conversationId: string; returnAll: boolean; limit?: number; options: { order?: string } }>({
	resource: 'message',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many messages of a conversation',
	description: 'Messages of a conversation, read from the newest backwards (new messages arriving meanwhile cause no gaps or repeats)',
	fields: [
		conversationField(),
		...returnAllOrLimit(),
		field.collection('options', 'Options', [
			field.options(
				'order',
				'Order',
				[
					{ name: 'Newest First', value: 'newestFirst' },
					{ name: 'Oldest First', value: 'oldestFirst', description: 'With a limit: the latest messages, in chronological order' },
				],
				{ default: 'newestFirst' },
			),
		]),
	],
	async execute(p, _tools, i) {
		const wanted = wantedCount(p.returnAll, p.limit);
		const path = apiPath`/conversations/${p.conversationId}/messages`;
		const messages = await collect(messagesNewestFirst.call(this, path, i, wanted), { returnAll: p.returnAll, limit: p.limit, uniqueBy: (m) => String(m.id) });
		return p.options.order === 'oldestFirst' ? messages.reverse() : messages;
	},
});
