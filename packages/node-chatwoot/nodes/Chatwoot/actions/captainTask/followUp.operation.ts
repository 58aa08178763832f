import { defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const followUp = defineOperation({
	resource: 'captainTask',
	operation: 'followUp',
	name: 'Follow Up',
	action: 'Ask Captain a follow-up on an earlier result',
	description: 'Refine an earlier Captain result (e.g. "shorter"): pass the follow_up_context Captain returned with it',
	fields: [
		conversationField(),
		field.string('message', 'Message', { required: true, rows: 2, description: 'What to change, e.g. "make it shorter"' }),
		field.json('followUpContext', 'Follow-Up Context', { required: true, description: 'The follow_up_context object of the earlier result' }),
	],
	request: (p) => ({
		method: 'POST',
		path: '/captain/tasks/follow_up',
		body: { conversation_display_id: Number(p.conversationId), message: p.message, follow_up_context: p.followUpContext },
	}),
});
