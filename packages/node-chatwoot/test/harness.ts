/**
 * The Chatwoot node against the fake Chatwoot server (test kit), through the test kit's one harness
 * (`nodeHarness`): the real router, transport and credentials over HTTP, nothing mocked, the node
 * type's defaults applied as n8n applies them, and every request validated against Chatwoot's
 * OpenAPI spec by the fake.
 *
 *   const h = useChatwoot();          // one seeded fake for the file (or the describe that calls it)
 *   await h.run({ resource: 'contact', operation: 'get', contactId: byId(1) });
 *   expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/1`, query: {} }]);
 *
 * `run`, `runError`, `requests()`, `fake`, `context`, `listSearch` and `loadOptions` are the test
 * kit's (its harness.ts documents them). What Chatwoot adds is thin and listed on
 * `ChatwootHarness`: a spec violation fails the test that caused it (not only the file), the account
 * prefix, the one-request check, the refusal checks, and another user's token.
 *
 * A fresh seed for every test of a describe: `useChatwoot({ each: true })` inside it; fake options
 * (e.g. `conversationsPerPage`) go the same way to the describe that needs them. A single test that
 * needs a fake configured its own way would use the test kit's `withHarness`, as Cliengo's
 * `withFake` does (no Chatwoot test needs one today).
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import { createChatwootFake, nodeHarness, type ChatwootFake, type ChatwootFakeOptions, type ContextOptions, type HarnessFake, type NodeHarness } from '@leadchat/testkit';
import type { INodeType } from 'n8n-workflow';
import { ChatwootApi } from '../credentials/ChatwootApi.credentials';
import { ChatwootClientApi } from '../credentials/ChatwootClientApi.credentials';
import { ChatwootPlatformApi } from '../credentials/ChatwootPlatformApi.credentials';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';
import { ChatwootClient } from '../nodes/ChatwootClient/ChatwootClient.node';
import { ChatwootPlatform } from '../nodes/ChatwootPlatform/ChatwootPlatform.node';

export { byId, jsonOf } from '@leadchat/testkit';
export type { ChatwootFake };

export const node = new Chatwoot();
/** The three action nodes: Chatwoot (an account), Chatwoot Platform (Platform API), Chatwoot Client API (one API inbox). */
export const nodes = { chatwoot: node, platform: new ChatwootPlatform(), client: new ChatwootClient() } as const;
export const credentialTypes = () => [new ChatwootApi(), new ChatwootPlatformApi(), new ChatwootClientApi()];

/**
 * Credential data for the fake as n8n would hold it: the user's token (or `token`), the
 * platform-app token, and the seeded API inbox for the Client API.
 */
export function credentialsFor(fake: ChatwootFake, token?: string) {
	return {
		leadchatChatwootApi: { baseUrl: fake.url, accessToken: token ?? fake.tokens.user, accountId: fake.accountId, headerName: 'api_access_token' },
		leadchatChatwootPlatformApi: { baseUrl: fake.url, accessToken: fake.tokens.platform },
		leadchatChatwootClientApi: { baseUrl: fake.url, inboxIdentifier: fake.seeded?.apiInboxIdentifier ?? '' },
	};
}

/** The fake Chatwoot with the request log where the harness reads it (`requests`, `clearLog`). */
export type ChatwootTestFake = ChatwootFake & HarnessFake;

/** A seeded fake Chatwoot, not started yet, that answers any request the spec does not allow with 400. */
function createFake(options: ChatwootFakeOptions = {}): ChatwootTestFake {
	const fake = createChatwootFake({ seed: true, strictSpec: true, ...options });
	return Object.defineProperties(fake, {
		requests: { get: () => fake.server.requests },
		clearLog: { value: () => fake.server.clearLog() },
	}) as ChatwootTestFake;
}

type Parameters_ = Parameters<NodeHarness<ChatwootTestFake>['run']>[0];
type Extra = Partial<ContextOptions>;
type Request = ReturnType<NodeHarness<ChatwootTestFake>['requests']>[number];

/** The test kit's harness, plus what every Chatwoot test file checks. */
export interface ChatwootHarness extends NodeHarness<ChatwootTestFake> {
	/** The account prefix, `/api/v1/accounts/{accountId}`. */
	A(): string;
	/** The one request of the test (fails unless there was exactly one). */
	only(): Request;
	/** Bad input: a NodeOperationError naming the field (and the problem, if given), and nothing sent. */
	refused(parameters: Parameters_, field: string, problem?: string | RegExp, extra?: Extra): Promise<void>;
	/** The server's refusal: a NodeApiError with this HTTP status and exactly this message. */
	apiError(parameters: Parameters_, status: number, message: string, extra?: Extra): Promise<void>;
	/** A fresh conversation (with a new contact unless given) in the seeded API inbox; the request log is cleared after. */
	newConversation(input?: Parameters<ChatwootFake['addConversation']>[0]): ReturnType<ChatwootFake['addConversation']>;
	/** Run options that send another access token (e.g. `h.fake.tokens.agent`) instead of the administrator's. */
	withToken(token: string): Extra;
	/** Run options whose Chatwoot Client API credential holds this inbox identifier. */
	withInbox(inboxIdentifier: string): Extra;
}

/**
 * One seeded fake Chatwoot for the test file (or describe) that calls this, or one per test with
 * `each: true`. After each test, the spec violations recorded during it fail that test.
 */
export function useChatwoot(options: ChatwootFakeOptions & { each?: boolean; node?: INodeType } = {}): ChatwootHarness {
	const { each, node: chosen, ...fakeOptions } = options;
	const h = nodeHarness({ node: chosen ?? node, fake: () => createFake(fakeOptions), credentials: (fake) => credentialsFor(fake), credentialTypes: credentialTypes(), each });
	// With `each`, the harness checks the fake when it stops after the test; otherwise check here.
	if (!each) afterEach(() => expect(h.fake.server.violations.splice(0)).toEqual([]));

	return Object.assign(h, {
		A: () => `/api/v1/accounts/${h.fake.accountId}`,
		only() {
			expect(h.fake.requests).toHaveLength(1);
			return h.requests()[0];
		},
		async refused(parameters: Parameters_, field: string, problem?: string | RegExp, extra?: Extra) {
			const error = await h.runError(parameters, extra);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toContain(`"${field}"`);
			if (problem !== undefined) expect(error.message).toMatch(problem);
			expect(h.fake.requests).toHaveLength(0);
		},
		async apiError(parameters: Parameters_, status: number, message: string, extra?: Extra) {
			const error = await h.runError(parameters, extra);
			expect(error).toBeInstanceOf(NodeApiError);
			expect(error.httpCode).toBe(String(status));
			expect(error.message).toBe(message);
		},
		newConversation(input: Parameters<ChatwootFake['addConversation']>[0] = {}) {
			const conversation = h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api, ...input });
			h.fake.clearLog();
			return conversation;
		},
		withToken: (token: string): Extra => ({ credentials: credentialsFor(h.fake, token) }),
		withInbox: (inboxIdentifier: string): Extra => ({ credentials: { ...credentialsFor(h.fake), leadchatChatwootClientApi: { baseUrl: h.fake.url, inboxIdentifier } } }),
	});
}

/** Node parameters of one resource: `const convOp = resourceOp('conversation'); convOp('get', { … })`. */
export const resourceOp =
	(resource: string) =>
	(operation: string, params: IDataObject = {}): IDataObject => ({ resource, operation, ...params });

/**
 * The webhook trigger tests' fake (created at once, one per file), kept for
 * trigger-webhook.test.ts and trigger-lifecycle.test.ts until they move onto the test kit's
 * `serveWebhook`; every other test uses `useChatwoot`.
 */
export function useFake(): { fake: ChatwootFake; A(): string; sent(): Request[] } {
	const fake = createFake();
	beforeAll(() => fake.start());
	afterAll(() => fake.stop());
	beforeEach(() => fake.clearLog());
	afterEach(() => expect(fake.server.violations.splice(0)).toEqual([]));
	return {
		fake,
		A: () => `/api/v1/accounts/${fake.accountId}`,
		sent: () => fake.requests.map((r) => ({ method: r.method, path: r.path, query: r.query as IDataObject, body: r.body })),
	};
}
