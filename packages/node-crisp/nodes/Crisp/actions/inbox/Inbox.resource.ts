import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteInbox } from './delete.operation';
import { exists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { reorder } from './reorder.operation';
import { update } from './update.operation';

/** Inboxes: how conversations are sorted (by team, channel or conditions). */
export const inbox: ResourceSpec = {
	value: 'inbox',
	name: 'Inbox',
	description: 'Inboxes that sort conversations',
	operations: [create, deleteInbox, exists, get, getAll, reorder, update],
	defaultOperation: getAll,
};
