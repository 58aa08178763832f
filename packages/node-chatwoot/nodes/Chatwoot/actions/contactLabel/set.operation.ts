import { apiPath, defineOperation } from '@leadchat/core';
import { contactField, describedAs, labelsField } from '../../descriptions';
import { labelsItem, writeLabels } from './helpers';

export const set = defineOperation({
	resource: 'contactLabel',
	operation: 'set',
	name: 'Set',
	action: 'Replace the labels of a contact',
	description: 'The contact ends up with exactly these labels (none removes them all)',
	fields: [contactField(), describedAs(labelsField('labels', 'Labels', false), 'The complete new set of labels; leave empty to remove every label. Choose from the list, or specify names using an expression.')],
	async execute(p, tools) {
		return labelsItem(await writeLabels(tools, apiPath`/contacts/${p.contactId}/labels`, p.labels ?? []));
	},
});
