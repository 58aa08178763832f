import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteIntegrationHook } from './delete.operation';
import { get } from './get.operation';
import { update } from './update.operation';
import { processEvent } from './processEvent.operation';

export const integrationHook: ResourceSpec = {
	value: 'integrationHook',
	name: 'Integration Hook',
	operations: [create, deleteIntegrationHook, get, processEvent, update],
	defaultOperation: create,
};
