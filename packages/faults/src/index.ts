/**
 * @leadchat/faults: the fault suite's registry of platforms, its bad inputs and its harness.
 * See README.md in this package.
 */
export * from './registry';
export * from './cases';
export * from './harness';
export * from './throttle';
export * from './lists';
export { PLATFORMS, chaportPlatform, chatwootPlatform, cliengoPlatform, crispPlatform } from './platforms';
