import { apiPath, defineOperation } from '@leadchat/core';
import { contactField, labelsField } from '../../descriptions';
import { changeLabels, labelsItem, withoutOf } from './helpers';

export const remove = defineOperation({
	resource: 'contactLabel',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove labels from a contact',
	description: 'Remove these labels and keep the others',
	fields: [contactField(), labelsField()],
	async execute(p, tools) {
		return labelsItem(await changeLabels(tools, apiPath`/contacts/${p.contactId}/labels`, (current) => withoutOf(current, p.labels)));
	},
});
