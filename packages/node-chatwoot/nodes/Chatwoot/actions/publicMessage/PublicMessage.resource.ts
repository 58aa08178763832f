import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const publicMessage: ResourceSpec = {
	value: 'publicMessage',
	name: 'Public Message',
	description: "The messages of a contact's conversation, as the contact",
	operations: [create, getAll, update],
	defaultOperation: create,
};
