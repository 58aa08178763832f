import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { fingerprintField } from './fields';

export const deleteMessage = defineOperation({
	resource: 'message',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a message',
	description: 'Remove a message from a conversation',
	fields: [sessionField(), fingerprintField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/conversation/${p.sessionId}/message/${p.fingerprint}` }),
	output: (_body, p) => ({ success: true, session_id: p.sessionId, fingerprint: Number(p.fingerprint), deleted: true }),
});
