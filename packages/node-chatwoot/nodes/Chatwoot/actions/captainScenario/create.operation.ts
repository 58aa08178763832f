import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField } from '../captainAssistant/helpers';
import { scenarioBody, scenarioFields } from './helpers';

export const create = defineOperation({
	resource: 'captainScenario',
	operation: 'create',
	name: 'Create',
	action: 'Create a scenario',
	description: enterpriseOnly('Teach an assistant how to handle one kind of conversation'),
	fields: [
		captainAssistantField(),
		field.string('title', 'Title', { required: true }),
		field.string('description', 'Description', { required: true, rows: 2, description: 'When the scenario applies' }),
		field.string('instruction', 'Instruction', { required: true, rows: 4, description: 'What the assistant should do in it' }),
		field.collection('additionalFields', 'Additional Fields', scenarioFields()),
	],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/captain/assistants/${p.assistantId}/scenarios`,
		body: scenarioBody({ title: p.title, description: p.description, instruction: p.instruction, ...p.additionalFields }),
	}),
});
