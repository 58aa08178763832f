import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { EVENTS, customEventField, eventName } from './fields';

export const create = defineOperation({
	resource: 'webhook',
	operation: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Subscribe a target URL to one event (several events need several webhooks)',
	fields: [
		field.url('targetUrl', 'Target URL', { required: true, description: 'Where Chaport posts each event (Chaport signs nothing: put a secret in the URL to recognise its calls)' }),
		field.options('event', 'Event', EVENTS, { required: true }),
		customEventField({ event: ['custom'] }),
		field.collection('options', 'Options', [field.boolean('essential', 'Essential', { description: "Whether the subscription is marked essential (sent as Chaport's essential flag; its meaning is not documented)" })]),
	],
	check(p, tools) {
		if (p.event === 'custom' && p.customEvent === undefined) tools.fail('Custom Event Name', 'is required when the event is Custom Event');
	},
	request: (p) => {
		const body: IDataObject = { targetUrl: p.targetUrl, event: eventName(p.event, p.customEvent) };
		if (p.options.essential !== undefined) body.essential = p.options.essential;
		return { method: 'POST', path: '/events/subscriptions', body };
	},
});
