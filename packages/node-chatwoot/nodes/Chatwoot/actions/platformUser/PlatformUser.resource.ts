import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteUser } from './delete.operation';
import { get } from './get.operation';
import { getSsoUrl } from './getSsoUrl.operation';
import { update } from './update.operation';
import { getToken } from './getToken.operation';

export const platformUser: ResourceSpec = {
	value: 'platformUser',
	name: 'Platform User',
	description: 'Users of the installation (Platform App token)',
	family: 'platform',
	operations: [create, deleteUser, get, getSsoUrl, getToken, update],
	defaultOperation: get,
};
