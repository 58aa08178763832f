import { apiPath, defineOperation } from '@leadchat/core';
import { contactField, labelsField } from '../../descriptions';
import { changeLabels, labelsItem, unionOf } from './helpers';

export const add = defineOperation({
	resource: 'contactLabel',
	operation: 'add',
	name: 'Add',
	action: 'Add labels to a contact',
	description: 'Add labels and keep the ones the contact already has',
	fields: [contactField(), labelsField()],
	async execute(p, tools) {
		return labelsItem(await changeLabels(tools, apiPath`/contacts/${p.contactId}/labels`, (current) => unionOf(current, p.labels)));
	},
});
