import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';
import { getMetrics } from './getMetrics.operation';

export const appliedSla: ResourceSpec = {
	value: 'appliedSla',
	name: 'SLA Breach',
	operations: [getAll, getMetrics],
	defaultOperation: getAll,
};
