import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';
import { update } from './update.operation';
import { setAvailability } from './setAvailability.operation';
import { setAutoOffline } from './setAutoOffline.operation';

export const profile: ResourceSpec = {
	value: 'profile',
	name: 'Profile',
	description: 'The user who owns the access token',
	operations: [get, setAutoOffline, setAvailability, update],
	defaultOperation: get,
};
