import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { credentialSecret, manualWebhookLifecycle, webhookLifecycle, webhookSecretTest, type RemoteHook } from '../src/triggers/webhook';

function hookContext(staticData: IDataObject, url = 'https://n8n.example.com/webhook/abc/webhook') {
	return { getWorkflowStaticData: () => staticData, getNodeWebhookUrl: () => url } as unknown as IHookFunctions;
}

function remote() {
	const hooks: RemoteHook[] = [];
	const log: string[] = [];
	let next = 1;
	const lifecycle = webhookLifecycle({
		list: async () => (log.push('list'), hooks.map((h) => ({ ...h }))),
		create: async (url) => {
			log.push(`create ${url}`);
			const hook = { id: String(next++), url, secret: `s${next}` };
			hooks.push(hook);
			return hook;
		},
		update: async (hook) => (log.push(`update ${hook.id}`), hook),
		remove: async (id) => {
			log.push(`remove ${id}`);
			const i = hooks.findIndex((h) => h.id === id);
			if (i >= 0) hooks.splice(i, 1);
		},
	});
	return { hooks, log, lifecycle };
}

describe('webhookLifecycle', () => {
	test('create registers once and stores the id and secret; checkExists finds it; delete removes it', async () => {
		const { hooks, log, lifecycle } = remote();
		const data: IDataObject = {};
		const ctx = hookContext(data);
		expect(await lifecycle.checkExists.call(ctx)).toBe(false);
		expect(await lifecycle.create.call(ctx)).toBe(true);
		expect(data).toEqual({ webhookId: '1', webhookSecret: 's2' });
		expect(await lifecycle.checkExists.call(ctx)).toBe(true);
		expect(await lifecycle.delete.call(ctx)).toBe(true);
		expect(hooks).toEqual([]);
		expect(data).toEqual({});
		expect(log).toEqual(['list', 'list', 'create https://n8n.example.com/webhook/abc/webhook', 'list', 'update 1', 'remove 1']);
	});

	test('a hook that already has the URL (trailing slash aside) is reused, never duplicated', async () => {
		const { hooks, lifecycle } = remote();
		hooks.push({ id: '77', url: 'https://n8n.example.com/webhook/abc/webhook/', secret: 'kept' });
		const data: IDataObject = {};
		await lifecycle.create.call(hookContext(data));
		await lifecycle.create.call(hookContext(data));
		expect(hooks.map((h) => h.id)).toEqual(['77']);
		expect(data).toEqual({ webhookId: '77', webhookSecret: 'kept' });
	});

	test('checkExists adopts a hook with the URL after a restart lost the static data, and forgets a vanished one', async () => {
		const { hooks, lifecycle } = remote();
		hooks.push({ id: '5', url: 'https://n8n.example.com/webhook/abc/webhook' });
		const data: IDataObject = { webhookSecret: 'stale' };
		expect(await lifecycle.checkExists.call(hookContext(data))).toBe(true);
		expect(data).toEqual({ webhookId: '5' });
		hooks.length = 0;
		expect(await lifecycle.checkExists.call(hookContext(data))).toBe(false);
		expect(data).toEqual({});
	});

	test('several hooks with the URL: the stored one is adopted (checkExists and create), not the first listed', async () => {
		const { hooks, log, lifecycle } = remote();
		const url = 'https://n8n.example.com/webhook/abc/webhook';
		hooks.push({ id: '3', url, secret: 'other' }, { id: '8', url: `${url}/`, secret: 'mine' });
		const data: IDataObject = { webhookId: '8', webhookSecret: 'mine' };
		expect(await lifecycle.checkExists.call(hookContext(data))).toBe(true);
		expect(data).toEqual({ webhookId: '8', webhookSecret: 'mine' });
		expect(await lifecycle.create.call(hookContext(data))).toBe(true);
		expect(data).toEqual({ webhookId: '8', webhookSecret: 'mine' });
		expect(log).toEqual(['list', 'update 8', 'list', 'update 8']);
		// A stored id whose hook now has another URL is not adopted; the hook with the URL is.
		hooks[1].url = 'https://elsewhere.example.com/hook';
		expect(await lifecycle.checkExists.call(hookContext(data))).toBe(true);
		expect(data).toEqual({ webhookId: '3', webhookSecret: 'other' });
	});

	test('delete with nothing stored sends nothing', async () => {
		const { log, lifecycle } = remote();
		expect(await lifecycle.delete.call(hookContext({}))).toBe(true);
		expect(log).toEqual([]);
	});

	test('without update, an existing hook is adopted as is', async () => {
		const hooks: RemoteHook[] = [{ id: '9', url: 'https://x/y' }];
		const lifecycle = webhookLifecycle({ list: async () => hooks, create: async () => ({ id: 'no', url: '' }), remove: async () => undefined });
		const data: IDataObject = {};
		expect(await lifecycle.create.call(hookContext(data, 'https://x/y'))).toBe(true);
		expect(await lifecycle.checkExists.call(hookContext(data, 'https://x/y'))).toBe(true);
		expect(data).toEqual({ webhookId: '9' });
	});
});

describe('manualWebhookLifecycle', () => {
	test('activation (checkExists, create) runs the check on the hook context and fails with it; delete does nothing', async () => {
		const calls: unknown[] = [];
		let known = false;
		const lifecycle = manualWebhookLifecycle(async function (this: IHookFunctions) {
			calls.push(this);
			if (!known) throw new NodeOperationError({ name: 'Trigger' } as never, 'No key is known');
		});
		const ctx = hookContext({});
		await expect(lifecycle.checkExists.call(ctx)).rejects.toThrow('No key is known');
		await expect(lifecycle.create.call(ctx)).rejects.toThrow('No key is known');
		known = true;
		expect([await lifecycle.checkExists.call(ctx), await lifecycle.create.call(ctx), await lifecycle.delete.call(ctx)]).toEqual([true, true, true]);
		expect(calls).toEqual([ctx, ctx, ctx, ctx]);
	});
});

describe('credentialSecret', () => {
	const ctx = (get: (type: string) => Promise<unknown>) => ({ getCredentials: get }) as unknown as IHookFunctions;
	test('the field of the selected credential', async () => {
		const types: string[] = [];
		expect(await credentialSecret(ctx(async (type) => (types.push(type), { secret: 's3cret', other: 1 })), 'fooWebhookApi', 'secret')).toBe('s3cret');
		expect(types).toEqual(['fooWebhookApi']);
	});
	test("'' when no credential is selected (n8n throws), or the field is empty or not a string", async () => {
		const missing = ctx(async () => {
			throw new NodeOperationError({ name: 'Trigger' } as never, 'Node does not have any credentials set');
		});
		expect(await credentialSecret(missing, 'fooWebhookApi', 'secret')).toBe('');
		expect(await credentialSecret(ctx(async () => ({ secret: '' })), 'fooWebhookApi', 'secret')).toBe('');
		expect(await credentialSecret(ctx(async () => ({ secret: 42 })), 'fooWebhookApi', 'secret')).toBe('');
		expect(await credentialSecret(ctx(async () => undefined), 'fooWebhookApi', 'secret')).toBe('');
	});
});

describe('webhookSecretTest', () => {
	const test = webhookSecretTest([
		{ name: 'signatureSecret', label: 'Plugin Signature Secret' },
		{ name: 'websiteHookKey', label: 'Website Hook Key' },
	]);
	const run = (data: IDataObject | undefined) => test.call({} as never, { id: '1', name: 'c', type: 't', data } as never);

	it('OK when a secret is set, naming what is set', async () => {
		await expect(run({ signatureSecret: 's3cr3t', websiteHookKey: '' })).resolves.toEqual({ status: 'OK', message: 'Plugin Signature Secret set; each delivery is checked against it' });
		await expect(run({ signatureSecret: 'a', websiteHookKey: 'b' })).resolves.toEqual({ status: 'OK', message: 'Plugin Signature Secret and Website Hook Key set; each delivery is checked against it' });
	});

	it('an error when every field is empty or missing', async () => {
		const empty = { status: 'Error', message: 'Plugin Signature Secret or Website Hook Key is empty: no delivery could be verified' };
		await expect(run({ signatureSecret: '', websiteHookKey: '' })).resolves.toEqual(empty);
		await expect(run({})).resolves.toEqual(empty);
		await expect(run(undefined)).resolves.toEqual(empty);
	});

	it('an error when a value begins or ends with whitespace, naming the field and never the value', async () => {
		for (const value of [' s3cr3t', 's3cr3t\n', '\ts3cr3t']) {
			const result = await run({ signatureSecret: '', websiteHookKey: value });
			expect(result).toEqual({ status: 'Error', message: 'Website Hook Key begins or ends with a space or line break: remove it, or no delivery will match' });
			expect(result.message).not.toContain('s3cr3t');
		}
	});
});
