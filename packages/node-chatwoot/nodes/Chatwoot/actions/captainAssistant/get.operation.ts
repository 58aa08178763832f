import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from './helpers';

export const get = defineOperation({
	resource: 'captainAssistant',
	operation: 'get',
	name: 'Get',
	action: 'Get an assistant',
	description: enterpriseOnly('An assistant with its settings'),
	fields: [captainAssistantField()],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}` }),
});
