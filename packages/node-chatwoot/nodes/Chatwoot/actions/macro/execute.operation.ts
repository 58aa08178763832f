import { apiPath, defineOperation, field, isDataObject } from '@leadchat/core';
import { macroField, numericIds } from '../../descriptions';

export const execute = defineOperation({
	resource: 'macro',
	operation: 'execute',
	name: 'Execute',
	action: 'Execute a macro',
	description: 'Run a macro on one or more conversations (the server runs it in the background)',
	fields: [
		macroField(),
		field.stringList('conversationIds', 'Conversation IDs', {
			required: true,
			placeholder: 'e.g. 12, 15',
			description: 'Conversation numbers (display IDs) separated by commas',
		}),
	],
	check: (p, t) => void numericIds(p.conversationIds, 'Conversation IDs', t.fail),
	request: (p) => ({ method: 'POST', path: apiPath`/macros/${p.macroId}/execute`, body: { conversation_ids: p.conversationIds.map(Number) } }),
	output: (body, p) => (isDataObject(body) ? body : { success: true, conversation_ids: p.conversationIds.map(Number) }),
});
