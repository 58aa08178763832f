/**
 * Numbers: only finite decimal numbers pass. NaN, ±Infinity, "1e999", hexadecimal or binary text,
 * "" where a value is required and fractions where a whole number is required are input errors
 * naming the item and the field, and nothing is sent (JSON would send Infinity as null, and
 * Number("0x10") is 16).
 */
import { NUMBER_CASES, PLATFORMS, expectRefused, numberCaseApplies, runNode, table, useFake, useRetryClock, type NumberOperation, type Platform } from '../src';

useRetryClock();

describe.each(table(PLATFORMS))('%s: numbers', (_name, platform: Platform) => {
	const ctx = useFake(platform);

	describe.each(platform.numbers.map((op) => [`${op.resource} → ${op.operation}: "${op.field}"`, op] as const))('%s', (_label, op: NumberOperation<unknown>) => {
		test(`control: a valid value (${op.validValue}) is sent, in one request`, async () => {
			const outcome = await runNode(platform, ctx.fake, op.parameters(ctx.fake, op.validValue));
			expect(outcome.requests.map((r) => r.route)).toEqual([op.route]);
			expect(outcome.error?.name).not.toBe('NodeOperationError');
		});

		const cases = NUMBER_CASES.filter((c) => numberCaseApplies(c, op));
		test.each(cases.map((c) => [c.label, c] as const))('%s is refused before any request', async (_caseLabel, c) => {
			expectRefused(await runNode(platform, ctx.fake, op.parameters(ctx.fake, c.value)), op.field);
		});
	});
});
