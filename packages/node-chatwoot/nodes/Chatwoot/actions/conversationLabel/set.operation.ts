import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField, describedAs, labelsField } from '../../descriptions';
import { labelsItem, writeLabels } from '../contactLabel/helpers';

export const set = defineOperation({
	resource: 'conversationLabel',
	operation: 'set',
	name: 'Set',
	action: 'Replace the labels of a conversation',
	description: 'The conversation ends up with exactly these labels (none removes them all)',
	fields: [conversationField(), describedAs(labelsField('labels', 'Labels', false), 'The complete new set of labels; leave empty to remove every label. Choose from the list, or specify names using an expression.')],
	async execute(p, tools) {
		return labelsItem(await writeLabels(tools, apiPath`/conversations/${p.conversationId}/labels`, p.labels ?? []));
	},
});
