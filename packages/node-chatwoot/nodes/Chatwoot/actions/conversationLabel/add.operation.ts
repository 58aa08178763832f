import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField, labelsField } from '../../descriptions';
import { changeLabels, labelsItem, unionOf } from '../contactLabel/helpers';

export const add = defineOperation({
	resource: 'conversationLabel',
	operation: 'add',
	name: 'Add',
	action: 'Add labels to a conversation',
	description: 'Add labels and keep the ones the conversation already has',
	fields: [conversationField(), labelsField()],
	async execute(p, tools) {
		return labelsItem(await changeLabels(tools, apiPath`/conversations/${p.conversationId}/labels`, (current) => unionOf(current, p.labels)));
	},
});
