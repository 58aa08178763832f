import { compact, defineOperation, field } from '@leadchat/core';
import { latestOrChatField, operatorIdsField, visitorField } from '../../descriptions';
import { record } from '../../helpers/output';
import { STAGES, putChat } from './fields';

export const update = defineOperation({
	resource: 'chat',
	operation: 'update',
	name: 'Update',
	action: 'Update a chat',
	description: "Change a chat's stage, operators, team or rating (the visitor's latest chat when no chat is given)",
	fields: [
		visitorField(),
		latestOrChatField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.options('stage', 'Stage', STAGES, { default: 'closed' }),
				operatorIdsField('operatorIds', 'Operators'),
				field.string('teamId', 'Team ID', { description: 'The team the chat belongs to' }),
				field.number('rating', 'Rating', { integer: true, min: 1, max: 5, description: "The chat's rating, 1 to 5" }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: ({ visitorId, chatId, updateFields }) => putChat(visitorId, chatId, compact(updateFields)),
	output: record,
});
