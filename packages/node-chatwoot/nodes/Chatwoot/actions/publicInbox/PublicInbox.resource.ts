import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';

export const publicInbox: ResourceSpec = {
	value: 'publicInbox',
	name: 'Public Inbox',
	description: 'Client API: an API-channel inbox, as the end user sees it (no token)',
	operations: [get],
	defaultOperation: get,
};
