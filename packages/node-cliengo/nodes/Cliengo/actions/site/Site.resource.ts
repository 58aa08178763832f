import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getChatbot } from './getChatbot.operation';
import { update } from './update.operation';

export const site: ResourceSpec = {
	value: 'site',
	name: 'Site',
	description: 'Websites (and WhatsApp/Facebook channels) where a chatbot runs',
	operations: [getAll, get, create, update, getChatbot],
	defaultOperation: getAll,
};
