import { scopedBatch } from './fields';

export const markUnread = scopedBatch({
	operation: 'markUnread',
	name: 'Mark Unread',
	action: 'Mark many conversations as unread',
	description: 'Mark the chosen conversations, those of an inbox, or all of them, as unread for the team',
	route: 'unread',
	everyConversation: true,
});
