import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { get } from './get.operation';
import { update } from './update.operation';

export const publicContact: ResourceSpec = {
	value: 'publicContact',
	name: 'Public Contact',
	description: 'Client API: the end user of an API-channel inbox (no token)',
	operations: [create, get, update],
	defaultOperation: create,
};
