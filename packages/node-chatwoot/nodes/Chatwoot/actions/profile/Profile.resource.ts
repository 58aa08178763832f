import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';
import { setAvailability } from './setAvailability.operation';

export const profile: ResourceSpec = {
	value: 'profile',
	name: 'Profile',
	description: 'The user who owns the access token',
	operations: [get, setAvailability, update],
	defaultOperation: get,
};
