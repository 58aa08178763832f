import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { get } from './get.operation';
import { remove } from './remove.operation';
import { update } from './update.operation';

export const conversationParticipant: ResourceSpec = {
	value: 'conversationParticipant',
	name: 'Conversation Participant',
	operations: [add, get, remove, update],
	defaultOperation: get,
};
