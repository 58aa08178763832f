import type { ResourceSpec } from '@leadchat/core';
import { all } from './all.operation';
import { articles } from './articles.operation';
import { contacts } from './contacts.operation';
import { conversations } from './conversations.operation';
import { messages } from './messages.operation';

export const search: ResourceSpec = {
	value: 'search',
	name: 'Search',
	description: 'Search the whole account',
	operations: [all, articles, contacts, conversations, messages],
	defaultOperation: all,
};
