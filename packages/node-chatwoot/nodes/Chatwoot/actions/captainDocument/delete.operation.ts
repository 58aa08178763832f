import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainDocumentField } from './helpers';

export const deleteDocument = defineOperation({
	resource: 'captainDocument',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a document',
	description: enterpriseOnly('Delete a knowledge document and the FAQs drafted from it'),
	fields: [captainDocumentField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/captain/documents/${p.documentId}` }),
});
