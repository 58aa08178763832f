import type { ResourceSpec } from '@leadchat/core';
import { del } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** The people who chat on the website (with their contact data, notes, UTM and custom fields). */
export const visitor: ResourceSpec = {
	value: 'visitor',
	name: 'Visitor',
	description: 'People who chat on your website: contact data, notes, UTM and custom fields',
	operations: [del, get, getAll, update],
	defaultOperation: get,
};
