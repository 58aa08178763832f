import type { ResourceSpec } from '@leadchat/core';
import { getAll } from './getAll.operation';

export const auditLog: ResourceSpec = {
	value: 'auditLog',
	name: 'Audit Log',
	operations: [getAll],
	defaultOperation: getAll,
};
