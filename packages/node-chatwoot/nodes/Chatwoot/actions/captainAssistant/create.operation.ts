import { defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { assistantConfig, assistantSettingFields } from './helpers';

export const create = defineOperation({
	resource: 'captainAssistant',
	operation: 'create',
	name: 'Create',
	action: 'Create an assistant',
	description: enterpriseOnly('Create a Captain AI assistant (administrators)'),
	fields: [
		field.string('name', 'Name', { required: true }),
		field.string('description', 'Description', { required: true, rows: 2, description: 'What the assistant is for' }),
		field.collection('additionalFields', 'Additional Fields', assistantSettingFields()),
	],
	request: (p) => ({
		method: 'POST',
		path: '/captain/assistants',
		body: {
			assistant: {
				name: p.name,
				description: p.description,
				config: assistantConfig(p.additionalFields),
				response_guidelines: p.additionalFields.responseGuidelines,
				guardrails: p.additionalFields.guardrails,
			},
		},
	}),
});
