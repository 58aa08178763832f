/**
 * Operation parameters are typed from the fields: these assignments are checked by the type-check
 * (`tsc` over the tests), and `@ts-expect-error` lines fail it if a wrong use stops being an error.
 */
import { defineOperation } from '../src/operations/operation';
import { field, returnAllOrLimit, type ParamsOf } from '../src/descriptions/fields';
import { apiPath } from '../src/http/path';

describe('parameters inferred from fields', () => {
	test('names and value types come from the builders (required, optional, collections, Return All / Limit)', () => {
		const _fields = [
			field.id('contactId', 'Contact'),
			field.id('inboxId', 'Inbox', { required: false }),
			field.string('note', 'Note'),
			field.string('title', 'Title', { required: true }),
			field.number('count', 'Count', { required: true }),
			field.options('status', 'Status', [{ name: 'Open', value: 'open' }]),
			field.multiOptions('events', 'Events', [], { required: true }),
			...returnAllOrLimit(),
			field.collection('extra', 'Extra', [field.string('city', 'City'), field.boolean('vip', 'VIP'), field.number('age', 'Age')]),
		] as const;
		type P = ParamsOf<typeof _fields>;
		const sample: P = {
			contactId: '1',
			inboxId: undefined,
			note: undefined,
			title: 't',
			count: 2,
			status: undefined,
			events: ['a'],
			returnAll: false,
			limit: 5,
			extra: { city: 'x', vip: true },
		};
		expect(sample.title).toBe('t');

		const op = defineOperation({
			resource: 'contact',
			operation: 'get',
			name: 'Get',
			action: 'Get a contact',
			fields: [field.id('contactId', 'Contact'), field.string('note', 'Note'), ...returnAllOrLimit(), field.collection('extra', 'Extra', [field.string('city', 'City')])],
			request: (p) => {
				const id: string = p.contactId;
				const note: string | undefined = p.note;
				const all: boolean = p.returnAll;
				const city: string | undefined = p.extra.city;
				// @ts-expect-error an optional field is not a string
				const bad: string = p.note;
				// @ts-expect-error no such field
				void p.nope;
				return { method: 'GET', path: apiPath`/contacts/${id}`, qs: { note, all, city, bad } };
			},
		});
		expect(op.request?.({ contactId: '7', note: undefined, returnAll: true, limit: undefined, extra: {} }).path).toBe('/contacts/7');
	});

	test('JSON fields are typed by their shape: an object, or an array with array: true', () => {
		const fields = [
			field.json('settings', 'Settings'),
			field.json('rules', 'Rules', { array: true }),
			field.json('config', 'Config', { required: true }),
			field.collection('extra', 'Extra', [field.json('meta', 'Meta')]),
		] as const;
		type P = ParamsOf<typeof fields>;
		const sample: P = { settings: { a: 1 }, rules: [1, 'x'], config: {}, extra: { meta: { b: 2 } } };
		const rules: unknown[] | undefined = sample.rules;
		const config: Record<string, unknown> = sample.config;
		// @ts-expect-error an optional JSON object may be absent
		const settings: Record<string, unknown> = sample.settings;
		// @ts-expect-error an object field is not an array
		const notArray: unknown[] | undefined = sample.settings;
		expect([rules, config, settings, notArray, sample.extra.meta]).toEqual([[1, 'x'], {}, { a: 1 }, { a: 1 }, { b: 2 }]);
		expect(fields.map((f) => f.property.type)).toEqual(['json', 'json', 'json', 'collection']);
	});

	test('hand-written parameters (the older form) are still accepted', () => {
		const op = defineOperation<{ x: string }>({ resource: 'a', operation: 'b', name: 'B', action: 'b', fields: [field.string('x', 'X')], request: (p) => ({ method: 'GET', path: `/${p.x}` }) });
		expect(op.request?.({ x: 'y' }).path).toBe('/y');
	});
});
