import { apiPath, defineOperation } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { captainScenarioField } from './helpers';

export const deleteScenario = defineOperation({
	resource: 'captainScenario',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a scenario',
	description: enterpriseOnly('Delete a scenario of an assistant'),
	fields: [captainAssistantField(), captainScenarioField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/captain/assistants/${p.assistantId}/scenarios/${p.scenarioId}` }),
});
