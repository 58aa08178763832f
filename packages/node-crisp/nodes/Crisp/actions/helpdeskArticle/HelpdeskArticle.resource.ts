import type { ResourceSpec } from '@leadchat/core';
import { create } from './create.operation';
import { deleteEntry } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getContent } from './getContent.operation';
import { getMetadata } from './getMetadata.operation';
import { getPage } from './getPage.operation';
import { getPageByEntity } from './getPageByEntity.operation';
import { getPages } from './getPages.operation';
import { saveContent } from './saveContent.operation';
import { update } from './update.operation';
import { updateMetadata } from './updateMetadata.operation';

export const helpdeskArticle: ResourceSpec = {
	value: 'helpdeskArticle',
	name: 'Helpdesk Article',
	description: 'Articles and categories of the helpdesk: the tree of a locale and content type, addressed by path',
	operations: [create, deleteEntry, get, getAll, getContent, getMetadata, getPage, getPageByEntity, getPages, saveContent, update, updateMetadata],
	defaultOperation: get,
};
