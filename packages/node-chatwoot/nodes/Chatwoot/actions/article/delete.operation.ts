import { apiPath, defineOperation } from '@leadchat/core';
import { articleField, portalField } from '../../descriptions';

export const deleteArticle = defineOperation({
	resource: 'article',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an article',
	fields: [portalField(), articleField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/portals/${p.portalSlug}/articles/${p.articleId}` }),
});
