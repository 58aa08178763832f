import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';

export const getAll = defineOperation({
	resource: 'captainScenario',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many scenarios',
	description: enterpriseOnly('The enabled scenarios of an assistant (the server sends the whole list at once)'),
	fields: [captainAssistantField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}/scenarios` }), paging: paging.whole() },
});
