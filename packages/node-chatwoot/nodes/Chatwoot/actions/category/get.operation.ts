import { apiPath, defineOperation } from '@leadchat/core';
import { categoryField, portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'category',
	operation: 'get',
	name: 'Get',
	action: 'Get a category',
	fields: [portalField(), categoryField()],
	request: (p) => ({ method: 'GET', path: apiPath`/portals/${p.portalSlug}/categories/${p.categoryId}` }),
	output: payloadOf,
});
