import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { filterTypeField } from './helpers';

export const getAll = defineOperation({
	resource: 'customFilter',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many custom filters',
	description: 'List your saved filters of one type',
	fields: [filterTypeField(true), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: '/custom_filters', qs: { filter_type: p.filterType } }), paging: paging.whole() },
});
