import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { get } from './get.operation';
import { update } from './update.operation';

export const publicContact: ResourceSpec = {
	value: 'publicContact',
	name: 'Public Contact',
	description: "Contacts of the credential's inbox (a contact's source_id is its Contact Identifier)",
	operations: [create, get, update],
	defaultOperation: create,
};
