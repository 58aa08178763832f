/**
 * Chatwoot Platform node: Platform Account → Get Many and Platform User → Get Token. The token is
 * a secret: the output carries it (the user asked for it), but no log line and no error message
 * may hold it. Inferred shapes, read as they come: the accounts index's bare array and the token
 * route's `{access_token}`.
 */
import { NodeApiError } from 'n8n-workflow';
import type { INodeExecutionData } from 'n8n-workflow';
import { jsonOf, nodes, useChatwoot } from './harness';

const h = useChatwoot({ node: nodes.platform });
const P = '/platform/api/v1';
const app = () => h.fake.state.platformApps.find((a) => a.access_token === h.fake.tokens.platform)!;

describe('platformAccount: getAll', () => {
	it('lists the accounts the app created or was granted, and slices for the limit', async () => {
		await h.run({ resource: 'platformAccount', operation: 'create', name: 'Listed One', additionalFields: {} });
		await h.run({ resource: 'platformAccount', operation: 'create', name: 'Listed Two', additionalFields: {} });
		h.fake.clearLog();
		const all = await h.run({ resource: 'platformAccount', operation: 'getAll', returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${P}/accounts`, query: {} }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.platform);
		const granted = h.fake.state.accounts.filter((a) => app().permissibles.has(`Account:${a.id}`));
		expect(jsonOf(all).map((a) => a.id)).toEqual(granted.map((a) => a.id));
		expect(jsonOf(all).map((a) => a.name)).toEqual(expect.arrayContaining(['Listed One', 'Listed Two']));
		expect(h.fake.state.accounts.length).toBeGreaterThan(granted.length); // the seeded accounts are not the app's

		h.fake.clearLog();
		const one = await h.run({ resource: 'platformAccount', operation: 'getAll', returnAll: false, limit: 1 });
		expect(h.requests()).toHaveLength(1);
		expect(jsonOf(one)).toEqual(jsonOf(all).slice(0, 1));
	});
});

describe('platformUser: getToken', () => {
	it('POSTs to the user’s token route; the output holds the token, no log line does', async () => {
		await h.run({ resource: 'platformUser', operation: 'create', name: 'Token Person', email: 'token.person@example.com', password: 'Secret-Pass-123!' });
		const user = h.fake.state.users.find((u) => u.email === 'token.person@example.com')!;
		h.fake.clearLog();
		const ctx = h.context('execute', { parameters: { resource: 'platformUser', operation: 'getToken', userId: String(user.id) }, nodeType: nodes.platform });
		const [out] = (await nodes.platform.execute!.call(ctx as never)) as INodeExecutionData[][];
		expect(h.requests()).toEqual([{ method: 'POST', path: `${P}/users/${user.id}/token`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ access_token: user.access_token }]);
		expect(user.access_token.length).toBeGreaterThan(10);
		expect(JSON.stringify(ctx.logs)).not.toContain(user.access_token);
	});

	it('a user the app may not reach: the API error, with neither token in it or in the logs', async () => {
		const stranger = h.fake.state.users.find((u) => !app().permissibles.has(`User:${u.id}`))!;
		const ctx = h.context('execute', { parameters: { resource: 'platformUser', operation: 'getToken', userId: String(stranger.id) }, nodeType: nodes.platform });
		let error: unknown;
		try {
			await nodes.platform.execute!.call(ctx as never);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe('Non permissible resource');
		const told = JSON.stringify({ message: (error as NodeApiError).message, description: (error as NodeApiError).description, context: (error as NodeApiError).context, logs: ctx.logs });
		for (const secret of [stranger.access_token, h.fake.tokens.platform]) expect(told).not.toContain(secret);
	});

	it('refuses a missing user before any request', async () => {
		await h.refused({ resource: 'platformUser', operation: 'getToken' }, 'User ID', /required/);
	});
});
