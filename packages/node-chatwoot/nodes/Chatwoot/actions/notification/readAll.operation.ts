import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';

export const readAll = defineOperation({
	resource: 'notification',
	operation: 'readAll',
	name: 'Mark All as Read',
	action: 'Mark all notifications as read',
	description: 'Every notification of the user of the credential, or only those about one conversation or message',
	fields: [
		field.collection('options', 'Options', [
			field.options(
				'primaryActorType',
				'Only About',
				[
					{ name: 'Conversation', value: 'Conversation' },
					{ name: 'Message', value: 'Message' },
				],
				{ default: 'Conversation', description: 'The kind of record the notifications are about (their primary_actor_type)' },
			),
			field.id('primaryActorId', 'Only About ID', {
				numeric: true,
				required: false,
				description: 'The primary_actor_id shown on the notifications (for a conversation: its internal ID, not its number)',
			}),
		]),
	],
	check(p, tools) {
		const o = p.options;
		if ((o.primaryActorType === undefined) !== (o.primaryActorId === undefined)) {
			tools.fail(o.primaryActorId === undefined ? 'Options → Only About ID' : 'Options → Only About', 'is needed too: give both or neither');
		}
	},
	request(p) {
		const o = p.options;
		const body: IDataObject | undefined =
			o.primaryActorId !== undefined ? { primary_actor_type: o.primaryActorType, primary_actor_id: Number(o.primaryActorId) } : undefined;
		return { method: 'POST', path: '/notifications/read_all', ...(body ? { body } : {}) };
	},
	output: () => ({ success: true }),
});
