import { parseQuery, stringifyQuery } from '../src';

describe('stringifyQuery (qs-compatible)', () => {
	const input = { a: [1, 2], q: 'x y', n: null, u: undefined, nested: { b: 'c' } };

	it('defaults to indices like n8n', () => {
		expect(stringifyQuery(input)).toBe('a%5B0%5D=1&a%5B1%5D=2&q=x%20y&n=&nested%5Bb%5D=c');
	});

	it('supports brackets, repeat and comma', () => {
		expect(stringifyQuery({ a: [1, 2] }, 'brackets')).toBe('a%5B%5D=1&a%5B%5D=2');
		expect(stringifyQuery({ a: [1, 2] }, 'repeat')).toBe('a=1&a=2');
		expect(stringifyQuery({ a: [1, 2] }, 'comma')).toBe('a=1%2C2');
		expect(stringifyQuery({ a: [] }, 'comma')).toBe('');
	});

	it("escapes like qs (RFC 3986, including !'()*)", () => {
		expect(stringifyQuery({ s: "it's (a) *test*!", e: 'ñ' })).toBe('s=it%27s%20%28a%29%20%2Atest%2A%21&e=%C3%B1');
		expect(stringifyQuery({ d: new Date('2024-01-02T03:04:05.000Z'), t: true })).toBe(
			'd=2024-01-02T03%3A04%3A05.000Z&t=true',
		);
	});
});

describe('parseQuery', () => {
	it('parses plain, repeated, bracket and indexed keys', () => {
		expect(parseQuery('a=1')).toEqual({ a: '1' });
		expect(parseQuery('a=1&a=2')).toEqual({ a: ['1', '2'] });
		expect(parseQuery('a%5B%5D=1&a%5B%5D=2')).toEqual({ a: ['1', '2'] });
		expect(parseQuery('a[]=only')).toEqual({ a: ['only'] });
		expect(parseQuery('a%5B1%5D=second&a%5B0%5D=first')).toEqual({ a: ['first', 'second'] });
		expect(parseQuery('filter%5Bname%5D=x&flag&q=a+b%20c')).toEqual({ 'filter[name]': 'x', flag: '', q: 'a b c' });
		expect(parseQuery('')).toEqual({});
	});
});
