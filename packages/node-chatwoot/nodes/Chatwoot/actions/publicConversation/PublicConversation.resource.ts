import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { resolve } from './resolve.operation';
import { toggleTyping } from './toggleTyping.operation';
import { updateLastSeen } from './updateLastSeen.operation';

export const publicConversation: ResourceSpec = {
	value: 'publicConversation',
	name: 'Public Conversation',
	description: "A contact's conversations in the credential's inbox",
	operations: [create, get, getAll, resolve, toggleTyping, updateLastSeen],
	defaultOperation: create,
};
