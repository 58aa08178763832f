/**
 * Path ids: every operation of the registry that puts a typed id in its path either refuses a bad id
 * before any request (an input error naming the item and the field) or sends exactly one request to
 * its own route with the id as one encoded segment — never to another route.
 */
import { ID_CASES, PLATFORMS, byId, expectRefused, idMustBeRefused, runNode, table, useFake, useRetryClock, type IdOperation, type Platform } from '../src';

useRetryClock();

describe.each(table(PLATFORMS))('%s: path ids', (_name, platform: Platform) => {
	const ctx = useFake(platform);
	const idValue = (op: IdOperation<unknown>, value: string) => (op.locator ? byId(value) : value);
	const params = (op: IdOperation<unknown>, value: string) => ({
		...op.parameters?.(ctx.fake),
		resource: op.resource,
		operation: op.operation,
		[op.parameter]: idValue(op, value),
	});

	describe.each(platform.ids.map((op) => [`${op.resource} → ${op.operation}`, op] as const))('%s', (_label, op) => {
		test('control: a valid id reaches the route once', async () => {
			const id = op.validId(ctx.fake);
			const outcome = await runNode(platform, ctx.fake, params(op, id));
			expect(outcome.requests.map((r) => ({ route: r.route, id: r.params[op.routeParam] }))).toEqual([{ route: op.route, id }]);
		});

		test.each(ID_CASES.map((c) => [c.label, c] as const))('id %s', async (_caseLabel, c) => {
			const outcome = await runNode(platform, ctx.fake, params(op, c.value));
			if (idMustBeRefused(c, op)) {
				expectRefused(outcome, op.field);
			} else {
				// Exactly one request, to this route, and the fake decodes exactly the id from one segment.
				expect(outcome.requests.map((r) => ({ method: r.method, route: r.route, id: r.params[op.routeParam] }))).toEqual([
					{ method: outcome.requests[0]?.method, route: op.route, id: c.value },
				]);
				// Whatever the server answered, it is not an input error blaming another field.
				expect(outcome.error?.name).not.toBe('NodeOperationError');
			}
		});
	});

	test('the error names the item that carried the bad id (item 2 of 2; item 1 was sent)', async () => {
		const op = platform.ids[0];
		const good = op.validId(ctx.fake);
		const outcome = await runNode(platform, ctx.fake, (i) => params(op, i === 0 ? good : '..'), { items: 2 });
		const [first, ...rest] = outcome.requests;
		expect(first && { route: first.route, id: first.params[op.routeParam] }).toEqual({ route: op.route, id: good });
		expectRefused({ ...outcome, requests: rest }, op.field, 2);
	});

	test('with "Continue On Fail" each bad id becomes an error item naming its item, and good ones still run', async () => {
		const op = platform.ids[0];
		const values = ['..', op.validId(ctx.fake), '.', 'x'.repeat(100_000)];
		const outcome = await runNode(platform, ctx.fake, (i) => params(op, values[i]), { items: values.length, continueOnFail: true });
		expect(outcome.error).toBeUndefined();
		const errors = outcome.items!.map((item) => (typeof item.json.error === 'string' ? item.json.error.slice(0, `Item 0: "${op.field}" `.length) : 'no error'));
		expect(errors).toEqual([`Item 1: "${op.field}" `, 'no error', `Item 3: "${op.field}" `, `Item 4: "${op.field}" `]);
		expect(outcome.items!.map((item) => item.pairedItem)).toEqual(values.map((_, item) => ({ item })));
		expect(outcome.requests.map((r) => r.route)).toEqual([op.route]);
	});
});
