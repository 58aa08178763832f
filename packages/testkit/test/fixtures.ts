import type { ICredentialType } from 'n8n-workflow';

import { FakeServer, type FakeRequest, type Route } from '../src';

export interface DemoState {
	contacts: Record<string, { id: string; name: string }>;
}

/** Echoes what the server received, so tests can assert on the wire format. */
export function echo(req: FakeRequest) {
	return {
		status: 200,
		body: {
			method: req.method,
			path: req.path,
			rawPath: req.rawPath,
			rawQuery: req.rawQuery,
			query: req.query,
			params: req.params,
			headers: req.headers,
			body: req.body,
		},
	};
}

export function demoRoutes(): Route<DemoState>[] {
	return [
		{
			method: 'GET',
			path: '/api/v1/accounts/:accountId/contacts/:id',
			name: 'getContact',
			handler: (req, state) => {
				const contact = state.contacts[req.params.id];
				return contact
					? { body: { payload: contact, accountId: req.params.accountId } }
					: { status: 404, body: { error: 'Resource could not be found' } };
			},
		},
		{
			method: 'POST',
			path: '/api/v1/accounts/:accountId/contacts',
			name: 'createContact',
			handler: (req, state) => {
				const body = req.body as { name?: string };
				const id = String(Object.keys(state.contacts).length + 1);
				state.contacts[id] = { id, name: body.name ?? '' };
				return { status: 200, body: { payload: state.contacts[id] } };
			},
		},
		{ method: 'GET', path: '/echo', handler: echo },
		{ method: 'POST', path: '/echo', handler: echo },
		{ method: 'PUT', path: '/echo', handler: echo },
		{ method: 'GET', path: '/empty', handler: () => ({ status: 200 }) },
		{ method: 'GET', path: '/text', handler: () => ({ body: 'plain text' }) },
		{ method: 'GET', path: '/json-as-text', handler: () => ({ headers: { 'content-type': 'text/plain' }, body: '{"a":1}' }) },
		{ method: 'GET', path: '/bytes', handler: () => ({ body: Buffer.from([0, 1, 2, 255]) }) },
		{ method: 'GET', path: '/boom', handler: () => { throw new Error('kaboom'); } },
		{ method: 'GET', path: '/public', skipAuth: true, handler: () => ({ body: { ok: true } }) },
	];
}

export const API_TOKEN = 'tok_SuperSecret_123456';

export function createDemoServer(opts: { withAuth?: boolean } = {}) {
	return new FakeServer<DemoState>({
		name: 'demo',
		state: { contacts: { '1': { id: '1', name: 'Ada' }, 'a/b': { id: 'a/b', name: 'Slashy' } } },
		routes: demoRoutes(),
		auth: opts.withAuth
			? (req) =>
					req.headers['api_access_token'] === API_TOKEN
						? undefined
						: { status: 401, body: { errors: ['You need to sign in or sign up before continuing.'] } }
			: undefined,
		validate: (req, route) => {
			const violations: string[] = [];
			if (route?.name === 'createContact' && typeof (req.body as { name?: unknown })?.name !== 'string') {
				violations.push('name must be a string');
			}
			return violations;
		},
	});
}

/** A Chatwoot-like credential: header token + base URL, generic authenticate, declarative test. */
export class DemoApi implements ICredentialType {
	name = 'demoApi';
	displayName = 'Demo API';
	properties: ICredentialType['properties'] = [
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'http://127.0.0.1:1' },
		{ displayName: 'Token', name: 'apiToken', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Region', name: 'region', type: 'string', default: 'eu' },
	];
	authenticate = {
		type: 'generic' as const,
		properties: {
			headers: { api_access_token: '={{$credentials.apiToken}}' },
			qs: { region: '={{ $credentials?.region.toUpperCase() }}' },
		},
	};
	test = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/$/, "")}}',
			url: '/api/v1/profile',
		},
	};
}
