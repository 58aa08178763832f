import { defineOperation, field } from '@leadchat/core';
import { sinceUntilFields } from './helpers';

export const getOutgoingMessagesCount = defineOperation({
	resource: 'report',
	operation: 'getOutgoingMessagesCount',
	name: 'Get Outgoing Messages Count',
	action: 'Get the outgoing messages count',
	description: 'How many messages were sent in the period, per agent, team, inbox or label',
	fields: [
		field.options(
			'groupBy',
			'Group By',
			[
				{ name: 'Agent', value: 'agent' },
				{ name: 'Inbox', value: 'inbox' },
				{ name: 'Label', value: 'label' },
				{ name: 'Team', value: 'team' },
			],
			{ required: true, default: 'agent' },
		),
		...sinceUntilFields(),
	],
	request: (p) => ({ method: 'GET', path: '/reports/outgoing_messages_count', family: 'accountV2', qs: { group_by: p.groupBy, since: p.since, until: p.until } }),
});
