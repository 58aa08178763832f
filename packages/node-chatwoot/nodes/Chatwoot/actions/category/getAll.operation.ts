import { apiPath, defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { portalField } from '../../descriptions';

export const getAll = defineOperation({
	resource: 'category',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many categories',
	description: 'List the categories of a Help Center portal',
	fields: [portalField(), field.string('locale', 'Locale', { placeholder: 'e.g. en', description: 'Only the categories in this language (empty: all)' }), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/portals/${p.portalSlug}/categories`, qs: { locale: p.locale } }), paging: paging.whole() },
});
