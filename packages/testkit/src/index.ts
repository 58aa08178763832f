/**
 * @leadchat/testkit — fake-server framework + n8n function contexts over real HTTP.
 * See README.md in this package.
 */
export * from './fake-server';
export * from './contexts';
export * from './http';
export * from './expressions';
export * from './query';
export * from './multipart';
export * from './binary';
export { checkReadme, renderNodeSection, renderOperationsSection } from './readme';
export { createChatwootFake, chatwootClient } from './fakes/chatwoot';
export type { ChatwootFake, ChatwootFakeOptions, ChatwootTokens } from './fakes/chatwoot';
export * as chatwoot from './fakes/chatwoot';
/** The fake Chatwoot's JSON views (how it renders each record), for tests that compare a node's output with the fake's state. */
export * as chatwootViews from './fakes/chatwoot/views';
export { createCliengoFake, CliengoFake, DEFAULT_CLIENGO_KEY } from './fakes/cliengo';
export type { CliengoFakeOptions } from './fakes/cliengo';
export * as cliengo from './fakes/cliengo';
export { createCrispFake, CrispFake, type CrispFakeOptions } from './fakes/crisp';
export * as crisp from './fakes/crisp';
export { nodeHarness, withHarness, serveWebhook, useWebhookEndpoints, NOT_ANSWERED, byId, jsonOf, type HarnessFake, type NodeHarness, type NodeHarnessOptions, type NodeError, type ServedWebhook, type ServeWebhookOptions } from './harness';
export { buildPackage, builtPackageTests, distProblems, loadBuilt, type BuiltPackage } from './dist-check';
