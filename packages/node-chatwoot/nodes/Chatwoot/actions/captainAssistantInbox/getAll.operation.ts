import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';

export const getAll = defineOperation({
	resource: 'captainAssistantInbox',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get the inboxes of an assistant',
	description: enterpriseOnly('The inboxes where the assistant answers (the server sends the whole list at once)'),
	fields: [captainAssistantField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}/inboxes` }), paging: paging.whole() },
});
