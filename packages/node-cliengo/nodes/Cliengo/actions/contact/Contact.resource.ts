import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';

export const contact: ResourceSpec = {
	value: 'contact',
	name: 'Contact (Lead)',
	description: 'Leads captured by the chatbot or created over the API',
	operations: [get],
	defaultOperation: 'get',
};
