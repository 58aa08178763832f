/**
 * The published build, as n8n loads it: no runtime dependency but the n8n-workflow peer, every
 * node and credential loads and finds its icons, and the built action node has every operation.
 */
import * as path from 'path';
import { resources } from '../nodes/Chaport/actions';
import { builtPackageTests } from '@leadchat/testkit';

builtPackageTests(path.join(__dirname, '..'), 'Chaport', resources.reduce((n, r) => n + r.operations.length, 0));
