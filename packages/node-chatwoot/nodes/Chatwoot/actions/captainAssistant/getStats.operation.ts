import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField, rangeFields } from './helpers';

export const getStats = defineOperation({
	resource: 'captainAssistant',
	operation: 'getStats',
	name: 'Get Stats',
	action: "Get an assistant's stats",
	description: enterpriseOnly('Conversations handled, auto-resolution, handoff and reopen rates, hours saved and conversation depth, each against the period before'),
	fields: [captainAssistantField(), field.collection('options', 'Options', rangeFields())],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}/stats`, qs: { range: p.options.range, timezone_offset: p.options.timezoneOffset } }),
});
