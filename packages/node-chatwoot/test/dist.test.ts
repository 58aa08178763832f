/**
 * The published build, as n8n loads it: no runtime dependency but the n8n-workflow peer, every
 * node and credential loads and finds its icons, and the built action node has every operation.
 */
import * as path from 'path';
import { builtPackageTests } from '@leadchat/testkit';
import { resources } from '../nodes/Chatwoot/actions';

// The built Chatwoot node has every operation of its source (the count moved with each operation of
// issue 16; the Chatwoot Platform, Client API and Captain nodes hold the others).
builtPackageTests(path.join(__dirname, '..'), 'Chatwoot', resources.reduce((n, r) => n + r.operations.length, 0));
