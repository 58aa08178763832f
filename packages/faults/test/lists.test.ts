/**
 * Return All over a list that changes while it is read page by page: records deleted (which
 * shifts later records onto pages already read) and records added at the top (which shifts read
 * records onto later pages). Every record that existed during the whole walk must come out exactly
 * once; the test counts the lost and the duplicated and fails on any. A walk may instead stop with
 * an input-level error naming the item (never a silent hole) only where the list keeps changing.
 */
import { NodeOperationError } from 'n8n-workflow';

import { PLATFORMS, expectSuccess, runNode, table, useFake, useRetryClock, type Outcome, type Platform } from '../src';

useRetryClock();

interface Walk {
	outcome: Outcome;
	/** Records that existed before and after the walk. */
	throughout: string[];
	/** Ids of the output items, in order. */
	output: string[];
	/** Page requests the walk made. */
	pages: number;
}

function tally(walk: Walk) {
	const count = new Map<string, number>();
	for (const id of walk.output) count.set(id, (count.get(id) ?? 0) + 1);
	return {
		lost: walk.throughout.filter((id) => !count.has(id)),
		duplicated: [...count].filter(([, n]) => n > 1).map(([id]) => id),
	};
}

describe.each(table(PLATFORMS))('%s: Return All while the list changes', (_name, platform: Platform) => {
	const ctx = useFake(platform, true);
	const list = platform.list;
	beforeEach(() => list.prepare(ctx.fake));

	/**
	 * Runs Return All. Before the fake answers the n-th page request (n ≥ 2), `change(n, served)`
	 * may change the list; `served` holds the ids of the pages answered so far, in order.
	 */
	async function walk(change: (page: number, served: string[]) => void = () => undefined): Promise<Walk> {
		const fake = ctx.fake;
		const served: string[] = [];
		let pages = 0;
		const before = new Set(list.ids(fake));
		const remove = platform.server(fake).intercept(async (req, next) => {
			if (req.route !== list.route) return next();
			pages++;
			if (pages > 1) change(pages, served);
			const response = await next();
			if (response !== 'drop' && (response.status ?? 200) === 200) served.push(...list.pageIds(response.body));
			return response;
		});
		try {
			const outcome = await runNode(platform, fake, list.parameters(fake));
			const after = new Set(list.ids(fake));
			return {
				outcome,
				throughout: [...before].filter((id) => after.has(id)),
				output: (outcome.items ?? []).map((i) => list.idOf(i.json)),
				pages,
			};
		} finally {
			remove();
		}
	}

	const removeServed = (n: number) => (_page: number, served: string[]) => {
		for (const id of served.slice(0, n)) list.remove(ctx.fake, id);
	};
	const insert = (n: number) => () => {
		for (let i = 0; i < n; i++) list.insert(ctx.fake);
	};
	let changedOnce = false;
	beforeEach(() => {
		changedOnce = false;
	});
	const once = (change: (page: number, served: string[]) => void) => (page: number, served: string[]) => {
		if (changedOnce) return;
		changedOnce = true;
		change(page, served);
	};

	test('control: an unchanged list comes out whole, each record once, in at least three pages', async () => {
		const w = await walk();
		expectSuccess(w.outcome);
		expect(tally(w)).toEqual({ lost: [], duplicated: [] });
		expect(w.output).toHaveLength(w.throughout.length);
		expect(w.pages).toBeGreaterThanOrEqual(3);
	});

	test('3 records already read are deleted before page 2: nothing else is lost', async () => {
		const w = await walk(once(removeServed(3)));
		expectSuccess(w.outcome);
		expect(tally(w)).toEqual({ lost: [], duplicated: [] });
	});

	test('3 records arrive at the top before page 2: nothing is repeated', async () => {
		const w = await walk(once(insert(3)));
		expectSuccess(w.outcome);
		expect(tally(w)).toEqual({ lost: [], duplicated: [] });
	});

	test('3 records deleted and 2 arrive before page 2', async () => {
		const w = await walk(
			once((page, served) => {
				removeServed(3)(page, served);
				insert(2)();
			}),
		);
		expectSuccess(w.outcome);
		expect(tally(w)).toEqual({ lost: [], duplicated: [] });
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
		expect(tally(w)).toEqual({ lost: [], duplicated: [] });
	});
	test('the list shrinks before each of the next two page requests: no silent hole', async () => {
		const w = await walk((page, served) => {
			if (page <= 3) removeServed(1)(page, served.slice(page - 2));
		});
		if (w.outcome.error) {
			// Giving up is allowed, loudly: an error that names the item, not a short list.
			expect(w.outcome.error).toBeInstanceOf(NodeOperationError);
			expect(w.outcome.error.message).toMatch(/^Item 1: /);
		} else {
			expect(tally(w)).toEqual({ lost: [], duplicated: [] });
		}
	});

	test('the list shrinks before every page request, re-reads included: the walk ends, with no silent hole', async () => {
		const w = await walk((_page, served) => {
			const readStill = served.filter((id) => list.ids(ctx.fake).includes(id));
			if (readStill.length) list.remove(ctx.fake, readStill[0]);
		});
		if (w.outcome.error) {
			expect(w.outcome.error).toBeInstanceOf(NodeOperationError);
			expect(w.outcome.error.message).toMatch(/^Item 1: /);
		} else {
			expect(tally(w)).toEqual({ lost: [], duplicated: [] });
		}
	});
});
