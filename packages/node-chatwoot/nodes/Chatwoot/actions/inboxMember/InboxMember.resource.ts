import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { getAll } from './getAll.operation';
import { remove } from './remove.operation';
import { update } from './update.operation';

export const inboxMember: ResourceSpec = {
	value: 'inboxMember',
	name: 'Inbox Member',
	operations: [add, getAll, remove, update],
	defaultOperation: getAll,
};
