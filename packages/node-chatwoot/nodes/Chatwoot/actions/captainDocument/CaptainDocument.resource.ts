import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteDocument } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { sync } from './sync.operation';

export const captainDocument: ResourceSpec = {
	value: 'captainDocument',
	name: 'Document',
	operations: [create, deleteDocument, get, getAll, sync],
	defaultOperation: getAll,
};
