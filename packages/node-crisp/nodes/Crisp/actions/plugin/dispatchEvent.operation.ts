import { compact, defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const dispatchEvent = defineOperation({
	resource: 'plugin',
	operation: 'dispatchEvent',
	name: 'Dispatch Event',
	action: 'Dispatch a plugin event',
	description: 'Emit a named event from the plugin on the website (delivered as a plugin:event)',
	fields: [
		websiteField(),
		pluginIdField(),
		field.string('name', 'Event Name', { required: true, placeholder: 'e.g. order:paid' }),
		field.json('data', 'Data (JSON)', { description: 'Details of the event, as a JSON object' }),
	],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'POST', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/event`, body: compact({ name: p.name, data: p.data }) }));
	},
});
