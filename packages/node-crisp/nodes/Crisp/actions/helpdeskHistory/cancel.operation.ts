import { apiPath, defineOperation, field } from '@leadchat/core';

/**
 * DELETE a history change with `{action}` [C-client cancelHelpdeskHistoryChange]. Crisp documents
 * the field but not its values, so the action is free text [I].
 */
export const cancel = defineOperation({
	resource: 'helpdeskHistory',
	operation: 'cancel',
	name: 'Cancel',
	action: 'Cancel a helpdesk change',
	description: 'Undo a change to the helpdesk content',
	fields: [
		field.id('changeId', 'Change ID', { description: 'The change_id of a change (see Get Many)' }),
		field.string('cancelAction', 'Action', { required: true, description: 'How Crisp cancels the change, as its API names it' }),
	],
	request: (p) => ({ method: 'DELETE', path: apiPath`/helpdesk/history/change/${p.changeId}`, body: { action: p.cancelAction.trim() } }),
	output: (_body, p) => ({ success: true, change_id: p.changeId }),
});
