/**
 * Return All while the server throttles one page request. Where the list tells its total the node
 * reads the pages after the first concurrently; once one is throttled it must go one request at a
 * time: after the requests already at the server are answered, each later request arrives alone.
 * Every record comes out once either way (a throttled request did nothing and is sent again).
 */
import { DEFAULT_CONCURRENCY } from '@leadchat/core';

import { PLATFORMS, expectSuccess, runNode, table, tally, useFake, useRetryClock, type Platform } from '../src';

useRetryClock();

describe.each(table(PLATFORMS))('%s: Return All with a throttled page', (_name, platform: Platform) => {
	const ctx = useFake(platform, true);
	const list = platform.list;
	beforeEach(() => {
		list.prepare(ctx.fake);
		// Enough records for several pages after the throttled one.
		for (let i = 0; i < 200; i++) list.insert(ctx.fake);
	});

	test('the third page request is throttled: every record once, and one request at a time after it', async () => {
		const before = list.ids(ctx.fake);
		let requests = 0;
		let atServer = 0;
		let throttledOrder: number | undefined;
		// Each request of the list: the order the node sent it in (the test kit's client numbers
		// them), and how many others of the list were at the server when it arrived.
		const arrivals: Array<{ order: number; others: number }> = [];
		const remove = platform.server(ctx.fake).intercept(async (req, next) => {
			if (req.route !== list.route) return next();
			if (req.sendOrder === undefined) throw new Error('no send order: the request did not come from the test kit client');
			arrivals.push({ order: req.sendOrder, others: atServer });
			requests++;
			if (requests === 3) {
				throttledOrder = req.sendOrder;
				return platform.tooManyRequests;
			}
			atServer++;
			try {
				// Answers take a moment (the 429 does not), so that requests sent together are at the
				// server together and none of them is answered before the node has seen the 429.
				await new Promise((resolve) => setTimeout(resolve, 20));
				return await next();
			} finally {
				atServer--;
			}
		});
		const outcome = await runNode(platform, ctx.fake, list.parameters(ctx.fake)).finally(remove);
		const output = expectSuccess(outcome).map((i) => list.idOf(i.json));
		expect(tally(before, output)).toEqual({ lost: [], duplicated: [] });
		expect(output).toHaveLength(before.length);
		// When the 429 was answered, the node had at most DEFAULT_CONCURRENCY requests out, the
		// throttled one among them, so any it sent later than DEFAULT_CONCURRENCY - 1 after the
		// throttled one was sent once it knew: each of those found no other request at the server.
		expect(throttledOrder).toEqual(expect.any(Number));
		const paced = arrivals.filter((a) => a.order > throttledOrder! + DEFAULT_CONCURRENCY - 1);
		expect(paced.length).toBeGreaterThan(0);
		expect(paced.filter((a) => a.others !== 0)).toEqual([]);
	});
});
