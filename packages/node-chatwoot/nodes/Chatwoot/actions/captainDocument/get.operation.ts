import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainDocumentField } from './helpers';

export const get = defineOperation({
	resource: 'captainDocument',
	operation: 'get',
	name: 'Get',
	action: 'Get a document',
	description: enterpriseOnly('A knowledge document with its status, sync state and content'),
	fields: [captainDocumentField()],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/documents/${p.documentId}` }),
});
