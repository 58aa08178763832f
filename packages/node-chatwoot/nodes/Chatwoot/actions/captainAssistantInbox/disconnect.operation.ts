import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';

export const disconnect = defineOperation({
	resource: 'captainAssistantInbox',
	operation: 'disconnect',
	name: 'Disconnect',
	action: 'Disconnect an assistant from an inbox',
	description: enterpriseOnly('Stop the assistant answering in an inbox'),
	fields: [captainAssistantField(), inboxField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/captain/assistants/${p.assistantId}/inboxes/${p.inboxId}` }),
});
