import { defineOperation, field } from '@leadchat/core';
import { checkColor, labelBody, labelFields, TITLE_PATTERN, TITLE_PROBLEM } from './helpers';

export const create = defineOperation({
	resource: 'label',
	operation: 'create',
	name: 'Create',
	action: 'Create a label',
	fields: [
		field.string('title', 'Title', { required: true, placeholder: 'e.g. vip-customer', description: 'One word: letters, digits, "-" and "_"' }),
		field.collection('additionalFields', 'Additional Fields', labelFields()),
	],
	check: (p, t) => {
		if (!TITLE_PATTERN.test(p.title)) t.fail('Title', TITLE_PROBLEM);
		checkColor(p.additionalFields.color, (f, problem) => t.fail(`Additional Fields → ${f}`, problem));
	},
	request: (p) => ({ method: 'POST', path: '/labels', body: labelBody({ ...p.additionalFields, title: p.title }) }),
});
