import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';
import { filterTypeField } from './shared';

export const getAll = defineOperation<{ filterType: string; returnAll: boolean; limit?: number }>({
	resource: 'customFilter',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many custom filters',
	description: 'List your saved filters of one type',
	fields: [filterTypeField(true), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: '/custom_filters', qs: { filter_type: p.filterType } }),
	output: sliceList,
});
