import { defineOperation } from '@leadchat/core';
import { succeeds } from '../../helpers/output';

export const checkSession = defineOperation({
	resource: 'plugin',
	operation: 'checkSession',
	name: 'Check Session',
	action: 'Check that the plugin token is valid',
	description: 'Output { valid: true }, or { valid: false } when Crisp refuses the token (401); other failures are errors',
	fields: [],
	execute: async (_p, tools) => ({ valid: await succeeds(() => tools.request({ method: 'HEAD', path: '/plugin/connect/session' }), '401') }),
});
