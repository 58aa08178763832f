/**
 * Return All while the server throttles one page request. Where the list tells its total the node
 * reads the pages after the first concurrently; once one is throttled it must go one request at a
 * time: after the requests already at the server are answered, each later request arrives alone.
 * Every record comes out once either way (a throttled request did nothing and is sent again).
 */
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
		let throttled = false;
		let drained = false;
		const arrivedAfterDrain: number[] = [];
		const remove = platform.server(ctx.fake).intercept(async (req, next) => {
			if (req.route !== list.route) return next();
			if (drained) arrivedAfterDrain.push(atServer);
			requests++;
			if (requests === 3) {
				throttled = true;
				return platform.tooManyRequests;
			}
			atServer++;
			try {
				// Answers take a moment, so that requests sent together are at the server together.
				await new Promise((resolve) => setTimeout(resolve, 3));
				return await next();
			} finally {
				atServer--;
				if (throttled && atServer === 0) drained = true;
			}
		});
		const outcome = await runNode(platform, ctx.fake, list.parameters(ctx.fake)).finally(remove);
		const output = expectSuccess(outcome).map((i) => list.idOf(i.json));
		expect(throttled).toBe(true);
		expect(tally(before, output)).toEqual({ lost: [], duplicated: [] });
		expect(output).toHaveLength(before.length);
		expect(arrivedAfterDrain.length).toBeGreaterThan(0);
		expect(arrivedAfterDrain.every((n) => n === 0)).toBe(true);
	});
});
