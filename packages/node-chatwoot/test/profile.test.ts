/**
 * Profile (`/api/v1/profile`, the token's own user): get and update. Exact requests, items against
 * the fake's state, no spec violation.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { useChatwoot } from './harness';

const h = useChatwoot();

const alice = () => h.fake.state.users.find((u) => u.access_token === h.fake.tokens.user)!;

describe('profile', () => {
	it('get: GET /api/v1/profile with the token header; the user and its accounts come out', async () => {
		const items = await h.run({ resource: 'profile', operation: 'get' });
		expect(h.only()).toEqual({ method: 'GET', path: '/api/v1/profile', query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		const user = alice();
		const memberships = h.fake.state.accountUsers.filter((au) => au.user_id === user.id);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: user.id, email: user.email, name: user.name, access_token: user.access_token });
		expect((items[0].json.accounts as IDataObject[]).map((a) => a.id)).toEqual(memberships.map((m) => m.account_id));
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('update: PUT {profile:{…}} with only the fields given; the fake stores them', async () => {
		const items = await h.run({
			resource: 'profile',
			operation: 'update',
			updateFields: { displayName: 'Ali', messageSignature: '-- Alice, Acme', uiSettings: '{"is_ct_labels_open": true}' },
		});
		expect(h.only()).toEqual({
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
		await h.run({
			resource: 'profile',
			operation: 'update',
			updateFields: { name: 'Alice A.', currentPassword: 'Old-pass1!', password: 'New-pass2!' },
		});
		expect(h.only().body).toEqual({
			profile: { name: 'Alice A.', current_password: 'Old-pass1!', password: 'New-pass2!', password_confirmation: 'New-pass2!' },
		});
		expect(alice().name).toBe('Alice A.');
	});

	it('update: bad input is refused before any request', async () => {
		await h.refused({ resource: 'profile', operation: 'update', updateFields: {} }, 'Update Fields', 'needs at least one field');
		await h.refused({ resource: 'profile', operation: 'update', updateFields: { uiSettings: '{"a":' } }, 'Update Fields → UI Settings (JSON)', 'must be valid JSON');
		await h.refused({ resource: 'profile', operation: 'update', updateFields: { uiSettings: '[1, 2]' } }, 'Update Fields → UI Settings (JSON)');
		await h.refused({ resource: 'profile', operation: 'update', updateFields: { password: 'New-pass2!' } }, 'Update Fields → Current Password', 'is required');
		await h.refused({ resource: 'profile', operation: 'update', updateFields: { currentPassword: 'x' } }, 'Update Fields → New Password', 'is required');
	});

	it('API errors: a wrong token is "Invalid Access Token" (401), a taken email is the 422 message', async () => {
		const wrong = await h.runError({ resource: 'profile', operation: 'get' }, h.withToken('not-a-token'));
		expect(wrong).toBeInstanceOf(NodeApiError);
		expect((wrong as NodeApiError).httpCode).toBe('401');
		expect((wrong as Error).message).toBe('Invalid Access Token');
		expect(JSON.stringify(wrong)).not.toContain('not-a-token');

		h.fake.clearLog();
		const bob = h.fake.state.users.find((u) => u.access_token === h.fake.tokens.agent)!;
		const taken = await h.runError({ resource: 'profile', operation: 'update', updateFields: { email: bob.email } });
		expect(h.only()).toMatchObject({ method: 'PUT', body: { profile: { email: bob.email } } });
		expect(taken).toBeInstanceOf(NodeApiError);
		expect((taken as NodeApiError).httpCode).toBe('422');
		expect((taken as Error).message).toBe('Email has already been taken');
	});

	it('continueOnFail: the error becomes the item', async () => {
		const items = await h.run({ resource: 'profile', operation: 'get' }, { ...h.withToken('nope-nope'), continueOnFail: true });
		expect(items).toEqual([{ json: { error: 'Invalid Access Token' }, pairedItem: { item: 0 } }]);
	});
});
