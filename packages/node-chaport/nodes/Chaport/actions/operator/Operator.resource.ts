import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { del } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getMe } from './getMe.operation';
import { setStatus } from './setStatus.operation';
import { update } from './update.operation';

/** Operators: the team members who answer chats. */
export const operator: ResourceSpec = {
	value: 'operator',
	name: 'Operator',
	description: 'Team members who answer chats',
	operations: [create, del, get, getAll, getMe, setStatus, update],
	defaultOperation: getAll,
};
