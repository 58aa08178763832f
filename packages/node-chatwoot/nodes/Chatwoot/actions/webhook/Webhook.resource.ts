import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteWebhook } from './delete.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const webhook: ResourceSpec = {
	value: 'webhook',
	name: 'Webhook',
	operations: [create, deleteWebhook, getAll, update],
	defaultOperation: getAll,
};
