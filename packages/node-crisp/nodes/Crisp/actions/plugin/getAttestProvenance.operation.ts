import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { pluginIdField, subscriptionPath } from './fields';

export const getAttestProvenance = defineOperation({
	resource: 'plugin',
	operation: 'getAttestProvenance',
	name: 'Get Attest Provenance',
	action: 'Attest that a website subscribed to a plugin',
	description: "Crisp's attestation that this website's subscription to the plugin is genuine",
	fields: [websiteField(), pluginIdField()],
	async execute(p, tools, itemIndex) {
		return tools.request({ method: 'GET', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/attest/provenance` });
	},
});
