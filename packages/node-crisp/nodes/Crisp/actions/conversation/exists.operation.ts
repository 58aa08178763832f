import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { existence } from '../../helpers/output';

export const exists = defineOperation({
	resource: 'conversation',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a conversation exists',
	description: 'Answers exists: true or false (without failing when the conversation does not exist)',
	fields: [sessionField()],
	execute: (p, tools) => existence(() => tools.request({ method: 'HEAD', path: apiPath`/conversation/${p.sessionId}` })),
});
