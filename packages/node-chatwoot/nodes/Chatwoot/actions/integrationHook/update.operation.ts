import { apiPath, defineOperation, field } from '@leadchat/core';
import { integrationHookField } from '../../descriptions';
import { settingsField, statusField, statusNumber } from './helpers';

export const update = defineOperation({
	resource: 'integrationHook',
	operation: 'update',
	name: 'Update',
	action: 'Update an integration hook',
	description: 'Enable or disable a hook, or change its settings',
	fields: [
		integrationHookField(),
		field.collection('updateFields', 'Update Fields', [statusField(), settingsField(false)], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/integrations/hooks/${p.hookId}`,
		body: { status: statusNumber(p.updateFields.status), settings: p.updateFields.settings },
	}),
});
