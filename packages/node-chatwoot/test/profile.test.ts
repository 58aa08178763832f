/**
 * Profile (`/api/v1/profile`, the token's own user): get and update. Exact requests, items against
 * the fake's state, no spec violation.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { run, useFake } from './harness';

const { fake, only, refused } = useFake();

const alice = () => fake.state.users.find((u) => u.access_token === fake.tokens.user)!;

describe('profile', () => {
	it('get: GET /api/v1/profile with the token header; the user and its accounts come out', async () => {
		const items = await run(fake, { resource: 'profile', operation: 'get' });
		expect(only()).toEqual({ method: 'GET', path: '/api/v1/profile', query: {}, body: undefined });
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		const user = alice();
		const memberships = fake.state.accountUsers.filter((au) => au.user_id === user.id);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: user.id, email: user.email, name: user.name, access_token: user.access_token });
		expect((items[0].json.accounts as IDataObject[]).map((a) => a.id)).toEqual(memberships.map((m) => m.account_id));
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('update: PUT {profile:{…}} with only the fields given; the fake stores them', async () => {
		const items = await run(fake, {
			resource: 'profile',
			operation: 'update',
			updateFields: { displayName: 'Ali', messageSignature: '-- Alice, Acme', uiSettings: '{"is_ct_labels_open": true}' },
		});
		expect(only()).toEqual({
			method: 'PUT',
			path: '/api/v1/profile',
			query: {},
			body: { profile: { display_name: 'Ali', message_signature: '-- Alice, Acme', ui_settings: { is_ct_labels_open: true } } },
		});
		const user = alice();
		expect(user.display_name).toBe('Ali');
		expect(user.message_signature).toBe('-- Alice, Acme');
		expect(user.ui_settings).toMatchObject({ is_ct_labels_open: true });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: user.id, display_name: 'Ali', available_name: 'Ali', message_signature: '-- Alice, Acme' });
	});

	it('update: a new password is sent with the current one and as its own confirmation', async () => {
		await run(fake, {
			resource: 'profile',
			operation: 'update',
			updateFields: { name: 'Alice A.', currentPassword: 'Old-pass1!', password: 'New-pass2!' },
		});
		expect(only().body).toEqual({
			profile: { name: 'Alice A.', current_password: 'Old-pass1!', password: 'New-pass2!', password_confirmation: 'New-pass2!' },
		});
		expect(alice().name).toBe('Alice A.');
	});

	it('update: bad input is refused before any request', async () => {
		await refused({ resource: 'profile', operation: 'update', updateFields: {} }, 'Update Fields', 'needs at least one field');
		await refused({ resource: 'profile', operation: 'update', updateFields: { uiSettings: '{"a":' } }, 'Update Fields → UI Settings (JSON)', 'must be valid JSON');
		await refused({ resource: 'profile', operation: 'update', updateFields: { uiSettings: '[1, 2]' } }, 'Update Fields → UI Settings (JSON)');
		await refused({ resource: 'profile', operation: 'update', updateFields: { password: 'New-pass2!' } }, 'Update Fields → Current Password', 'is required');
		await refused({ resource: 'profile', operation: 'update', updateFields: { currentPassword: 'x' } }, 'Update Fields → New Password', 'is required');
	});

	it('API errors: a wrong token is "Invalid Access Token" (401), a taken email is the 422 message', async () => {
		const wrong = await run(fake, { resource: 'profile', operation: 'get' }, { token: 'not-a-token' }).catch((e: unknown) => e);
		expect(wrong).toBeInstanceOf(NodeApiError);
		expect((wrong as NodeApiError).httpCode).toBe('401');
		expect((wrong as Error).message).toBe('Invalid Access Token');
		expect(JSON.stringify(wrong)).not.toContain('not-a-token');

		fake.server.clearLog();
		const bob = fake.state.users.find((u) => u.access_token === fake.tokens.agent)!;
		const taken = await run(fake, { resource: 'profile', operation: 'update', updateFields: { email: bob.email } }).catch((e: unknown) => e);
		expect(only()).toMatchObject({ method: 'PUT', body: { profile: { email: bob.email } } });
		expect(taken).toBeInstanceOf(NodeApiError);
		expect((taken as NodeApiError).httpCode).toBe('422');
		expect((taken as Error).message).toBe('Email has already been taken');
	});

	it('continueOnFail: the error becomes the item', async () => {
		const items = await run(fake, { resource: 'profile', operation: 'get' }, { token: 'nope-nope', continueOnFail: true });
		expect(items).toEqual([{ json: { error: 'Invalid Access Token' }, pairedItem: { item: 0 } }]);
	});
});
