/**
 * The Cliengo node against the fake Cliengo server (test kit), through the test kit's one harness
 * (`nodeHarness`): the real router, transport, core's request path and the credential's
 * authenticate over HTTP, nothing mocked, the node type's defaults applied as n8n applies them, and
 * every request checked against Cliengo's contract by the fake.
 *
 *   const h = useCliengo({ seed: { contacts: 3 } });   // one fake for the file (or the describe that calls it)
 *   await h.run({ resource: 'account', operation: 'get' });
 *   expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/account', query: { api_key: KEY } }]);
 *
 * `run`, `runError`, `requests()`, `fake`, `context`, `listSearch` and `loadOptions` are the test
 * kit's (its harness.ts documents them); Cliengo adds `withCredentials` (run options with
 * other credential settings).
 *
 * A test that needs a fake configured its own way (a seed, a quirk, a clock) runs inside
 * `withFake(options, async (h) => …)`: the same harness over a fake of its own, started for the
 * body, then stopped and checked for violations. That is the one way to get a per-test fake; a
 * fresh seed for every test of a describe is `useCliengo({ each: true, … })` inside it.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { retryClock } from '@leadchat/core';
import { createCliengoFake, nodeHarness, withHarness, type CliengoFake, type CliengoFakeOptions, type ContextOptions, type NodeHarness } from '@leadchat/testkit';
import { CliengoApi } from '../credentials/CliengoApi.credentials';
import { Cliengo } from '../nodes/Cliengo/Cliengo.node';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';

export { byId, jsonOf, DEFAULT_CLIENGO_KEY as KEY } from '@leadchat/testkit';
export type { CliengoFake, CliengoFakeOptions };

export const node = new Cliengo();
/** The polling trigger: its polls run in `h.context('poll', { nodeType: trigger, … })`. */
export const trigger = new CliengoTrigger();
export const credentialTypes = [new CliengoApi()];

/** Credential data for the fake as n8n would hold it, with these settings changed (key, key location, …). */
export const credentialsFor = (fake: CliengoFake, settings: Record<string, unknown> = {}) => ({
	leadchatCliengoApi: fake.credentials(settings) as ICredentialDataDecryptedObject,
});

/** The test kit's harness, plus what Cliengo's tests vary. */
export interface CliengoHarness extends NodeHarness<CliengoFake> {
	/** Run options with other credential settings, e.g. `h.withCredentials({ keyLocation: 'header' })`. */
	withCredentials(settings: Record<string, unknown>): Partial<ContextOptions>;
}

const harnessOptions = (options: CliengoFakeOptions) => ({
	node,
	fake: () => createCliengoFake(options),
	credentials: (fake: CliengoFake) => credentialsFor(fake),
	credentialTypes,
});

const cliengoHarness = (h: NodeHarness<CliengoFake>): CliengoHarness =>
	Object.assign(h, { withCredentials: (settings: Record<string, unknown>) => ({ credentials: credentialsFor(h.fake, settings) }) });

/** One fake Cliengo for the test file (or describe) that calls this, or one per test with `each: true`. */
export function useCliengo(options: CliengoFakeOptions & { each?: boolean } = {}): CliengoHarness {
	const { each, ...fakeOptions } = options;
	return cliengoHarness(nodeHarness({ ...harnessOptions(fakeOptions), each }));
}

/** Runs `body` with the harness over a fake of its own, configured by `options`. */
export function withFake<T>(options: CliengoFakeOptions, body: (h: CliengoHarness) => Promise<T>): Promise<T> {
	return withHarness(harnessOptions(options), (h) => body(cliengoHarness(h)));
}

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
