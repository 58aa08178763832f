import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField, readTotalCountPage } from '../captainAssistant/helpers';
import { captainDocumentField } from '../captainDocument/helpers';
import { faqStatusField } from './helpers';

/** RESULTS_PER_PAGE of the assistant responses controller. */
const PER_PAGE = 25;

export const getAll = defineOperation({
	resource: 'captainFaq',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many FAQs',
	description: enterpriseOnly('The FAQs of the account, newest first, 25 per page on the server'),
	fields: [
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			captainAssistantField('assistantId', 'Assistant', false),
			captainDocumentField('documentId', 'Document', false),
			faqStatusField(),
			field.string('search', 'Search', { description: 'Text in the question or the answer' }),
		]),
	],
	list: {
		request: ({ filters: f }) => ({
			method: 'GET',
			path: '/captain/assistant_responses',
			qs: { assistant_id: f.assistantId, document_id: f.documentId, status: f.status, search: f.search },
		}),
		paging: paging.pageNumber(PER_PAGE),
		read: readTotalCountPage,
	},
});
