import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteAccount } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';
import { getAll } from './getAll.operation';

export const platformAccount: ResourceSpec = {
	value: 'platformAccount',
	name: 'Platform Account',
	description: 'Accounts of the installation (Platform App token, self-hosted only)',
	family: 'platform',
	operations: [create, deleteAccount, get, getAll, update],
	defaultOperation: get,
};
