import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteAccountUser } from './delete.operation';
import { getAll } from './getAll.operation';

export const platformAccountUser: ResourceSpec = {
	value: 'platformAccountUser',
	name: 'Platform Account User',
	description: 'Who belongs to an account, and with which role (Platform App token)',
	family: 'platform',
	operations: [create, deleteAccountUser, getAll],
	defaultOperation: getAll,
};
