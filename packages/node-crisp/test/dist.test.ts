/**
 * The published build, as n8n loads it: no runtime dependency but the n8n-workflow peer, every
 * node and credential loads and finds its icons, and the built action node has every operation.
 */
import * as path from 'path';
import { resources } from '../nodes/Crisp/actions';
import { builtPackageTests } from '@leadchat/testkit';

builtPackageTests(path.join(__dirname, '..'), 'Crisp', resources.reduce((n, r) => n + r.operations.length, 0));
