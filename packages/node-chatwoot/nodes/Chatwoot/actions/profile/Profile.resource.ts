import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';

export const profile: ResourceSpec = {
	value: 'profile',
	name: 'Profile',
	description: 'The user who owns the access token',
	operations: [get, update],
	defaultOperation: get,
};
