import { apiPath, defineOperation, field } from '@leadchat/core';
import { cannedResponseField, requireAnyField } from '../../descriptions';

export const update = defineOperation<{ cannedResponseId: string; updateFields: { shortCode?: string; content?: string } }>({
	resource: 'cannedResponse',
	operation: 'update',
	name: 'Update',
	action: 'Update a canned response',
	fields: [
		cannedResponseField(),
		field.collection('updateFields', 'Update Fields', [field.string('shortCode', 'Short Code'), field.string('content', 'Content', { rows: 4 })]),
	],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/canned_responses/${p.cannedResponseId}`,
		body: { short_code: p.updateFields.shortCode, content: p.updateFields.content },
	}),
});
