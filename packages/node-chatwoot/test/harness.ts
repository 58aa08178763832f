import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { createExecuteContext, createLoadOptionsContext } from '@leadchat/testkit';
// The fake lives in the test kit's sources (not re-exported by its index): a relative import works for tsc and jest alike.
import { createChatwootFake } from '../../testkit/src/fakes/chatwoot';
import { ChatwootApi } from '../credentials/ChatwootApi.credentials';
import { ChatwootPlatformApi } from '../credentials/ChatwootPlatformApi.credentials';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';

export type ChatwootFake = ReturnType<typeof createChatwootFake>;

/** A seeded fake Chatwoot on 127.0.0.1 that fails the test on any request the spec does not allow. */
export async function startFake(options: Parameters<typeof createChatwootFake>[0] = {}): Promise<ChatwootFake> {
	const fake = createChatwootFake({ seed: true, strictSpec: true, ...options });
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

/** Requests the fake received, without the seed-time ones, as [method, path, query, body]. */
export function calls(fake: ChatwootFake) {
	return fake.server.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body }));
}

/** Resource locator value in "id" mode. */
export const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
