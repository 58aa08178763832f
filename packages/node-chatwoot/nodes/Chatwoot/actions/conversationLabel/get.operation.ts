import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { labelsItem, readLabels } from '../contactLabel/helpers';

export const get = defineOperation({
	resource: 'conversationLabel',
	operation: 'get',
	name: 'Get',
	action: 'Get the labels of a conversation',
	fields: [conversationField()],
	async execute(p, tools) {
		return labelsItem(await readLabels(tools, apiPath`/conversations/${p.conversationId}/labels`));
	},
});
