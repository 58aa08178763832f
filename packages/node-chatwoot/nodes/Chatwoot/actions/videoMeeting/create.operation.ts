import { defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const create = defineOperation({
	resource: 'videoMeeting',
	operation: 'create',
	name: 'Create',
	action: 'Start a video meeting in a conversation',
	description: 'Create a Dyte meeting and post its join message in the conversation (the Dyte integration must be connected); returns the message',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: '/integrations/dyte/create_a_meeting', body: { conversation_id: Number(p.conversationId) } }),
});
