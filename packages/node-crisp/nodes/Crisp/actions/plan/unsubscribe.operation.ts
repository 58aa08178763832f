import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { planPath } from './fields';

export const unsubscribe = defineOperation({
	resource: 'plan',
	operation: 'unsubscribe',
	name: 'Unsubscribe',
	action: 'Unsubscribe a website from its plan',
	fields: [websiteField()],
	async execute(_p, tools, itemIndex) {
		return written(await tools.request({ method: 'DELETE', path: await planPath(this, itemIndex) }));
	},
});
