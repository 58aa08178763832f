import { scopedBatch } from './fields';

export const markRead = scopedBatch({
	operation: 'markRead',
	name: 'Mark Read',
	action: 'Mark many conversations as read',
	description: 'Mark the messages of the chosen conversations, those of an inbox, or all of them, as read by the team',
	route: 'read',
	everyConversation: true,
});
