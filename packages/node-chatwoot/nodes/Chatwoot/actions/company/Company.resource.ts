import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteCompany } from './delete.operation';
import { deleteCustomAttributes } from './deleteCustomAttributes.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getConversations } from './getConversations.operation';
import { getNotes } from './getNotes.operation';
import { search } from './search.operation';
import { update } from './update.operation';

export const company: ResourceSpec = {
	value: 'company',
	name: 'Company',
	operations: [create, deleteCompany, deleteCustomAttributes, get, getAll, getConversations, getNotes, search, update],
	defaultOperation: getAll,
};
