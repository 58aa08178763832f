/**
 * Return All over a list that changes while it is read page by page: records deleted (which
 * shifts later records onto pages already read) and records added at the top (which shifts read
 * records onto later pages). Every record that existed during the whole walk must come out exactly
 * once; the test counts the lost and the duplicated and fails on any. Where the list keeps changing,
 * a walk may instead stop with an error naming the item (never a silent hole). A list whose
 * answers carry no total (`list.total: false`) cannot show a shift back: there, deletions of read
 * records may cost at most as many unread records as were deleted (see `afterReadDeletions`).
 */
import { NodeOperationError } from 'n8n-workflow';

import {
	PLATFORMS,
	expectSuccess,
	insertRecords,
	once,
	removeServed,
	runNode,
	table,
	tally,
	useFake,
	useRetryClock,
	watchList,
	type ListChange,
	type Outcome,
	type Platform,
	unexpectedLoss,
} from '../src';

useRetryClock();

describe.each(table(PLATFORMS))('%s: Return All while the list changes', (_name, platform: Platform) => {
	const ctx = useFake(platform, true);
	const list = platform.list;
	beforeEach(() => list.prepare(ctx.fake));

	/** Runs Return All while `change` acts before each page request after the first. */
	async function walk(change?: ListChange): Promise<{ outcome: Outcome; count: ReturnType<typeof tally>; output: string[]; before: string[]; throughout: string[]; pages: number }> {
		const before = list.ids(ctx.fake);
		const watch = watchList(platform, ctx.fake, change);
		const outcome = await runNode(platform, ctx.fake, list.parameters(ctx.fake)).catch((error) => {
			watch.finish();
			throw error;
		});
		const throughout = watch.finish();
		const output = (outcome.items ?? []).map((i) => list.idOf(i.json));
		return { outcome, output, before, throughout, count: tally(throughout, output), pages: watch.pages() };
	}
	const noneLostOrTwice = { lost: [], duplicated: [] };
	/**
	 * After records already read were deleted. With a total the node sees the shift and re-reads:
	 * nothing lost. Without one (`list.total: false`, e.g. Crisp) no answer shows the shift, so the
	 * records it moved back onto read pages may be missed: never more than were deleted, never one
	 * twice, and every other record comes out.
	 */
	const afterReadDeletions = (w: Awaited<ReturnType<typeof walk>>) => {
		const deleted = w.before.length - w.throughout.length;
		expect(deleted).toBeGreaterThan(0);
		expect(unexpectedLoss(platform, w.count, deleted)).toEqual(noneLostOrTwice);
		if (list.total !== false) expect(w.count).toEqual(noneLostOrTwice);
	};

	test('control: an unchanged list comes out whole, each record once, in at least three pages', async () => {
		const w = await walk();
		expectSuccess(w.outcome);
		expect(w.count).toEqual(noneLostOrTwice);
		expect(w.output).toHaveLength(w.throughout.length);
		expect(w.pages).toBeGreaterThanOrEqual(3);
	});

	test('3 records already read are deleted before page 2: nothing else is lost (without a total: at most 3 shifted back)', async () => {
		const w = await walk(once(removeServed(platform, ctx.fake, 3)));
		expectSuccess(w.outcome);
		afterReadDeletions(w);
	});

	test('3 records arrive at the top before page 2: nothing is repeated', async () => {
		const w = await walk(once(insertRecords(platform, ctx.fake, 3)));
		expectSuccess(w.outcome);
		expect(w.count).toEqual(noneLostOrTwice);
	});

	test('3 records deleted and 2 arrive before page 2', async () => {
		const remove = removeServed(platform, ctx.fake, 3);
		const insert = insertRecords(platform, ctx.fake, 2);
		const w = await walk(once((page, served) => (remove(page, served), insert(page, served))));
		expectSuccess(w.outcome);
		afterReadDeletions(w);
	});

	test('records not read yet are deleted before page 2 (the total drops, nothing shifts back)', async () => {
		const w = await walk(
			once((_page, served) => {
				// The last three records, which no page has carried yet.
				const unread = list.ids(ctx.fake).filter((id) => !served.includes(id));
				for (const id of unread.slice(-3)) list.remove(ctx.fake, id);
			}),
		);
		expectSuccess(w.outcome);
		expect(w.count).toEqual(noneLostOrTwice);
	});

	/** Giving up is allowed where the list keeps changing, loudly: an error naming the item, not a short list. */
	const noSilentHole = (w: Awaited<ReturnType<typeof walk>>) => {
		if (w.outcome.error) {
			expect(w.outcome.error).toBeInstanceOf(NodeOperationError);
			expect(w.outcome.error.message).toMatch(/^Item 1: /);
		} else {
			afterReadDeletions(w);
		}
	};

	test('the list shrinks before each of the next two page requests: no silent hole', async () => {
		const remove = removeServed(platform, ctx.fake, 1);
		noSilentHole(await walk((page, served) => page <= 3 && remove(page, served)));
	});

	test('the list shrinks before every page request, re-reads included: the walk ends, with no silent hole', async () => {
		noSilentHole(await walk(removeServed(platform, ctx.fake, 1)));
	});
});
