import { locatorField } from './common';

export const conversationField = locatorField('conversationId', 'Conversation', {
	searchListMethod: 'searchConversations',
	description: 'The conversation number shown in the dashboard (its per-account display ID)',
});

export const CONVERSATION_STATUSES = [
	{ name: 'Open', value: 'open' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Resolved', value: 'resolved' },
	{ name: 'Snoozed', value: 'snoozed' },
];

export const PRIORITIES = [
	{ name: 'Urgent', value: 'urgent' },
	{ name: 'High', value: 'high' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'Low', value: 'low' },
	{ name: 'None', value: 'none' },
];
