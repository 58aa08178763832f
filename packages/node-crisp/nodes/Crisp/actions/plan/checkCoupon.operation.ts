import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { planPath } from './fields';

export const checkCoupon = defineOperation({
	resource: 'plan',
	operation: 'checkCoupon',
	name: 'Check Coupon',
	action: 'Check a coupon for a website plan',
	description: "Output the coupon's policy when it can be redeemed; an unknown coupon fails with Crisp's answer",
	fields: [websiteField(), field.string('code', 'Coupon Code', { required: true })],
	async execute(p, tools, itemIndex) {
		return tools.request({ method: 'GET', path: await planPath(this, itemIndex, '/coupon'), qs: { code: p.code } });
	},
});
