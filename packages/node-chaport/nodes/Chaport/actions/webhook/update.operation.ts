import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { webhookField } from '../../descriptions';
import { EVENTS, customEventField, eventName } from './fields';

export const update = defineOperation({
	resource: 'webhook',
	operation: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: 'Change only the fields given',
	fields: [
		webhookField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.url('targetUrl', 'Target URL'),
				field.options('event', 'Event', EVENTS),
				customEventField(),
				field.boolean('essential', 'Essential', { description: "Chaport's essential flag (its meaning is not documented)" }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	check(p, tools) {
		const { event, customEvent } = p.updateFields;
		if (event === 'custom' && customEvent === undefined) tools.fail('Update Fields → Custom Event Name', 'is required when the event is Custom Event');
		if (customEvent !== undefined && event !== 'custom') tools.fail('Update Fields → Event', 'must be Custom Event when a Custom Event Name is given');
	},
	request: ({ webhookId, updateFields: f }) => ({
		method: 'PUT',
		path: apiPath`/events/subscriptions/${webhookId}`,
		body: compact({ targetUrl: f.targetUrl, event: eventName(f.event, f.customEvent), essential: f.essential }),
	}),
});
