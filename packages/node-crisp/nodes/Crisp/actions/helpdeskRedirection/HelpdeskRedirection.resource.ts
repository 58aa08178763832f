import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { deleteRedirection } from './delete.operation';
import { redirectionExists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const helpdeskRedirection: ResourceSpec = {
	value: 'helpdeskRedirection',
	name: 'Helpdesk Redirection',
	description: 'Redirections from old helpdesk paths to current pages',
	operations: [add, deleteRedirection, redirectionExists, get, getAll],
	defaultOperation: getAll,
};
