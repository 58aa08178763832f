import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { planPath } from './fields';

export const redeemCoupon = defineOperation({
	resource: 'plan',
	operation: 'redeemCoupon',
	name: 'Redeem Coupon',
	action: 'Redeem a coupon for a website plan',
	fields: [websiteField(), field.string('code', 'Coupon Code', { required: true })],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'PATCH', path: await planPath(this, itemIndex, '/coupon'), body: { code: p.code } }));
	},
});
