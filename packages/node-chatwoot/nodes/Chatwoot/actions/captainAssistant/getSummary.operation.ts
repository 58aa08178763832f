import { apiPath, defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField, rangeFields } from './helpers';

export const getSummary = defineOperation({
	resource: 'captainAssistant',
	operation: 'getSummary',
	name: 'Get Summary',
	action: "Get an AI summary of an assistant's period",
	description: enterpriseOnly("A short text Captain writes about the assistant's stats of the period (cached by Chatwoot for an hour)"),
	fields: [captainAssistantField(), field.collection('options', 'Options', rangeFields())],
	request: (p) => ({ method: 'GET', path: apiPath`/captain/assistants/${p.assistantId}/summary`, qs: { range: p.options.range, timezone_offset: p.options.timezoneOffset } }),
});
