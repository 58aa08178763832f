import { markOperation } from './fields';

export const markRead = markOperation({
	operation: 'markRead',
	name: 'Mark Read',
	action: 'Mark messages as read',
	description: "Mark messages as read, by the team (the visitor's messages) or by the visitor (the team's)",
	route: 'read',
	fromHelp: "Who read the messages: the team reads the visitor's messages, the visitor reads the team's",
});
