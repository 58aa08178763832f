/**
 * The published build, as n8n loads it: no runtime dependency but the n8n-workflow peer, every
 * node and credential loads and finds its icons, and the built action node has every operation.
 */
import * as path from 'path';
import { builtPackageTests } from '@leadchat/testkit';

// 194 operations in the Chatwoot node; the Chatwoot Platform (17) and Chatwoot Client API (14) nodes hold the other 31.
builtPackageTests(path.join(__dirname, '..'), 'Chatwoot', 194);
