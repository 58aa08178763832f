import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';

export const contactInbox: ResourceSpec = {
	value: 'contactInbox',
	name: 'Contact Inbox',
	operations: [create],
	defaultOperation: create,
};
