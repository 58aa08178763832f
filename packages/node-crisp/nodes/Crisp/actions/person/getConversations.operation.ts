import { collectList, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { conversationIdsList, conversationsOf } from './fields';

export const getConversations = defineOperation({
	resource: 'person',
	operation: 'getConversations',
	name: 'Get Conversations',
	action: 'Get the conversations of a person',
	description: 'Output one item per conversation: { session_id }, or the whole conversation when "Include Conversations" is on (one more request each)',
	fields: [
		peopleField(),
		...returnAllOrLimit(),
		field.boolean('includeConversations', 'Include Conversations', { description: 'Whether to read each conversation too, instead of only its session ID' }),
	],
	async execute(p, tools) {
		const ids = await collectList((req) => tools.request(req), conversationIdsList, p, p);
		return p.includeConversations ? conversationsOf(ids, tools) : ids;
	},
});
