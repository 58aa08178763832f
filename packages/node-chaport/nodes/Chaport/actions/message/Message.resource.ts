import type { ResourceSpec } from '@leadchat/core';
import { send } from './send.operation';
import { update } from './update.operation';

/** Messages: sent to a visitor as an operator (message events of a chat). */
export const message: ResourceSpec = {
	value: 'message',
	name: 'Message',
	description: 'Send a message to a visitor as an operator, or change a message',
	operations: [send, update],
	defaultOperation: send,
};
