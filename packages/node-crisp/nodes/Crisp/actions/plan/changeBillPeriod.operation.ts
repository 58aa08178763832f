import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { planPath } from './fields';

export const changeBillPeriod = defineOperation({
	resource: 'plan',
	operation: 'changeBillPeriod',
	name: 'Change Bill Period',
	action: 'Change the bill period of a website plan',
	fields: [
		websiteField(),
		field.options(
			'period',
			'Bill Period',
			[
				{ name: 'Monthly', value: 'monthly' },
				{ name: 'Yearly', value: 'yearly' },
			],
			{ required: true },
		),
	],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'PATCH', path: await planPath(this, itemIndex, '/bill/period'), body: { period: p.period } }));
	},
});
