import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { fingerprintField } from './fields';

export const get = defineOperation({
	resource: 'message',
	operation: 'get',
	name: 'Get',
	action: 'Get a message',
	description: 'Get one message of a conversation by its fingerprint',
	fields: [sessionField(), fingerprintField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/message/${p.fingerprint}` }),
});
