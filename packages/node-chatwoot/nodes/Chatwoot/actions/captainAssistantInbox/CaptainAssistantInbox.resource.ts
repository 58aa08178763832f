import type { ResourceSpec } from '@leadchat/core';
import { connect } from './connect.operation';
import { disconnect } from './disconnect.operation';
import { getAll } from './getAll.operation';

export const captainAssistantInbox: ResourceSpec = {
	value: 'captainAssistantInbox',
	name: 'Assistant Inbox',
	operations: [connect, disconnect, getAll],
	defaultOperation: getAll,
};
