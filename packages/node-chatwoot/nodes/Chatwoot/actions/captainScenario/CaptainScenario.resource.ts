import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteScenario } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const captainScenario: ResourceSpec = {
	value: 'captainScenario',
	name: 'Scenario',
	operations: [create, deleteScenario, get, getAll, update],
	defaultOperation: getAll,
};
