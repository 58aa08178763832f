import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { planPath } from './fields';

export const subscribe = defineOperation({
	resource: 'plan',
	operation: 'subscribe',
	name: 'Subscribe',
	action: 'Subscribe a website to a plan',
	fields: [websiteField(), field.id('planId', 'Plan ID', { description: 'The Crisp plan to subscribe the website to' })],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'POST', path: await planPath(this, itemIndex), body: { plan_id: p.planId } }));
	},
});
