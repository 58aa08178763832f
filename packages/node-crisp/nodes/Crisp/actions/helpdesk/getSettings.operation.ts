import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '@leadchat/core';
import { withoutSecrets } from '../../helpers/output';

const isObject = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The settings as Crisp gives them, except the helpdesk's access password and JWT secret
 * [C-client HelpdeskSettingsAccess]: n8n stores every item of an execution, and those are secrets.
 */
export const getSettings = defineOperation({
	resource: 'helpdesk',
	operation: 'getSettings',
	name: 'Get Settings',
	action: 'Get the helpdesk settings',
	description: 'Name, appearance, localization, section names, behavior, service, included HTML and access mode (without the access password or JWT secret)',
	fields: [],
	request: () => ({ method: 'GET', path: '/helpdesk/settings' }),
	output: (body: unknown) => {
		const settings = isObject(body) ? body : {};
		return isObject(settings.access) ? { ...settings, access: withoutSecrets(settings.access, ['password', 'jwt_secret']) } : settings;
	},
});
