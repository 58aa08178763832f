import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { labelsItem, readLabels } from './helpers';

export const get = defineOperation({
	resource: 'contactLabel',
	operation: 'get',
	name: 'Get',
	action: 'Get the labels of a contact',
	fields: [contactField()],
	async execute(p, tools) {
		return labelsItem(await readLabels(tools, apiPath`/contacts/${p.contactId}/labels`));
	},
});
