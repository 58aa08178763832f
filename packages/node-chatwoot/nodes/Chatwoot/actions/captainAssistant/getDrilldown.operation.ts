import { apiPath, defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { captainAssistantField, rangeFields, readTotalCountPage } from './helpers';

/** MAX_PER_PAGE of Captain::AssistantDrilldownBuilder, asked for to walk in few requests. */
const PER_PAGE = 100;

export const getDrilldown = defineOperation({
	resource: 'captainAssistant',
	operation: 'getDrilldown',
	name: 'Get Drilldown',
	action: "Get the conversations behind an assistant's stat",
	description: enterpriseOnly('The conversations counted in one stat of the assistant (administrators)'),
	fields: [
		captainAssistantField(),
		field.options(
			'metric',
			'Stat',
			[
				{ name: 'Auto-Resolution Rate', value: 'auto_resolution_rate' },
				{ name: 'Conversations Handled', value: 'conversations_handled' },
				{ name: 'Handoff Rate', value: 'handoff_rate' },
				{ name: 'Reopen Rate', value: 'reopen_rate' },
			],
			{ required: true, default: 'conversations_handled' },
		),
		...returnAllOrLimit(),
		field.collection('options', 'Options', rangeFields()),
	],
	list: {
		request: (p) => ({
			method: 'GET',
			path: apiPath`/captain/assistants/${p.assistantId}/drilldown`,
			qs: { metric: p.metric, range: p.options.range, timezone_offset: p.options.timezoneOffset, per_page: PER_PAGE },
		}),
		paging: paging.pageNumber(PER_PAGE),
		read: readTotalCountPage,
		key: false,
	},
});
