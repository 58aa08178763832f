import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { assistantConfig, assistantSettingFields, captainAssistantField } from './helpers';

export const update = defineOperation({
	resource: 'captainAssistant',
	operation: 'update',
	name: 'Update',
	action: 'Update an assistant',
	description: enterpriseOnly(
		'Change an assistant (administrators). Chatwoot replaces the whole configuration it is sent, so the node reads the assistant first and keeps the settings not given',
	),
	fields: [
		captainAssistantField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[field.string('name', 'Name'), field.string('description', 'Description', { rows: 2 }), ...assistantSettingFields()],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	async execute(p, tools) {
		const path = apiPath`/captain/assistants/${p.assistantId}`;
		const f = p.updateFields;
		const config = assistantConfig(f);
		const assistant: IDataObject = { name: f.name, description: f.description, response_guidelines: f.responseGuidelines, guardrails: f.guardrails };
		if (Object.keys(config).length) {
			const current = await tools.request<IDataObject>({ method: 'GET', path });
			const kept = current?.config && typeof current.config === 'object' && !Array.isArray(current.config) ? (current.config as IDataObject) : {};
			assistant.config = { ...kept, ...config };
		}
		return await tools.request<IDataObject>({ method: 'PATCH', path, body: { assistant } });
	},
});
