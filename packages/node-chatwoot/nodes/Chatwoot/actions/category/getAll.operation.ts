import { apiPath, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { portalField } from '../../descriptions';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ portalSlug: string; locale?: string; returnAll: boolean; limit?: number }>({
	resource: 'category',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many categories',
	description: 'List the categories of a Help Center portal',
	fields: [portalField(), field.string('locale', 'Locale', { placeholder: 'e.g. en', description: 'Only the categories in this language (empty: all)' }), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/portals/${p.portalSlug}/categories`, qs: { locale: p.locale } }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
