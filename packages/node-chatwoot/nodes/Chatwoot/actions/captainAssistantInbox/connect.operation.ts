import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';

export const connect = defineOperation({
	resource: 'captainAssistantInbox',
	operation: 'connect',
	name: 'Connect',
	action: 'Connect an assistant to an inbox',
	description: enterpriseOnly('Let the assistant answer in an inbox (an inbox has at most one assistant)'),
	fields: [captainAssistantField(), inboxField()],
	request: (p) => ({ method: 'POST', path: apiPath`/captain/assistants/${p.assistantId}/inboxes`, body: { inbox: { inbox_id: Number(p.inboxId) } } }),
});
