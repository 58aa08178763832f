/**
 * Test helpers: the node runs for real (createRouter, transport, core apiRequest, the credential's
 * authenticate) over HTTP against the fake Cliengo; nothing is mocked.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { retryClock } from '@leadchat/core';
import { createExecuteContext, createLoadOptionsContext, createPollContext, type ContextOptions } from '@leadchat/testkit';
import { createCliengoFake, type CliengoFake, type CliengoFakeOptions } from '@leadchat/testkit';
import { CliengoApi } from '../credentials/CliengoApi.credentials';
import { Cliengo } from '../nodes/Cliengo/Cliengo.node';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';

export { createCliengoFake, type CliengoFake, type CliengoFakeOptions };
export { DEFAULT_CLIENGO_KEY as KEY } from '@leadchat/testkit';

/** Retries back off for real in n8n; here they do not wait. */
export function noRetryWaits(): void {
	const original = retryClock.sleep;
	beforeAll(() => {
		retryClock.sleep = async () => undefined;
	});
	afterAll(() => {
		retryClock.sleep = original;
	});
}

/** Starts a fake per describe block (or per test with `each: true`), and checks it saw no contract violation. */
export function useFake(opts: CliengoFakeOptions = {}, each = false): { fake: CliengoFake } {
	const holder = {} as { fake: CliengoFake };
	const start = async () => {
		holder.fake = createCliengoFake(opts);
		await holder.fake.start();
	};
	const stop = async () => {
		const fake = holder.fake;
		await fake.stop();
		fake.assertNoViolations();
	};
	if (each) {
		beforeEach(start);
		afterEach(stop);
	} else {
		beforeAll(start);
		afterAll(stop);
		beforeEach(() => holder.fake.clearLog());
	}
	return holder;
}

/** Runs `body` against a fake of its own (started, stopped, and checked for contract violations). */
export async function withFake<T>(opts: CliengoFakeOptions, body: (fake: CliengoFake) => Promise<T>): Promise<T> {
	const fake = createCliengoFake(opts);
	await fake.start();
	try {
		return await body(fake);
	} finally {
		await fake.stop();
		fake.assertNoViolations();
	}
}

export const node = new Cliengo();

export function executeContext(fake: CliengoFake, parameters: Record<string, unknown> | ((i: number) => Record<string, unknown>), extra: Partial<ContextOptions> = {}) {
	return createExecuteContext({
		parameters,
		credentials: { cliengoApi: fake.credentials() as IDataObject as never },
		credentialTypes: [new CliengoApi()],
		nodeType: node,
		...extra,
	});
}

/** Runs the Cliengo node once and returns its output items. */
export async function run(fake: CliengoFake, parameters: Record<string, unknown> | ((i: number) => Record<string, unknown>), extra: Partial<ContextOptions> = {}): Promise<INodeExecutionData[]> {
	const ctx = executeContext(fake, parameters, extra);
	const [out] = await node.execute.call(ctx);
	return out;
}

/** Runs the node expecting a failure; returns the error. */
export async function runError(fake: CliengoFake, parameters: Record<string, unknown>, extra: Partial<ContextOptions> = {}): Promise<Error & { context?: IDataObject; httpCode?: string | null; description?: string }> {
	try {
		await run(fake, parameters, extra);
	} catch (error) {
		return error as Error & { context?: IDataObject };
	}
	throw new Error('expected the node to fail');
}

/** The fake's request log in a comparable shape. */
export function requests(fake: CliengoFake): Array<{ method: string; path: string; query: IDataObject; body?: unknown }> {
	return fake.requests.map((r) => ({ method: r.method, path: r.path, query: r.query as IDataObject, ...(r.body !== undefined ? { body: r.body } : {}) }));
}

/** JSON of the output items. */
export const json = (items: INodeExecutionData[]) => items.map((i) => i.json);

/** A resource-locator value typed as an ID. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const trigger = new CliengoTrigger();

export function pollContext(fake: CliengoFake, parameters: Record<string, unknown>, staticData: IDataObject, extra: Partial<ContextOptions> = {}) {
	return createPollContext({
		parameters,
		credentials: { cliengoApi: fake.credentials() as IDataObject as never },
		credentialTypes: [new CliengoApi()],
		nodeType: trigger,
		staticData,
		...extra,
	});
}

export function loadOptionsContext(fake: CliengoFake, parameters: Record<string, unknown> = {}) {
	return createLoadOptionsContext({
		parameters,
		credentials: { cliengoApi: fake.credentials() as IDataObject as never },
		credentialTypes: [new CliengoApi()],
		nodeType: node,
	});
}
