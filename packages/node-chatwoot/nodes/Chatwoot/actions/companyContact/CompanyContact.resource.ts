import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { getAll } from './getAll.operation';
import { remove } from './remove.operation';
import { search } from './search.operation';

export const companyContact: ResourceSpec = {
	value: 'companyContact',
	name: 'Company Contact',
	operations: [add, getAll, remove, search],
	defaultOperation: getAll,
};
