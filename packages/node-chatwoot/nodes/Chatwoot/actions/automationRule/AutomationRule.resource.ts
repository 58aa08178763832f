import type { ResourceSpec } from '@leadchat/core';
import { clone } from './clone.operation';
import { create } from './create.operation';
import { deleteAutomationRule } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const automationRule: ResourceSpec = {
	value: 'automationRule',
	name: 'Automation Rule',
	operations: [clone, create, deleteAutomationRule, get, getAll, update],
	defaultOperation: getAll,
};
