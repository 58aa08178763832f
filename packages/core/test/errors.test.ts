import { defaultMessageOf, inputError, redact, secretsOf, toNodeApiError } from '../src/http/errors';
import { baseUrlProperty, normalizeBaseUrl, secretProperty } from '../src/credentials';

const node = { id: '1', name: 'N', type: 't', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };

describe('defaultMessageOf', () => {
	test.each([
		[{ error: 'Invalid Access Token' }, 'Invalid Access Token'],
		[{ message: 'Email has already been taken', attributes: ['email'] }, 'Email has already been taken'],
		[{ errors: ['You need to sign in or sign up before continuing.'] }, 'You need to sign in or sign up before continuing.'],
		[{ errors: [{ message: 'a' }, { msg: 'b' }] }, 'a; b'],
		[{ error: true, reason: 'website_not_found' }, 'website_not_found'],
		[{ error: { message: 'nested' } }, 'nested'],
		[{ error_description: 'oauth says no' }, 'oauth says no'],
		[{ detail: 'deep' }, 'deep'],
		['Retry later\n', 'Retry later'],
		['<html><head><title>Bad Gateway</title></head></html>', 'The server answered with an HTML page: Bad Gateway'],
		['<!DOCTYPE html><body>x</body>', 'The server answered with an HTML page'],
		['x'.repeat(400), `${'x'.repeat(300)}…`],
		[42, '42'],
		[{ nothing: 1 }, undefined],
		['', undefined],
		[null, undefined],
	])('%j → %s', (body, expected) => expect(defaultMessageOf(body, 400)).toBe(expected));
});

describe('secrets', () => {
	test('credential values are found and redacted (plain and URL-encoded); URLs and ids are kept', () => {
		const secrets = secretsOf({ baseUrl: 'https://x', apiKey: 'k+y/secret', accountId: '12345', short: 'ab', token: 'tok_abcdef' });
		expect(secrets.sort()).toEqual(['k+y/secret', 'tok_abcdef']);
		expect(redact('key=k%2By%2Fsecret and tok_abcdef', secrets)).toBe('key=*** and ***');
		expect(secretsOf(undefined)).toEqual([]);
		// Settings are not secrets: "query" or a header name must stay readable in messages.
		expect(secretsOf({ apiKey: 'k_123456', keyLocation: 'query', headerName: 'api_access_token', mode: 'plugin' })).toEqual(['k_123456']);
		expect(secretsOf({ accessToken: 'abcd1234', password: 'hunter22', region: 'https://x' })).toEqual(['abcd1234', 'hunter22']);
		// A platform's own list wins over names.
		expect(secretsOf({ identifier: 'id-123456', key: 'key-abcdef' }, ['identifier', 'key']).sort()).toEqual(['id-123456', 'key-abcdef']);
		expect(secretsOf({ token: 'tok_abcdef' }, [])).toEqual([]);
		expect(redact('x', [''])).toBe('x');
	});

	test('toNodeApiError without a status names the cause; unknown status gets a generic text', () => {
		const e = toNodeApiError(node, { platform: 'P', method: 'GET', path: '/a', cause: 'ECONNREFUSED: refused' });
		expect(e.description).toBe('P: ECONNREFUSED: refused for GET /a');
		const f = toNodeApiError(node, { platform: 'P', method: 'GET', path: '/a', status: 418, body: {} });
		expect(f.message).toBe('The request failed with status 418');
		expect(f.description).toBe('P answered 418 to GET /a (The request failed with status 418)');
		const g = toNodeApiError(node, { platform: 'P', method: 'GET', path: '/a', status: 404, body: { error: 'gone' }, messageOf: () => undefined });
		expect(g.message).toBe('gone');
	});

	test('inputError is a NodeOperationError with a 1-based item number', () => {
		const e = inputError(node, 2, 'Email', 'must be an email address', 'hint');
		expect(e.message).toBe('Item 3: "Email" must be an email address');
		expect(e.context.itemIndex).toBe(2);
		expect(e.description).toBe('hint');
	});
});

describe('credential building blocks', () => {
	test('properties and base URL normalisation', () => {
		expect(baseUrlProperty('https://api.x', 'd')).toMatchObject({ name: 'baseUrl', default: 'https://api.x', required: true });
		expect(secretProperty('apiKey', 'API Key', 'd')).toMatchObject({ name: 'apiKey', typeOptions: { password: true } });
		expect(normalizeBaseUrl('https://chat.example.com//', 'f')).toBe('https://chat.example.com');
		expect(normalizeBaseUrl('  ', 'https://f/')).toBe('https://f');
		expect(normalizeBaseUrl(undefined, 'https://f')).toBe('https://f');
	});
});
