import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getMetas = defineOperation({
	resource: 'conversation',
	operation: 'getMetas',
	name: 'Get Metas',
	action: 'Get the metas of a conversation',
	description: "The visitor's details (name, email, phone, address, avatar), subject, segments, custom data, device and origin",
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/meta` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
