import { apiPath, defineOperation, field } from '@leadchat/core';
import { labelIdField } from '../../descriptions';
import { checkColor, labelBody, labelFields, TITLE_PATTERN, TITLE_PROBLEM } from './helpers';

export const update = defineOperation({
	resource: 'label',
	operation: 'update',
	name: 'Update',
	action: 'Update a label',
	fields: [
		labelIdField(),
		field.collection('updateFields', 'Update Fields', [field.string('title', 'Title', { description: 'One word: letters, digits, "-" and "_"' }), ...labelFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		if (p.updateFields.title !== undefined && !TITLE_PATTERN.test(p.updateFields.title)) t.fail('Update Fields → Title', TITLE_PROBLEM);
		checkColor(p.updateFields.color, (f, problem) => t.fail(`Update Fields → ${f}`, problem));
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/labels/${p.labelId}`, body: labelBody(p.updateFields) }),
});
