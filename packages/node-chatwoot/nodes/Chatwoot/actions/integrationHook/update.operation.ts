import { apiPath, defineOperation, field } from '@leadchat/core';
import { integrationHookField, requireAnyField } from '../../descriptions';
import { settingsField, statusField, statusNumber } from './shared';

export const update = defineOperation<{ hookId: string; updateFields: { status?: string; settings?: Record<string, unknown> } }>({
	resource: 'integrationHook',
	operation: 'update',
	name: 'Update',
	action: 'Update an integration hook',
	description: 'Enable or disable a hook, or change its settings',
	fields: [integrationHookField(), field.collection('updateFields', 'Update Fields', [statusField(), settingsField(false)])],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/integrations/hooks/${p.hookId}`,
		body: { status: statusNumber(p.updateFields.status), settings: p.updateFields.settings },
	}),
});
