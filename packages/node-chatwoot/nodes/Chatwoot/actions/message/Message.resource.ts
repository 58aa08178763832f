import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteMessage } from './delete.operation';
import { getAll } from './getAll.operation';
import { retry } from './retry.operation';
import { translate } from './translate.operation';
import { update } from './update.operation';

export const message: ResourceSpec = {
	value: 'message',
	name: 'Message',
	operations: [create, deleteMessage, getAll, retry, translate, update],
	defaultOperation: create,
};
