import type { ResourceSpec } from '@leadchat/core';
import { count } from './count.operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getMessages } from './getMessages.operation';

export const conversation: ResourceSpec = {
	value: 'conversation',
	name: 'Conversation',
	description: 'Chats between visitors, the chatbot and operators',
	operations: [getAll, get, create, getMessages, count],
	defaultOperation: getAll,
};
