import type { Schema } from '../src/descriptions/check';
import { compact, field, isEmail, optionName } from '../src/descriptions/fields';
import { validateParams } from '../src/operations/params';

const node = { id: '1', name: 'Test Node', type: 'test', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
const check = (f: ReturnType<typeof field.string> | { schema: Schema<unknown>; name: string; property: never }, value: unknown) => {
	try {
		return { ok: validateParams(node as never, [f as never], { [f.name]: value }, 0) };
	} catch (e) {
		return { error: (e as Error).message };
	}
};

describe('input primitives owned by core', () => {
	test('email: checked before any request, blank allowed unless required', () => {
		const email = field.email('email', 'Email');
		expect(check(email, 'jane@example.com')).toEqual({ ok: { email: 'jane@example.com' } });
		expect(check(email, '')).toEqual({ ok: {} });
		expect(check(email, 'jane@')).toEqual({ error: 'Item 1: "Email" must be an email address (e.g. jane@example.com)' });
		expect(check(field.email('email', 'Email', { required: true }), '')).toEqual({ error: 'Item 1: "Email" is required' });
		expect(email.property.placeholder).toBe('name@email.com');
	});

	test('isEmail: the same check for addresses outside a field (lists, bodies built by hand)', () => {
		expect(['jane@example.com', ' jane@example.com ', 'a.b+c@sub.example.co'].map(isEmail)).toEqual([true, true, true]);
		expect(['jane@', 'jane@example', 'jane doe@example.com', '@example.com', ''].map(isEmail)).toEqual([false, false, false, false, false]);
	});

	test('unixTime: dates, Date objects, Luxon-like objects and Unix seconds become Unix seconds as text', () => {
		const f = field.unixTime('since', 'Since');
		expect(check(f, '2026-01-01T00:00:00Z')).toEqual({ ok: { since: '1767225600' } });
		expect(check(f, new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: { since: '1767225600' } });
		expect(check(f, { toMillis: () => 1767225600000 })).toEqual({ ok: { since: '1767225600' } });
		expect(check(f, '1767225600')).toEqual({ ok: { since: '1767225600' } });
		expect(check(f, 1767225600)).toEqual({ ok: { since: '1767225600' } });
		expect(check(f, '')).toEqual({ ok: {} });
		expect(check(f, 'yesterday')).toEqual({ error: 'Item 1: "Since" must be a date (e.g. 2026-01-31 or 2026-01-31T10:00:00Z) or Unix seconds' });
		expect(check(f, Infinity)).toEqual({ error: 'Item 1: "Since" must be a date (e.g. 2026-01-31 or 2026-01-31T10:00:00Z) or Unix seconds' });
		expect(check(field.unixTime('since', 'Since', { required: true }), undefined)).toEqual({ error: 'Item 1: "Since" is required' });
	});

	test('day: YYYY-MM-DD, or the date part of a date-time', () => {
		const f = field.day('since', 'Since');
		expect(check(f, '2026-01-31')).toEqual({ ok: { since: '2026-01-31' } });
		expect(check(f, '2026-01-31T23:10:00Z')).toEqual({ ok: { since: '2026-01-31' } });
		expect(check(f, { toISODate: () => '2026-02-01' })).toEqual({ ok: { since: '2026-02-01' } });
		expect(check(f, '31/01/2026')).toEqual({ error: 'Item 1: "Since" must be a date such as 2026-01-31' });
		expect(check(f, '2026-13-45')).toEqual({ error: 'Item 1: "Since" must be a date such as 2026-01-31' });
		expect(check(f, '2026-02-30')).toEqual({ error: 'Item 1: "Since" must be a date such as 2026-01-31' });
		expect(check(f, '2026-04-31T10:00:00')).toEqual({ error: 'Item 1: "Since" must be a date such as 2026-01-31' });
		expect(check(f, '2028-02-29')).toEqual({ ok: { since: '2028-02-29' } });
	});

	test('a collection that requires at least one field', () => {
		const update = field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.stringList('tags', 'Tags')], { requireOne: true });
		expect(check(update as never, {})).toEqual({ error: 'Item 1: "Update Fields" needs at least one field' });
		expect(check(update as never, { tags: [] })).toEqual({ error: 'Item 1: "Update Fields" needs at least one field' });
		expect(check(update as never, { name: 'Ana' })).toEqual({ ok: { updateFields: { name: 'Ana' } } });
		const custom = field.collection('updateFields', 'Update Fields', [field.string('name', 'Name')], { requireOne: 'needs at least one field to change' });
		expect(check(custom as never, undefined)).toEqual({ error: 'Item 1: "Update Fields" needs at least one field to change' });
	});

	test('a number field shows the default it is given (and an empty one otherwise)', () => {
		expect(field.number('rating', 'Rating', { min: 1, max: 5, default: 5 }).property.default).toBe(5);
		expect(field.number('rating', 'Rating').property.default).toBe('');
	});

	test('compact drops what was not set; "empty" also drops blanks', () => {
		expect(compact({ a: 1, b: undefined, c: '', d: null, e: {}, f: [] })).toEqual({ a: 1, c: '', d: null, e: {}, f: [] });
		expect(compact({ a: 1, b: undefined, c: '', d: null, e: {}, f: [] }, 'empty')).toEqual({ a: 1, f: [] });
	});
});

describe('url', () => {
	test('http(s) URLs only, checked before any request', () => {
		const f = field.url('url', 'URL', { required: true });
		expect(check(f, 'https://example.com/page?a=1')).toEqual({ ok: { url: 'https://example.com/page?a=1' } });
		expect(check(f, 'ftp://example.com')).toEqual({ error: 'Item 1: "URL" must be an http(s) URL' });
		expect(check(f, 'https://exa mple.com')).toEqual({ error: 'Item 1: "URL" must be an http(s) URL' });
		expect(check(f, 'https://')).toEqual({ error: 'Item 1: "URL" must be an http(s) URL' });
		expect(check(field.url('url', 'URL'), '')).toEqual({ ok: {} });
		expect(f.property.placeholder).toBe('https://example.com');
	});
});

describe('optionName', () => {
	const options = [
		{ name: 'One-Shot', value: 'one-shot' },
		{ name: 'Long Term', value: 'LONG_TERM' },
		{ name: 'Two', value: 2 },
	];
	it.each([
		['one-shot', 'One-Shot'],
		['LONG_TERM', 'Long Term'],
		[2, 'Two'],
		['2', 'Two'],
		['unknown', 'unknown'],
		[7, '7'],
		[undefined, ''],
		[null, ''],
	])('%j reads %j', (value, name) => {
		expect(optionName(options, value)).toBe(name);
	});
});
