import { apiPath, defineOperation } from '@leadchat/core';
import { articleField, portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'article',
	operation: 'get',
	name: 'Get',
	action: 'Get an article',
	fields: [portalField(), articleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/portals/${p.portalSlug}/articles/${p.articleId}` }),
	output: payloadOf,
});
