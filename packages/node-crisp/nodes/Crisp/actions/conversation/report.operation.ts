import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const report = defineOperation({
	resource: 'conversation',
	operation: 'report',
	name: 'Report',
	action: 'Report a conversation to Crisp',
	description: 'Report a conversation to Crisp (e.g. spam or abuse); Crisp removes it from the inbox',
	fields: [sessionField(), field.string('flag', 'Flag', { required: true, placeholder: 'e.g. spam', description: 'Why the conversation is reported, as Crisp names it (e.g. spam)' })],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/report`, body: { flag: p.flag } }),
	output: (_body, p) => done(p.sessionId, { flag: p.flag }),
});
