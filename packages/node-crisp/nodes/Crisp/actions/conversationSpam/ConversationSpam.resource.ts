import type { ResourceSpec } from '@leadchat/core';
import { decide } from './decide.operation';
import { getAll } from './getAll.operation';
import { getContent } from './getContent.operation';

/** Conversations Crisp's spam filter held back. */
export const conversationSpam: ResourceSpec = {
	value: 'conversationSpam',
	name: 'Conversation Spam',
	description: 'Conversations held back by the spam filter: list, review, accept or reject',
	operations: [decide, getAll, getContent],
	defaultOperation: 'getAll',
};
