import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const publicMessage: ResourceSpec = {
	value: 'publicMessage',
	name: 'Public Message',
	description: 'Client API: the messages of a contact\'s conversation (no token)',
	operations: [create, getAll, update],
	defaultOperation: create,
};
