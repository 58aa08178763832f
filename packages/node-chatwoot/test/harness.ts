import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { createChatwootFake, createExecuteContext, createLoadOptionsContext, type ChatwootFake, type ChatwootFakeOptions } from '@leadchat/testkit';
import { ChatwootApi } from '../credentials/ChatwootApi.credentials';
import { ChatwootPlatformApi } from '../credentials/ChatwootPlatformApi.credentials';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';

export type { ChatwootFake };

/** A seeded fake Chatwoot, not started yet, that answers any request the spec does not allow with 400. */
function createFake(options: ChatwootFakeOptions = {}): ChatwootFake {
	return createChatwootFake({ seed: true, strictSpec: true, ...options });
}

/** A seeded fake Chatwoot on 127.0.0.1 that fails the test on any request the spec does not allow. */
export async function startFake(options: ChatwootFakeOptions = {}): Promise<ChatwootFake> {
	const fake = createFake(options);
	await fake.start();
	return fake;
}

export function credentialsFor(fake: ChatwootFake, token?: string) {
	return {
		chatwootApi: { baseUrl: fake.url, accessToken: token ?? fake.tokens.user, accountId: fake.accountId, headerName: 'api_access_token' },
		chatwootPlatformApi: { baseUrl: fake.url, accessToken: fake.tokens.platform },
	};
}

export const credentialTypes = () => [new ChatwootApi(), new ChatwootPlatformApi()];

export interface RunOptions {
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	token?: string;
}

/** Runs the Chatwoot node once, with these parameters, against the fake; returns the output items. */
export async function run(fake: ChatwootFake, parameters: IDataObject | ((i: number) => IDataObject), opts: RunOptions = {}): Promise<INodeExecutionData[]> {
	const ctx = createExecuteContext({
		parameters: parameters as never,
		credentials: credentialsFor(fake, opts.token) as never,
		credentialTypes: credentialTypes(),
		items: opts.items,
		continueOnFail: opts.continueOnFail,
	});
	const out = await new Chatwoot().execute.call(ctx as never);
	return out[0];
}

/** The JSON of each output item. */
export const jsonOf = (items: INodeExecutionData[]) => items.map((i) => i.json);

/** A context for loadOptions / listSearch methods. */
export function loadOptionsContext(fake: ChatwootFake, parameters: IDataObject = {}) {
	return createLoadOptionsContext({ parameters: parameters as never, credentials: credentialsFor(fake) as never, credentialTypes: credentialTypes() });
}

/** A request as the fake received it. */
export interface SentRequest {
	method: string;
	path: string;
	query: ChatwootFake['server']['requests'][number]['query'];
	body: unknown;
}

/** Requests the fake received, without the seed-time ones, as {method, path, query, body}. */
export function calls(fake: ChatwootFake): SentRequest[] {
	return fake.server.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body }));
}

/** Resource locator value in "id" mode. */
export const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** Node parameters of one resource: `const convOp = resourceOp('conversation'); convOp('get', { … })`. */
export const resourceOp =
	(resource: string) =>
	(operation: string, params: IDataObject = {}): IDataObject => ({ resource, operation, ...params });

/** The fake of a test file and the checks every file makes with it; see `useFake`. */
export interface FakeHarness {
	/** The file's fake: created at once (seeded), listening from before the first test to after the last. */
	readonly fake: ChatwootFake;
	/** The account prefix, `/api/v1/accounts/{accountId}`. */
	A(): string;
	/** The requests of the test so far, as {method, path, query, body}. */
	sent(): SentRequest[];
	/** The one request of the test (fails unless there was exactly one). */
	only(): SentRequest;
	/** The error the node fails with on these parameters (fails the test if it does not fail). */
	failure(parameters: IDataObject, opts?: RunOptions): Promise<Error>;
	/** Bad input: a NodeOperationError naming the field (and the problem, if given), and nothing sent. */
	refused(parameters: IDataObject, field: string, problem?: string | RegExp, opts?: RunOptions): Promise<void>;
	/** The server's refusal: a NodeApiError with this HTTP status and exactly this message. */
	apiError(parameters: IDataObject, status: number, message: string, opts?: RunOptions): Promise<void>;
	/** A fresh conversation (with a new contact unless given) in the seeded API inbox; the request log is cleared after. */
	newConversation(input?: Parameters<ChatwootFake['addConversation']>[0]): ReturnType<ChatwootFake['addConversation']>;
}

/**
 * One fake Chatwoot for the test file that calls this at its top level: started before the first
 * test, stopped after the last; before each test the request log is cleared, and after each test the
 * spec violations recorded since the previous test fail it (and are dropped, so a violation fails
 * that test only).
 */
export function useFake(options: ChatwootFakeOptions = {}): FakeHarness {
	const fake = createFake(options);
	let started = false;

	beforeAll(async () => {
		await fake.start();
		started = true;
	});
	afterAll(async () => {
		if (started) await fake.stop();
	});
	beforeEach(() => fake.server.clearLog());
	afterEach(() => {
		// Each test answers for its own requests (and those of the hooks before it).
		const violations = fake.server.violations.splice(0);
		expect(violations).toEqual([]);
	});

	async function failure(parameters: IDataObject, opts?: RunOptions): Promise<Error> {
		try {
			await run(fake, parameters, opts);
		} catch (error) {
			return error as Error;
		}
		throw new Error('the node did not fail');
	}

	return {
		fake,
		A: () => `/api/v1/accounts/${fake.accountId}`,
		sent: () => calls(fake),
		only() {
			expect(fake.server.requests).toHaveLength(1);
			return calls(fake)[0];
		},
		failure,
		async refused(parameters, field, problem, opts) {
			const error = await failure(parameters, opts);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toContain(`"${field}"`);
			if (problem !== undefined) expect(error.message).toMatch(problem);
			expect(fake.server.requests).toHaveLength(0);
		},
		async apiError(parameters, status, message, opts) {
			const error = await failure(parameters, opts);
			expect(error).toBeInstanceOf(NodeApiError);
			expect((error as NodeApiError).httpCode).toBe(String(status));
			expect(error.message).toBe(message);
		},
		newConversation(input = {}) {
			const conversation = fake.addConversation({ inboxId: fake.seeded!.inboxes.api, ...input });
			fake.server.clearLog();
			return conversation;
		},
	};
}
