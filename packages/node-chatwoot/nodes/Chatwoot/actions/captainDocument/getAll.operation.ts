import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField, readTotalCountPage } from '../captainAssistant/helpers';

/** RESULTS_PER_PAGE of the documents controller. */
const PER_PAGE = 25;

export const getAll = defineOperation({
	resource: 'captainDocument',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many documents',
	description: enterpriseOnly('The knowledge documents of the account, 25 per page on the server'),
	fields: [
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			captainAssistantField('assistantId', 'Assistant', false),
			field.options('source', 'Source', [
				{ name: 'PDF', value: 'pdf' },
				{ name: 'Web Page', value: 'web' },
			]),
			field.options('syncState', 'Sync State', [
				{ name: 'Failed', value: 'failed' },
				{ name: 'Stale', value: 'stale' },
				{ name: 'Synced', value: 'synced' },
				{ name: 'Syncing', value: 'syncing' },
			]),
			field.string('search', 'Search', { description: 'Text in the name or the URL' }),
			field.options(
				'sort',
				'Sort',
				[
					{ name: 'Recently Created', value: 'recently_created' },
					{ name: 'Recently Updated', value: 'recently_updated' },
				],
				{ default: 'recently_updated' },
			),
		]),
	],
	list: {
		request: ({ filters: f }) => ({
			method: 'GET',
			path: '/captain/documents',
			qs: { assistant_id: f.assistantId, source: f.source, filter: f.syncState, search_key: f.search, sort: f.sort },
		}),
		paging: paging.pageNumber(PER_PAGE),
		read: readTotalCountPage,
	},
});
