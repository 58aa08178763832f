import type { ResourceSpec } from '@leadchat/core';
import { cancel } from './cancel.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const helpdeskHistory: ResourceSpec = {
	value: 'helpdeskHistory',
	name: 'Helpdesk History',
	description: 'Changes made to the helpdesk content',
	operations: [cancel, get, getAll],
	defaultOperation: getAll,
};
