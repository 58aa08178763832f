import { apiPath, defineOperation } from '@leadchat/core';
import { cannedResponseField } from '../../descriptions';

export const deleteCannedResponse = defineOperation({
	resource: 'cannedResponse',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a canned response',
	fields: [cannedResponseField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/canned_responses/${p.cannedResponseId}` }),
});
