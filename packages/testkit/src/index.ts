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
