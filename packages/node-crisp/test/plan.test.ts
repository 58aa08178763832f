/**
 * Plan resource: the Crisp plan subscriptions of websites (list, get, subscribe, unsubscribe, bill
 * period, coupons), against the fake Crisp server.
 */
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'plan', operation, ...parameters });
const P = (websiteId = h.fake.websiteId) => `/v1/plans/subscription/${websiteId}`;
const other = () => h.fake.seeded!.otherWebsiteId;

describe('plan', () => {
	it('getAll and get: GET /plans/subscription[/{website}]', async () => {
		const all = jsonOf(await run('getAll', { returnAll: true }));
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ name: 'Unlimited', website: { id: h.fake.websiteId, name: 'Acme Store' } });
		expect(jsonOf(await run('get'))).toEqual(all);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: '/v1/plans/subscription', query: {} },
			{ method: 'GET', path: P(), query: {} },
		]);
	});

	it('subscribe a website without a plan, change its bill period, then unsubscribe', async () => {
		expect(jsonOf(await run('subscribe', { websiteId: byId(other()), planId: 'a1b2c3d4-0000-4000-8000-000000000001' }))).toEqual([{ success: true }]);
		expect(jsonOf(await run('changeBillPeriod', { websiteId: byId(other()), period: 'yearly' }))).toEqual([{ success: true }]);
		expect(h.fake.site(other()).plan).toMatchObject({ id: 'a1b2c3d4-0000-4000-8000-000000000001', bill_period: 'yearly' });
		expect(jsonOf(await run('unsubscribe', { websiteId: byId(other()) }))).toEqual([{ success: true }]);
		expect(h.fake.site(other()).plan).toBeUndefined();
		expect(h.requests()).toEqual([
			{ method: 'POST', path: P(other()), query: {}, body: { plan_id: 'a1b2c3d4-0000-4000-8000-000000000001' } },
			{ method: 'PATCH', path: `${P(other())}/bill/period`, query: {}, body: { period: 'yearly' } },
			{ method: 'DELETE', path: P(other()), query: {} },
		]);
	});

	it('coupons: check (GET ?code=) then redeem (PATCH {code}); an unknown coupon is not_found', async () => {
		expect(jsonOf(await run('checkCoupon', { code: 'WELCOME20' }))[0]).toMatchObject({ code: 'WELCOME20', policy: { rebate_percent: 20 } });
		expect(jsonOf(await run('redeemCoupon', { code: 'WELCOME20' }))).toEqual([{ success: true }]);
		expect(h.fake.site().plan).toMatchObject({ coupon_redeemed: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${P()}/coupon`, query: { code: 'WELCOME20' } },
			{ method: 'PATCH', path: `${P()}/coupon`, query: {}, body: { code: 'WELCOME20' } },
		]);
		await apiError(h, { resource: 'plan', operation: 'checkCoupon', code: 'NOPE' }, 404, 'not_found');
	});

	it('refuses a bill period Crisp does not have and a missing coupon code', async () => {
		await refused(h, { resource: 'plan', operation: 'changeBillPeriod', period: 'weekly' }, 'Bill Period', /must be one of: monthly, yearly/);
		await refused(h, { resource: 'plan', operation: 'redeemCoupon' }, 'Coupon Code', /is required/);
	});
});
