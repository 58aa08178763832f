import { scopedBatch } from './fields';

export const unresolve = scopedBatch({
	operation: 'unresolve',
	name: 'Unresolve',
	action: 'Reopen many conversations',
	description: 'Mark the chosen conversations, those of an inbox, or all of them, as unresolved in one request',
	route: 'unresolve',
	everyConversation: true,
});
