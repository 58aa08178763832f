import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainDocumentField } from './helpers';

export const sync = defineOperation({
	resource: 'captainDocument',
	operation: 'sync',
	name: 'Sync',
	action: 'Sync a document',
	description: enterpriseOnly('Crawl a web page document again (administrators); Chatwoot does it in the background and answers at once'),
	fields: [captainDocumentField()],
	request: (p) => ({ method: 'POST', path: apiPath`/captain/documents/${p.documentId}/sync` }),
	// 202 Accepted with an empty body.
	output: (_body, p) => ({ id: Number(p.documentId), sync_status: 'syncing' }),
});
