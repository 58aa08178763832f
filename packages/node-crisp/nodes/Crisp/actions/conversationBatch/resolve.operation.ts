import { scopedBatch } from './fields';

export const resolve = scopedBatch({
	operation: 'resolve',
	name: 'Resolve',
	action: 'Resolve many conversations',
	description: 'Resolve the chosen conversations, those of an inbox, or all of them, in one request',
	route: 'resolve',
	everyConversation: true,
});
