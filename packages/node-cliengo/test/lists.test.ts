/**
 * Lists as data: every list operation declares its list (core's router does Return All / Limit),
 * Cliengo's reader of list bodies, and the windows of Get Many when they overlap.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { resources } from '../nodes/Cliengo/actions';
import { listItems } from '../nodes/Cliengo/transport';
import { jsonOf, withFake } from './helpers';

describe('list operations are declared', () => {
	it('every operation with Return All / Limit has a list and no code of its own', () => {
		const lists = resources.flatMap((r) => r.operations.filter((op) => op.fields.some((f) => f.name === 'returnAll')).map((op) => ({ op, id: `${r.value}.${op.operation}` })));
		expect(lists.map((l) => l.id).sort()).toEqual(
			[
				'chatbot.getAll',
				'chatbot.getTriggers',
				'contact.getAll',
				'contact.getHistory',
				'contact.getMessages',
				'contact.getNotes',
				'conversation.getAll',
				'conversation.getMessages',
				'site.getAll',
				'user.getAll',
			].sort(),
		);
		for (const { op } of lists) {
			expect(op.list).toBeDefined();
			expect(op.execute).toBeUndefined();
			expect(op.request).toBeUndefined();
		}
	});
});

describe('listItems (the reader of Cliengo list bodies)', () => {
	it('reads the items under any known key and the total from paging (a number or digits)', () => {
		expect(listItems({ paging: { total: 3 }, results: [{ id: 'a' }] })).toEqual({ items: [{ id: 'a' }], total: 3 });
		expect(listItems({ paging: { total: '12' }, contacts: [{ id: 'b' }] })).toEqual({ items: [{ id: 'b' }], total: 12 });
		expect(listItems({ total: 5, sites: [] })).toEqual({ items: [], total: 5 });
		expect(listItems({ paging: { total: 'many' }, users: [{ id: 'u' }] })).toEqual({ items: [{ id: 'u' }], total: undefined });
		expect(listItems(null)).toEqual({ items: [], total: undefined });
	});

	it('a bare array is a whole list: no page follows it', () => {
		expect(listItems([{ id: 1 }, { id: 2 }])).toEqual({ items: [{ id: 1 }, { id: 2 }], hasMore: false });
	});

	it('a paged list answered with a full bare array is read once (Return All asks for no second page)', async () => {
		await withFake({ seed: { contacts: 2 } }, async (h) => {
			const sites: IDataObject[] = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, title: `Site ${i}` }));
			h.fake.intercept(async (req, next) => (req.route === 'sites.list' ? { status: 200, body: sites } : next()));
			const out = jsonOf(await h.run({ resource: 'site', operation: 'getAll', returnAll: true }));
			expect(out).toEqual(sites);
			expect(h.fake.requests.map((r) => [r.path, r.query.offset, r.query.limit])).toEqual([['/1.0/sites', '0', '50']]);
		});
	});
});

describe('contacts Get Many while leads are deleted', () => {
	it('3 leads already read are deleted before page 2: the shifted offsets are read again, none lost or repeated', async () => {
		await withFake({ seed: { contacts: 120 } }, async (h) => {
			const deleted = h.fake.allContacts().slice(0, 3).map((c) => c.id);
			h.fake.onRequest((req) => {
				if (req.path === '/1.0/contacts' && req.query.offset === '50' && h.fake.contact(deleted[0])) for (const id of deleted) h.fake.deleteLead(id);
			});
			const before = h.fake.allContacts().map((c) => c.id);
			const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: true }));
			// The three leads that moved back onto page 1 come after page 2, when offset 47 is read again.
			expect(out.map((c) => c.id)).toEqual([...before.slice(0, 50), ...before.slice(53, 103), ...before.slice(50, 53), ...before.slice(103)]);
			// Offset 0 alone; 50 and 100 together (100 is dropped once 50's total shows the shift); then
			// the shifted offsets 47 and 97, one after the other as the walk takes them.
			const offsets = h.fake.requests.map((r) => r.query.offset);
			expect([offsets[0], ...offsets.slice(1, 3).sort(), ...offsets.slice(3)]).toEqual(['0', '100', '50', '47', '97']);
		});
	});

	it('leads deleted before every page: after ten steps back the item fails, naming the list, instead of returning holes', async () => {
		await withFake({ seed: { contacts: 1000 } }, async (h) => {
			let pages = 0;
			h.fake.onRequest((req) => {
				if (req.path === '/1.0/contacts' && pages++ > 0) h.fake.deleteLead(h.fake.allContacts()[0].id);
			});
			const error = await h.runError({ resource: 'contact', operation: 'getAll', returnAll: true });
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toMatch(/^Item 1: The list \/contacts kept shrinking while it was read \(\d+ → \d+ records\), so records could be missing$/);
			expect(error.description).toBe('Run the node again when fewer records are being deleted, or narrow the list with filters.');
		});
	});
});

describe('contacts Get Many: windows that overlap (`until` read as inclusive)', () => {
	// The second window repeats the boundary day of the first: those contacts are skipped and not
	// counted, so a Limit past one window still gets exactly the newest N, with no gap.
	it('a Limit of 1500 gives exactly the newest 1500, each once', async () => {
		await withFake(
			{ untilInclusive: true, now: () => Date.parse('2026-06-15T12:00:00Z'), seed: { contacts: 2600, from: '2026-02-01T00:00:00Z', to: '2026-06-15T11:00:00Z', random: 8 } },
			async (h) => {
				const out = jsonOf(await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1500 }));
				expect(out.map((c) => c.id)).toEqual(h.fake.allContacts().slice(0, 1500).map((c) => c.id));
				for (const r of h.fake.requestsTo('contacts.list')) expect(Number(r.query.offset)).toBeLessThanOrEqual(1000);
			},
		);
	});
});
