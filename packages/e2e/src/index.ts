/**
 * @leadchat/e2e: runs the built node packages in a real n8n against the fake servers.
 * See README.md in this package.
 */
export * from './n8n';
export * from './fakes';
export * from './examples';
export { forEachConcurrently, killAllChildren, waitFor, sleep } from './process';
export { REPO_ROOT, TOOLS_DIR, E2E_HOMES_DIR, PACKS_DIR, N8N_DIR_NAME, N8N_INSTALL_DIR, installedN8nVersion, nodePackageDirs } from './paths';
export { findFreePortRange, arePortsFree } from './ports';
