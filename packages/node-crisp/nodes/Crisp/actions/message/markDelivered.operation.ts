import { markOperation } from './fields';

export const markDelivered = markOperation({
	operation: 'markDelivered',
	name: 'Mark Delivered',
	action: 'Mark messages as delivered',
	description: 'Mark messages as delivered (e.g. when your own channel delivered them)',
	route: 'delivered',
	fromHelp: 'Whose side the messages were delivered to',
});
