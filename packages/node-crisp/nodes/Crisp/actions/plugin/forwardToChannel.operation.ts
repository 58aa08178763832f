import { compact, defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const forwardToChannel = defineOperation({
	resource: 'plugin',
	operation: 'forwardToChannel',
	name: 'Forward to Channel',
	action: "Forward a payload to the plugin's channel",
	description: 'Send a payload that Crisp delivers to the plugin as a plugin:channel event',
	fields: [
		websiteField(),
		pluginIdField(),
		field.string('namespace', 'Namespace', { placeholder: 'e.g. sync' }),
		field.string('identifier', 'Identifier', { placeholder: 'e.g. order-42' }),
		field.json('payload', 'Payload (JSON)', { description: 'The data to forward, as a JSON object' }),
	],
	async execute(p, tools, itemIndex) {
		const body = compact({ namespace: p.namespace, identifier: p.identifier, payload: p.payload });
		return written(await tools.request({ method: 'POST', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/channel`, body }));
	},
});
