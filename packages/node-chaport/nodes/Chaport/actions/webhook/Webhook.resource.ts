import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { del } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

/** Webhooks: Chaport's event subscriptions (one event each), delivered as POST to a target URL. */
export const webhook: ResourceSpec = {
	value: 'webhook',
	name: 'Webhook',
	description: 'Event subscriptions: Chaport posts each event to a target URL (one event per subscription)',
	operations: [create, del, get, getAll, update],
	defaultOperation: getAll,
};
