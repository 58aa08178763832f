import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';

export const reportingEvent: ResourceSpec = {
	value: 'reportingEvent',
	name: 'Reporting Event',
	operations: [getAll],
	defaultOperation: getAll,
};
