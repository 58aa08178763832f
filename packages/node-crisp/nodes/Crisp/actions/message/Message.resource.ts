import type { ResourceSpec } from '@leadchat/core';
import { compose } from './compose.operation';
import { deleteMessage } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getOriginal } from './getOriginal.operation';
import { markDelivered } from './markDelivered.operation';
import { markRead } from './markRead.operation';
import { send } from './send.operation';
import { update } from './update.operation';

/** The messages of a conversation (every Crisp message type), identified by their fingerprint. */
export const message: ResourceSpec = {
	value: 'message',
	name: 'Message',
	description: 'Messages of a conversation: send any type, read the history, edit, delete, read and delivered marks, typing',
	operations: [compose, deleteMessage, get, getAll, getOriginal, markDelivered, markRead, send, update],
	defaultOperation: send,
};
