import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField, labelsField } from '../../descriptions';
import { changeLabels, labelsItem, withoutOf } from '../contactLabel/helpers';

export const remove = defineOperation({
	resource: 'conversationLabel',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove labels from a conversation',
	description: 'Remove these labels and keep the others',
	fields: [conversationField(), labelsField()],
	async execute(p, tools) {
		return labelsItem(await changeLabels(tools, apiPath`/conversations/${p.conversationId}/labels`, (current) => withoutOf(current, p.labels)));
	},
});
