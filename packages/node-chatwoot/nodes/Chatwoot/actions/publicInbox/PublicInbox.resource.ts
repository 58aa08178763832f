import type { ResourceSpec } from '@leadchat/core';
import { get } from './get.operation';

export const publicInbox: ResourceSpec = {
	value: 'publicInbox',
	name: 'Public Inbox',
	description: "The credential's API-channel inbox, as its contacts see it",
	operations: [get],
	defaultOperation: get,
};
