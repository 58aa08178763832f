import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { captainScenarioField } from './helpers';

export const get = defineOperation({
	resource: 'captainScenario',
	operation: 'get',
	name: 'Get',
	action: 'Get a scenario',
	description: enterpriseOnly('A scenario of an assistant'),
	fields: [captainAssistantField(), captainScenarioField()],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}/scenarios/${p.scenarioId}` }),
});
