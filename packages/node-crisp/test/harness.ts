/**
 * The Crisp node against the fake Crisp server (test kit), through the test kit's one harness:
 * real router, transport and credential, the node type's defaults applied, every request checked
 * against Crisp's route table by the fake.
 */
import { createCrispFake, nodeHarness, type CrispFake } from '@leadchat/testkit';
import { CrispApi } from '../credentials/CrispApi.credentials';
import { Crisp } from '../nodes/Crisp/Crisp.node';

export { byId, jsonOf } from '@leadchat/testkit';
export type { CrispFake };

export const node = new Crisp();
export const credentialTypes = [new CrispApi()];

/** Credential data for the fake, as n8n would hold it. */
export const credentialsFor = (fake: CrispFake, tier: 'plugin' | 'website' | 'user' = 'plugin') => ({ leadchatCrispApi: fake.credentials(tier) as never });

/** A fake Crisp per test file (or per test with `each`), the node wired to it. */
export const useCrisp = (each = false) => nodeHarness({ node, fake: () => createCrispFake(), credentials: (fake) => credentialsFor(fake), credentialTypes, each });
