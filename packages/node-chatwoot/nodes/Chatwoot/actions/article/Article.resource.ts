import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteArticle } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { update } from './update.operation';

export const article: ResourceSpec = {
	value: 'article',
	name: 'Help Center Article',
	operations: [create, deleteArticle, get, getAll, update],
	defaultOperation: getAll,
};
