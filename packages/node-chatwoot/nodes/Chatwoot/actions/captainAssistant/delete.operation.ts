import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from './helpers';

export const deleteAssistant = defineOperation({
	resource: 'captainAssistant',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an assistant',
	description: enterpriseOnly('Delete an assistant with its documents, FAQs and scenarios (administrators)'),
	fields: [captainAssistantField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/captain/assistants/${p.assistantId}` }),
});
