import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, metaFields, metasBody } from './fields';

export const updateMetas = defineOperation({
	resource: 'conversation',
	operation: 'updateMetas',
	name: 'Update Metas',
	action: 'Update the metas of a conversation',
	description: "Set the visitor's name, email, phone, address or avatar, the subject, the segments (replaced) or custom data (merged)",
	fields: [sessionField(), field.collection('metas', 'Update Fields', metaFields, { requireOne: true })],
	check: (p, tools) => {
		// An empty Data list is a field left empty, not a change.
		if (Object.keys(metasBody(p.metas)).length === 0) tools.fail('Update Fields', 'needs at least one field');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/meta`, body: metasBody(p.metas) }),
	output: (_body, p) => done(p.sessionId, { meta: metasBody(p.metas) }),
});
