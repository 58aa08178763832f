import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { planPath } from './fields';

export const get = defineOperation({
	resource: 'plan',
	operation: 'get',
	name: 'Get',
	action: 'Get the plan subscription of a website',
	fields: [websiteField()],
	async execute(_p, tools, itemIndex) {
		return tools.request({ method: 'GET', path: await planPath(this, itemIndex) });
	},
});
