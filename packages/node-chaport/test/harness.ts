/**
 * The Chaport node against the fake Chaport server (test kit), through the test kit's one harness:
 * real router, transport and credential, the node type's defaults applied, every request checked
 * against Chaport's route table by the fake.
 */
import { createChaportFake, nodeHarness, type ChaportFake, type ChaportFakeOptions } from '@leadchat/testkit';
import { ChaportApi } from '../credentials/ChaportApi.credentials';
import { Chaport } from '../nodes/Chaport/Chaport.node';

export { byId, jsonOf } from '@leadchat/testkit';
export type { ChaportFake };

export const node = new Chaport();
export const credentialTypes = [new ChaportApi()];

/** Credential data for the fake, as n8n would hold it. */
export const credentialsFor = (fake: ChaportFake, overrides: Record<string, unknown> = {}) => ({ leadchatChaportApi: fake.credentials(overrides) as never });

/** The path of a route as the fake logs it (under `/api/v1`). */
export const api = (path: string) => `/api/v1${path}`;

/** A fake Chaport per test file (or per test with `each`), the node wired to it. */
export const useChaport = (each = false, options: ChaportFakeOptions = {}) =>
	nodeHarness({ node, fake: () => createChaportFake(options), credentials: (fake) => credentialsFor(fake), credentialTypes, each });
