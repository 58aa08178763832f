import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCannedResponse } from './delete.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const cannedResponse: ResourceSpec = {
	value: 'cannedResponse',
	name: 'Canned Response',
	operations: [create, deleteCannedResponse, getAll, update],
	defaultOperation: getAll,
};
