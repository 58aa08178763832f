import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteAssistant } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getDrilldown } from './getDrilldown.operation';
import { getStats } from './getStats.operation';
import { getSummary } from './getSummary.operation';
import { update } from './update.operation';

export const captainAssistant: ResourceSpec = {
	value: 'captainAssistant',
	name: 'Assistant',
	operations: [create, deleteAssistant, get, getAll, update, getStats, getSummary, getDrilldown],
	defaultOperation: getAll,
};
