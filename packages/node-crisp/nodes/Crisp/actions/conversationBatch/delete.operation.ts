import { scopedBatch } from './fields';

export const deleteMany = scopedBatch({
	operation: 'delete',
	name: 'Delete',
	action: 'Delete many conversations',
	description: 'Delete the chosen conversations, or every conversation of an inbox, for good',
	route: 'remove',
	everyConversation: false,
});
