import { byCursor, byOffset, byPageNumber, collect, wantedCount, type PageNumberOptions } from '../src/pagination';

/** A list of n records served in pages; counts the pages asked for. */
function source(n: number) {
	const items = Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
	const calls: string[] = [];
	return { items, calls };
}

describe('byPageNumber', () => {
	const pageSize = 15;
	const make = (n: number, tell: 'total' | 'hasMore' | 'nothing') => {
		const s = source(n);
		const gen = (wanted = Infinity) =>
			byPageNumber(
				{
					pageSize,
					fetch: async (page) => {
						s.calls.push(`page=${page}`);
						const slice = s.items.slice((page - 1) * pageSize, page * pageSize);
						if (tell === 'total') return { items: slice, total: n };
						if (tell === 'hasMore') return { items: slice, hasMore: page * pageSize < n };
						return { items: slice };
					},
				},
				wanted,
			);
		return { s, gen };
	};

	test.each(['total', 'hasMore'] as const)('Return All over 3 pages stops at the last page without a wasted request (%s)', async (tell) => {
		const { s, gen } = make(40, tell);
		const out = await collect(gen(), { returnAll: true });
		expect(out.map((i) => i.id)).toEqual(s.items.map((i) => i.id));
		expect(s.calls).toEqual(['page=1', 'page=2', 'page=3']);
	});

	test('Return All when the API tells nothing: stops on a short page', async () => {
		const { s, gen } = make(40, 'nothing');
		expect(await collect(gen(), { returnAll: true })).toHaveLength(40);
		expect(s.calls).toEqual(['page=1', 'page=2', 'page=3']);
	});

	test('Return All when the API tells nothing and the last page is full: one empty page ends it', async () => {
		const { s, gen } = make(30, 'nothing');
		expect(await collect(gen(), { returnAll: true })).toHaveLength(30);
		expect(s.calls).toEqual(['page=1', 'page=2', 'page=3']);
	});

	test.each([
		[5, ['page=1']],
		[15, ['page=1']],
		[16, ['page=1', 'page=2']],
		[40, ['page=1', 'page=2', 'page=3']],
		[100, ['page=1', 'page=2', 'page=3']],
	])('Limit %i returns exactly min(limit, 40) and asks no page it does not need', async (limit, pages) => {
		const { s, gen } = make(40, 'total');
		const out = await collect(gen(wantedCount(false, limit)), { returnAll: false, limit });
		expect(out).toHaveLength(Math.min(limit, 40));
		expect(out.map((i) => i.id)).toEqual(s.items.slice(0, Math.min(limit, 40)).map((i) => i.id));
		expect(s.calls).toEqual(pages);
	});

	test('empty list: one request, no items', async () => {
		const { s, gen } = make(0, 'total');
		expect(await collect(gen(), { returnAll: true })).toEqual([]);
		expect(s.calls).toEqual(['page=1']);
	});

	test('one partial page: one request', async () => {
		const { s, gen } = make(7, 'nothing');
		expect(await collect(gen(), { returnAll: true })).toHaveLength(7);
		expect(s.calls).toEqual(['page=1']);
	});

	test('page numbers as a path segment, starting at 0', async () => {
		const calls: number[] = [];
		const gen = byPageNumber({ pageSize: 2, firstPage: 0, fetch: async (page) => (calls.push(page), { items: page < 2 ? [page * 2, page * 2 + 1] : [page * 2] }) });
		expect(await collect(gen, { returnAll: true })).toEqual([0, 1, 2, 3, 4]);
		expect(calls).toEqual([0, 1, 2]);
	});
});

describe('byOffset', () => {
	const make = (n: number, opts: { total?: boolean; maxOffset?: number; pageSize?: number } = {}) => {
		const s = source(n);
		const gen = (wanted = Infinity) =>
			byOffset(
				{
					pageSize: opts.pageSize ?? 50,
					maxOffset: opts.maxOffset,
					fetch: async (offset, limit) => {
						s.calls.push(`offset=${offset}&limit=${limit}`);
						return { items: s.items.slice(offset, offset + limit), total: opts.total ? n : undefined };
					},
				},
				wanted,
			);
		return { s, gen };
	};

	test('Return All with a total: no request past the end', async () => {
		const { s, gen } = make(100, { total: true });
		expect(await collect(gen(), { returnAll: true })).toHaveLength(100);
		expect(s.calls).toEqual(['offset=0&limit=50', 'offset=50&limit=50']);
	});

	test('Return All without a total: a short page ends it', async () => {
		const { s, gen } = make(120);
		expect(await collect(gen(), { returnAll: true })).toHaveLength(120);
		expect(s.calls).toEqual(['offset=0&limit=50', 'offset=50&limit=50', 'offset=100&limit=50']);
	});

	test.each([
		[10, ['offset=0&limit=10']],
		[50, ['offset=0&limit=50']],
		[60, ['offset=0&limit=50', 'offset=50&limit=10']],
		[500, ['offset=0&limit=50', 'offset=50&limit=50', 'offset=100&limit=50']],
	])('Limit %i asks only for what it still needs', async (limit, calls) => {
		const { s, gen } = make(120, { total: true });
		const out = await collect(gen(limit), { returnAll: false, limit });
		expect(out.map((i) => i.id)).toEqual(s.items.slice(0, Math.min(limit, 120)).map((i) => i.id));
		expect(s.calls).toEqual(calls);
	});

	test('never asks past maxOffset', async () => {
		const { s, gen } = make(5000, { maxOffset: 100, pageSize: 50 });
		const out = await collect(gen(), { returnAll: true });
		expect(s.calls).toEqual(['offset=0&limit=50', 'offset=50&limit=50', 'offset=100&limit=50']);
		expect(out).toHaveLength(150);
	});

	test('empty list', async () => {
		const { s, gen } = make(0, { total: true });
		expect(await collect(gen(), { returnAll: true })).toEqual([]);
		expect(s.calls).toEqual(['offset=0&limit=50']);
	});

	test('hasMore=false ends even on a full page', async () => {
		const calls: number[] = [];
		const gen = byOffset({ pageSize: 2, fetch: async (offset) => (calls.push(offset), { items: [offset, offset + 1], hasMore: false }) });
		expect(await collect(gen, { returnAll: true })).toEqual([0, 1]);
		expect(calls).toEqual([0]);
	});

	test('seen: keys shared between two walks of one list are skipped and not counted towards wanted', async () => {
		// Two windows that overlap by two records (ids 4 and 5), read with a wanted count of 6.
		const windows: Record<string, number[]> = { a: [1, 2, 3, 4, 5], b: [4, 5, 6, 7, 8, 9] };
		const calls: string[] = [];
		const seen = new Set<string | number>();
		const walk = (w: string, wanted: number) =>
			byOffset(
				{
					pageSize: 2,
					uniqueBy: (id: number) => id,
					seen,
					fetch: async (offset, limit) => {
						calls.push(`${w}:${offset}+${limit}`);
						return { items: windows[w].slice(offset, offset + limit), total: windows[w].length };
					},
				},
				wanted,
			);
		const first = await collect(walk('a', 6), { returnAll: true });
		const second = await collect(walk('b', 6 - first.length), { returnAll: true });
		expect([...first, ...second]).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...seen]).toEqual([1, 2, 3, 4, 5, 6]);
		// One record is left for the second window: it asks for one at a time, past the two it had seen.
		expect(calls).toEqual(['a:0+2', 'a:2+2', 'a:4+2', 'b:0+1', 'b:1+1', 'b:2+1']);
	});
});

describe('byCursor', () => {
	const pages: Record<string, { items: number[]; next?: string }> = {
		start: { items: [1, 2, 3], next: 'b' },
		b: { items: [4, 5, 6], next: 'c' },
		c: { items: [7], next: undefined },
	};

	test('follows cursors to the end', async () => {
		const calls: Array<string | undefined> = [];
		const gen = byCursor<number, string>({ first: 'start', fetch: async (c) => (calls.push(c), { items: pages[c!].items, next: pages[c!].next }) });
		expect(await collect(gen, { returnAll: true })).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(calls).toEqual(['start', 'b', 'c']);
	});

	test('Limit stops before fetching the next cursor', async () => {
		const calls: Array<string | undefined> = [];
		const gen = byCursor<number, string>({ first: 'start', fetch: async (c) => (calls.push(c), { items: pages[c!].items, next: pages[c!].next }) });
		expect(await collect(gen, { returnAll: false, limit: 3 })).toEqual([1, 2, 3]);
		expect(calls).toEqual(['start']);
	});

	test('a cursor that does not move ends the walk (no endless loop)', async () => {
		let n = 0;
		const gen = byCursor<number, string>({ first: 'x', fetch: async () => (n++, { items: [1], next: 'x' }) });
		expect(await collect(gen, { returnAll: true })).toEqual([1]);
		expect(n).toBe(1);
	});

	test('an empty page ends the walk', async () => {
		const gen = byCursor<number, number>({ first: undefined, fetch: async () => ({ items: [], next: 5 }) });
		expect(await collect(gen, { returnAll: true })).toEqual([]);
	});
});

describe('collect', () => {
	test('uniqueBy drops records repeated by a list that shifted while read', async () => {
		async function* shifted() {
			yield* [{ id: 1 }, { id: 2 }, { id: 3 }];
			yield* [{ id: 3 }, { id: 4 }];
		}
		expect(await collect(shifted(), { returnAll: true, uniqueBy: (i) => i.id })).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
	});

	test('limit 0 reads nothing', async () => {
		let pulled = 0;
		async function* gen() {
			pulled++;
			yield 1;
		}
		expect(await collect(gen(), { returnAll: false, limit: 0 })).toEqual([]);
		expect(pulled).toBe(0);
	});

	test('default limit is 50', async () => {
		async function* gen() {
			for (let i = 0; i < 80; i++) yield i;
		}
		expect(await collect(gen(), { returnAll: false })).toHaveLength(50);
		expect(wantedCount(true, 3)).toBe(Infinity);
		expect(wantedCount(false, undefined)).toBe(50);
	});
});

describe('byPageNumber: a list that changes while it is read', () => {
	const pageSize = 10;

	/** A live list: `mutate(page)` runs before each page is served, as another user's changes would. */
	function live(n: number, mutate: (page: number, items: Array<{ id: number }>) => void, tell: 'total' | 'nothing' = 'total') {
		let items = Array.from({ length: n }, (_, i) => ({ id: i + 1 }));
		const calls: number[] = [];
		const unsettled: unknown[] = [];
		const opts = {
			pageSize,
			uniqueBy: (item: { id: number }) => item.id,
			onUnsettled: (info: unknown) => unsettled.push(info),
			fetch: async (page: number) => {
				calls.push(page);
				mutate(page, items);
				const slice = items.slice((page - 1) * pageSize, page * pageSize);
				return tell === 'total' ? { items: slice, total: items.length } : { items: slice };
			},
		};
		return {
			gen: (over: Partial<PageNumberOptions<{ id: number }>> = {}) => byPageNumber<{ id: number }>({ ...opts, ...over }),
			calls,
			unsettled,
			remove: (ids: number[]) => {
				items = items.filter((i) => !ids.includes(i.id));
			},
			add: (records: Array<{ id: number }>, at: 'front' | 'end') => {
				items = at === 'front' ? [...records, ...items] : [...items, ...records];
			},
			current: () => items,
		};
	}

	test('3 records deleted on page 1 while page 3 is read: the pages that shifted are read again, nothing lost or repeated', async () => {
		const deleted = [2, 4, 6];
		const l: ReturnType<typeof live> = live(50, (page) => {
			if (page === 3 && l.current().length === 50) l.remove(deleted);
		});
		const out = await collect(l.gen(), { returnAll: true });
		const ids = out.map((i) => i.id);
		// Before the fix, ids 21–23 moved onto page 2 (already read) and were silently lost.
		expect(ids).toHaveLength(new Set(ids).size);
		// 2, 4 and 6 were read on page 1 before they were deleted, so all 50 come back once.
		expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
		// page 3 showed the shrink (50 → 47): step back one page, then go on to the end.
		expect(l.calls).toEqual([1, 2, 3, 2, 3, 4, 5]);
		expect(l.unsettled).toEqual([]);
	});

	test('a shrink larger than a page steps back as many pages', async () => {
		const l: ReturnType<typeof live> = live(60, (page) => {
			if (page === 4 && l.current().length === 60) l.remove([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		});
		const out = await collect(l.gen(), { returnAll: true });
		const ids = out.map((i) => i.id);
		expect(ids).toHaveLength(new Set(ids).size);
		for (let id = 13; id <= 60; id++) expect(ids).toContain(id);
		expect(l.calls).toEqual([1, 2, 3, 4, 2, 3, 4, 5]);
	});

	test('records added at the front while reading: no loss, no repeat (the shift only repeats records, which are skipped)', async () => {
		const l: ReturnType<typeof live> = live(30, (page) => {
			if (page === 2) l.add([{ id: 101 }, { id: 102 }], 'front');
		});
		const ids = (await collect(l.gen(), { returnAll: true })).map((i) => i.id);
		expect(ids).toHaveLength(new Set(ids).size);
		for (let id = 1; id <= 30; id++) expect(ids).toContain(id);
	});

	test('a short page while the total says more remain does not end the walk', async () => {
		let served = 0;
		const calls: number[] = [];
		const gen = byPageNumber({
			pageSize,
			uniqueBy: (i: { id: number }) => i.id,
			fetch: async (page) => {
				calls.push(page);
				// page 2 comes back short (a record in flux), the total still says 25
				const all = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));
				const slice = all.slice((page - 1) * pageSize, page * pageSize).filter((i) => !(page === 2 && i.id === 15));
				served += slice.length;
				return { items: slice, total: 25 };
			},
		});
		const ids = (await collect(gen, { returnAll: true })).map((i) => i.id);
		expect(calls).toEqual([1, 2, 3]);
		expect(ids).toHaveLength(24);
		expect(served).toBe(24);
	});

	test('Limit still stops exactly at the limit when the list shrinks', async () => {
		const l: ReturnType<typeof live> = live(50, (page) => {
			if (page === 2 && l.current().length === 50) l.remove([1, 2]);
		});
		const ids = (await collect(l.gen(), { returnAll: false, limit: 15 })).map((i) => i.id);
		expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17]);
	});

	test('a list that keeps shrinking: after maxRewinds it stops stepping back and says so', async () => {
		const l: ReturnType<typeof live> = live(100, (page, items) => {
			if (page > 1 && items.length > 0) l.remove([items[0].id]);
		});
		await collect(l.gen({ maxRewinds: 2 }), { returnAll: true });
		expect(l.unsettled.length).toBeGreaterThan(0);
		expect(l.unsettled[0]).toEqual(expect.objectContaining({ totalBefore: expect.any(Number), totalNow: expect.any(Number) }));
	});

	test('without a unique key a shrink cannot be re-read safely: onUnsettled is told', async () => {
		const l: ReturnType<typeof live> = live(30, (page) => {
			if (page === 2 && l.current().length === 30) l.remove([1]);
		});
		await collect(l.gen({ uniqueBy: undefined }), { returnAll: true });
		expect(l.unsettled).toEqual([{ page: 2, totalBefore: 30, totalNow: 29 }]);
	});
});
