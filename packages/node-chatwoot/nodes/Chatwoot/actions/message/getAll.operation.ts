import { apiPath, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { messagesWindows } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'message',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many messages of a conversation',
	description: 'Messages of a conversation, newest first, up to 1000 per request (new messages arriving meanwhile cause no gaps or repeats)',
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
	list: {
		request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/messages` }),
		paging: messagesWindows,
		// Read newest first either way, so that a limit keeps the latest messages.
		finish: (messages, p) => (p.options.order === 'oldestFirst' ? messages.reverse() : messages),
	},
});
