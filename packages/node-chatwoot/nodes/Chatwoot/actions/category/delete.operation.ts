import { apiPath, defineOperation } from '@leadchat/core';
import { categoryField, portalField } from '../../descriptions';

export const deleteCategory = defineOperation({
	resource: 'category',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a category',
	fields: [portalField(), categoryField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/portals/${p.portalSlug}/categories/${p.categoryId}` }),
});
