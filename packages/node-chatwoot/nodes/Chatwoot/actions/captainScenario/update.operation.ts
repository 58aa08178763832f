import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { captainScenarioField, scenarioBody, scenarioFields } from './helpers';

export const update = defineOperation({
	resource: 'captainScenario',
	operation: 'update',
	name: 'Update',
	action: 'Update a scenario',
	description: enterpriseOnly('Change a scenario of an assistant'),
	fields: [
		captainAssistantField(),
		captainScenarioField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[field.string('title', 'Title'), field.string('description', 'Description', { rows: 2 }), field.string('instruction', 'Instruction', { rows: 4 }), ...scenarioFields()],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/captain/assistants/${p.assistantId}/scenarios/${p.scenarioId}`, body: scenarioBody(p.updateFields) }),
});
