import { apiPath, defineOperation, field } from '@leadchat/core';
import { cannedResponseField } from '../../descriptions';

export const update = defineOperation({
	resource: 'cannedResponse',
	operation: 'update',
	name: 'Update',
	action: 'Update a canned response',
	fields: [
		cannedResponseField(),
		field.collection('updateFields', 'Update Fields', [field.string('shortCode', 'Short Code'), field.string('content', 'Content', { rows: 4 })], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/canned_responses/${p.cannedResponseId}`,
		body: { short_code: p.updateFields.shortCode, content: p.updateFields.content },
	}),
});
