import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteFaq } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const captainFaq: ResourceSpec = {
	value: 'captainFaq',
	name: 'FAQ',
	operations: [create, deleteFaq, get, getAll, update],
	defaultOperation: getAll,
};
