/**
 * Chatwoot Trigger, webhook registration (n8n's checkExists / create / delete) against the fake:
 * exact requests, the secret kept in static data, reuse of a hook that already has this URL, no
 * pile-up, delete tolerating a hook that is already gone, and activation refused when no delivery
 * could ever be verified.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { createHookContext, createLoadOptionsContext } from '@leadchat/testkit';
import { ChatwootWebhookSecretApi } from '../credentials/ChatwootWebhookSecretApi.credentials';
import { ChatwootTrigger, NO_PROVIDED_SECRET, NO_WEBHOOK_SECRET } from '../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { credentialTypes, credentialsFor, useFake } from './harness';

const { fake, A, sent } = useFake();
const trigger = new ChatwootTrigger();
const hooks = trigger.webhookMethods.default;
let n = 0;
/** A fresh n8n webhook URL per test, so tests do not see each other's hooks. */
let url: string;

beforeEach(() => {
	url = `http://127.0.0.1:5678/webhook/trigger-${++n}/webhook`;
});

function hookContext(parameters: IDataObject, staticData: IDataObject = {}, token?: string, webhookSecretCredential?: string) {
	const credentials: IDataObject = { ...credentialsFor(fake, token) };
	if (webhookSecretCredential !== undefined) credentials.leadchatChatwootWebhookSecretApi = { secret: webhookSecretCredential };
	return createHookContext({
		parameters,
		credentials: credentials as never,
		credentialTypes: [...credentialTypes(), new ChatwootWebhookSecretApi()],
		staticData,
		webhookUrl: url,
		nodeType: trigger,
		workflow: { id: 'wf-42', name: 'Support alerts' },
	});
}

const remoteHooks = () => fake.state.webhooks.filter((w) => w.account_id === fake.accountId && w.url === url);

describe('Chatwoot Trigger: registration', () => {
	it('checkExists: false when no hook has this URL (one GET, the token header, static data untouched)', async () => {
		const staticData: IDataObject = {};
		const ctx = hookContext({ events: ['message_created'] }, staticData);
		await expect(hooks.checkExists.call(ctx)).resolves.toBe(false);
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(staticData).toEqual({});
	});

	it('create: POSTs {webhook:{url, subscriptions, name}} and keeps the id and the secret', async () => {
		const staticData: IDataObject = {};
		const ctx = hookContext({ events: ['message_created', 'conversation_created'] }, staticData);
		await expect(hooks.create.call(ctx)).resolves.toBe(true);
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined },
			{
				method: 'POST',
				path: `${A()}/webhooks`,
				query: {},
				body: { webhook: { url, subscriptions: ['message_created', 'conversation_created'], name: 'n8n: Support alerts' } },
			},
		]);
		const [remote] = remoteHooks();
		expect(remoteHooks()).toHaveLength(1);
		expect(remote.subscriptions).toEqual(['message_created', 'conversation_created']);
		expect(staticData).toEqual({ webhookId: String(remote.id), webhookSecret: remote.secret });

		// Now it exists: checkExists adopts it without changing anything.
		fake.server.clearLog();
		const again: IDataObject = {};
		await expect(hooks.checkExists.call(hookContext({ events: ['conversation_created', 'message_created'] }, again))).resolves.toBe(true);
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined }]);
		expect(again).toEqual({ webhookId: String(remote.id), webhookSecret: remote.secret });
	});

	it('create twice: the second call reuses the hook, nothing piles up', async () => {
		const first: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['contact_created'] }, first));
		fake.server.clearLog();
		const second: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['contact_created'] }, second));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined }]);
		expect(remoteHooks()).toHaveLength(1);
		expect(second).toEqual(first);
	});

	it('reuses a hook registered elsewhere with the same URL and PATCHes its subscriptions to the chosen events', async () => {
		const existing = fake.state.createWebhook(fake.accountId, { url, name: 'by hand', subscriptions: ['contact_created', 'contact_updated'] });
		const staticData: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['message_created', 'message_updated', 'inbox_created'] }, staticData));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined },
			{
				method: 'PATCH',
				path: `${A()}/webhooks/${existing.id}`,
				query: {},
				body: { webhook: { url, subscriptions: ['message_created', 'message_updated', 'inbox_created'] } },
			},
		]);
		expect(remoteHooks()).toHaveLength(1);
		expect(existing.subscriptions).toEqual(['message_created', 'message_updated', 'inbox_created']);
		expect(staticData).toEqual({ webhookId: String(existing.id), webhookSecret: existing.secret });
	});

	it('checkExists also brings the subscriptions in line when the events were changed', async () => {
		const existing = fake.state.createWebhook(fake.accountId, { url, name: 'n8n: Support alerts', subscriptions: ['message_created'] });
		const staticData: IDataObject = { webhookId: String(existing.id) };
		await expect(hooks.checkExists.call(hookContext({ events: ['message_created', 'conversation_status_changed'] }, staticData))).resolves.toBe(true);
		expect(sent().map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${A()}/webhooks`, `PATCH ${A()}/webhooks/${existing.id}`]);
		expect(existing.subscriptions).toEqual(['message_created', 'conversation_status_changed']);
		expect(staticData.webhookSecret).toBe(existing.secret);
	});

	it('a hook of the same URL in another account is not touched', async () => {
		const foreign = fake.state.createWebhook(fake.otherAccountId, { url, subscriptions: ['message_created'] });
		const staticData: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['message_created'] }, staticData));
		expect(sent().map((r) => r.method)).toEqual(['GET', 'POST']);
		expect(staticData.webhookId).not.toBe(String(foreign.id));
		expect(fake.state.webhooks).toContain(foreign);
	});

	it('delete: DELETEs the stored hook and clears static data', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['message_created'] }, staticData));
		const id = staticData.webhookId;
		fake.server.clearLog();
		await expect(hooks.delete.call(hookContext({ events: ['message_created'] }, staticData))).resolves.toBe(true);
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/webhooks/${id}`, query: {}, body: undefined }]);
		expect(remoteHooks()).toHaveLength(0);
		expect(staticData).toEqual({});
	});

	it('delete after the hook vanished: the 404 is tolerated', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['message_created'] }, staticData));
		fake.state.webhooks = fake.state.webhooks.filter((w) => w.url !== url);
		fake.server.clearLog();
		await expect(hooks.delete.call(hookContext({ events: ['message_created'] }, staticData))).resolves.toBe(true);
		expect(fake.server.requests.map((r) => [r.method, r.status])).toEqual([['DELETE', 404]]);
		expect(staticData).toEqual({});
	});

	it('delete refused by Chatwoot: the transport\'s NodeApiError, with Chatwoot\'s message, unchanged', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(hookContext({ events: ['message_created'] }, staticData));
		const id = staticData.webhookId as string;
		fake.server.inject({ status: 401, body: { error: 'You are not authorized to do this action' } }, { match: { method: 'DELETE', path: /webhooks/ } });
		fake.server.clearLog();
		const error = (await hooks.delete.call(hookContext({ events: ['message_created'] }, staticData)).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual(['You are not authorized to do this action', '401']);
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/webhooks/${id}`, query: {}, body: undefined }]);
	});

	it('delete without a stored hook sends nothing', async () => {
		await expect(hooks.delete.call(hookContext({ events: ['message_created'] }, {}))).resolves.toBe(true);
		expect(fake.server.requests).toHaveLength(0);
	});

	it('the account chosen on the node is used instead of the credential default', async () => {
		// Dave administers account 2 only.
		const staticData: IDataObject = {};
		const ctx = hookContext({ accountId: String(fake.otherAccountId), events: ['message_created'] }, staticData, fake.tokens.otherAccountUser);
		await hooks.create.call(ctx);
		expect(sent().map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /api/v1/accounts/${fake.otherAccountId}/webhooks`,
			`POST /api/v1/accounts/${fake.otherAccountId}/webhooks`,
		]);
		expect(fake.state.webhooks.find((w) => String(w.id) === staticData.webhookId)?.account_id).toBe(fake.otherAccountId);
	});

	it('API errors surface as NodeApiError with the server message (an agent may not manage webhooks)', async () => {
		const error = await hooks.create.call(hookContext({ events: ['message_created'] }, {}, fake.tokens.agent)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('401');
		expect((error as Error).message).toBe('You are not authorized to do this action');
	});
});

describe('Chatwoot Trigger: activation fails when no delivery could ever be verified', () => {
	afterEach(() => {
		fake.state.webhookSecrets = true;
	});

	const failure = async (promise: Promise<unknown>) => {
		const error = await promise.then(
			() => undefined,
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		return (error as Error).message;
	};

	it("\"Verify with the Webhook's Secret\" and Chatwoot returns no secret (older version): create fails with what to do, and removes the hook it registered", async () => {
		fake.state.webhookSecrets = false;
		const staticData: IDataObject = {};
		expect(await failure(hooks.create.call(hookContext({ events: ['message_created'] }, staticData)))).toBe(NO_WEBHOOK_SECRET);
		expect(NO_WEBHOOK_SECRET).toContain('choose "Verify with a Secret I Provide"');
		expect(NO_WEBHOOK_SECRET).toContain('or choose "Do Not Verify"');
		expect(sent().map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${A()}/webhooks`, `POST ${A()}/webhooks`, expect.stringMatching(new RegExp(`^DELETE ${A()}/webhooks/\\d+$`))]);
		expect(remoteHooks()).toEqual([]);
		expect(staticData).toEqual({});
	});

	it('checkExists adopting a secret-less hook with this URL fails the same way (the default mode)', async () => {
		fake.state.webhookSecrets = false;
		const existing = fake.state.createWebhook(fake.accountId, { url, subscriptions: ['message_created'] });
		const staticData: IDataObject = { webhookId: String(existing.id) };
		expect(await failure(hooks.checkExists.call(hookContext({ events: ['message_created'] }, staticData)))).toBe(NO_WEBHOOK_SECRET);
		expect(sent().map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${A()}/webhooks`, `DELETE ${A()}/webhooks/${existing.id}`]);
		expect(staticData).toEqual({});
	});

	it('"Verify with a Secret I Provide" without its credential: checkExists and create fail before any request', async () => {
		const parameters = { events: ['message_created'], signatureVerification: 'providedSecret' };
		expect(await failure(hooks.checkExists.call(hookContext(parameters, {})))).toBe(NO_PROVIDED_SECRET);
		expect(await failure(hooks.create.call(hookContext(parameters, {})))).toBe(NO_PROVIDED_SECRET);
		expect(await failure(hooks.create.call(hookContext(parameters, {}, undefined, '')))).toBe(NO_PROVIDED_SECRET);
		expect(NO_PROVIDED_SECRET).toContain('Create a "Chatwoot Webhook Secret" credential');
		expect(fake.server.requests).toHaveLength(0);
	});

	it('"Verify with a Secret I Provide" with its credential, and "Do Not Verify", activate although Chatwoot returns no secret', async () => {
		fake.state.webhookSecrets = false;
		const provided: IDataObject = {};
		await expect(hooks.create.call(hookContext({ events: ['message_created'], signatureVerification: 'providedSecret' }, provided, undefined, 'my-secret'))).resolves.toBe(true);
		expect(provided).toEqual({ webhookId: String(remoteHooks()[0].id) });
		const none: IDataObject = {};
		await expect(hooks.checkExists.call(hookContext({ events: ['message_created'], signatureVerification: 'none' }, none))).resolves.toBe(true);
		expect(none).toEqual(provided);
		expect(sent().map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
	});
});

describe('Chatwoot Trigger: the Chatwoot Webhook Secret credential\'s test (testedBy)', () => {
	const credentialTest = (secret: unknown) =>
		trigger.methods.credentialTest.webhookSecretTest.call({} as never, { id: '1', name: 'Secret', type: 'leadchatChatwootWebhookSecretApi', data: { secret } as never });

	it('passes a secret, fails an empty one or one pasted with a line break, never naming the value', async () => {
		await expect(credentialTest('s3cr3t-value')).resolves.toEqual({ status: 'OK', message: 'Secret set; each delivery is checked against it' });
		await expect(credentialTest('')).resolves.toEqual({ status: 'Error', message: 'Secret is empty: no delivery could be verified' });
		const pasted = await credentialTest('s3cr3t-value\n');
		expect(pasted).toEqual({ status: 'Error', message: 'Secret begins or ends with a space or line break: remove it, or no delivery will match' });
	});
});

describe('Chatwoot Trigger: description and dropdowns', () => {
	it('declares the webhook, the 12 events, and the credential', () => {
		const d = trigger.description;
		expect(d.name).toBe('chatwootTrigger');
		expect(d.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(d.credentials).toEqual([
			{ name: 'leadchatChatwootApi', required: true },
			{
				name: 'leadchatChatwootWebhookSecretApi',
				displayName: 'Chatwoot Webhook Secret',
				required: true,
				testedBy: 'webhookSecretTest',
				displayOptions: { show: { signatureVerification: ['providedSecret'] } },
			},
		]);
		expect(new ChatwootWebhookSecretApi().displayName).toBe('Chatwoot Webhook Secret API');
		expect(d.properties.map((p) => p.name)).not.toContain('secret');
		const notice = d.properties.find((p) => p.name === 'providedSecretNotice')!;
		expect(notice.type).toBe('notice');
		expect(notice.displayOptions).toEqual({ show: { signatureVerification: ['providedSecret'] } });
		expect(notice.displayName).toContain('save the workflow again so the old field is dropped');
		const events = d.properties.find((p) => p.name === 'events')!;
		expect((events.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual([
			'contact_created',
			'contact_updated',
			'conversation_created',
			'conversation_status_changed',
			'conversation_typing_off',
			'conversation_typing_on',
			'conversation_updated',
			'inbox_created',
			'inbox_updated',
			'message_created',
			'message_updated',
			'webwidget_triggered',
		]);
		expect(events.required).toBe(true);
		const verification = d.properties.find((p) => p.name === 'signatureVerification')!;
		expect((verification.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['webhookSecret', 'providedSecret', 'none']);
		expect(d.properties.find((p) => p.name === 'accountId')?.displayOptions).toBeUndefined();
	});

	it('the Inbox and Account are locators (nothing loads before they are opened): inboxes of the account, accounts of the token from the profile', async () => {
		for (const name of ['accountId', 'inboxId']) {
			const p = trigger.description.properties.find((x) => x.name === name)!;
			expect({ name, type: p.type, default: p.default, modes: p.modes?.map((m) => m.name) }).toEqual({ name, type: 'resourceLocator', default: { mode: 'list', value: '' }, modes: ['list', 'id'] });
		}
		expect(trigger.description.properties.filter((p) => p.typeOptions?.loadOptionsMethod !== undefined)).toEqual([]);
		const ctx = createLoadOptionsContext({ parameters: {}, credentials: credentialsFor(fake) as never, credentialTypes: credentialTypes() });
		const inboxes = await trigger.methods.listSearch.searchInboxes.call(ctx);
		const own = fake.state.inboxes.filter((i) => i.account_id === fake.accountId);
		expect(inboxes.results).toEqual(own.map((i) => ({ name: `${i.name} (${({ 'Channel::Api': 'API', 'Channel::WebWidget': 'Website' } as Record<string, string>)[i.channel_type]})`, value: String(i.id) })));
		const accounts = await trigger.methods.listSearch.searchAccounts.call(ctx);
		expect(accounts.results).toEqual([{ name: `Acme (${fake.accountId}) · the credential's default`, value: String(fake.accountId) }]);
	});
});
