import type { ResourceSpec } from '@leadchat/core';
import { changeBillPeriod } from './changeBillPeriod.operation';
import { checkCoupon } from './checkCoupon.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { redeemCoupon } from './redeemCoupon.operation';
import { subscribe } from './subscribe.operation';
import { unsubscribe } from './unsubscribe.operation';

/** Crisp plan subscriptions of websites (billing). */
export const plan: ResourceSpec = {
	value: 'plan',
	name: 'Plan',
	description: 'Crisp plan subscriptions of websites',
	family: 'root',
	operations: [changeBillPeriod, checkCoupon, get, getAll, redeemCoupon, subscribe, unsubscribe],
	defaultOperation: get,
};
