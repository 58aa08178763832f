import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';
import { getTriggers } from './getTriggers.operation';

export const chatbot: ResourceSpec = {
	value: 'chatbot',
	name: 'Chatbot',
	description: 'The chatbots of the sites and their triggers',
	operations: [getAll, getTriggers],
	defaultOperation: getAll,
};
