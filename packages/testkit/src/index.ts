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
export { useClock, type SettableClock } from './clock';
export { checkReadme, renderNodeSection, renderOperationsSection } from './readme';
export * from './fakes';
export { nodeHarness, withHarness, serveWebhook, useWebhookEndpoints, NOT_ANSWERED, byId, jsonOf, type HarnessFake, type NodeHarness, type NodeHarnessOptions, type NodeError, type ServedWebhook, type ServeWebhookOptions } from './harness';
export { refused, apiError } from './checks';
export { buildPackage, builtPackageTests, distProblems, loadBuilt, type BuiltPackage } from './dist-check';
