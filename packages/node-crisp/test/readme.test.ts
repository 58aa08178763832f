/**
 * The operations table of README.md is generated from the nodes' own descriptions (with the shared
 * generator of the test kit). Run with UPDATE_README=1 to rewrite it.
 */
import * as path from 'path';
import { checkReadme } from '@leadchat/testkit';
import { Crisp } from '../nodes/Crisp/Crisp.node';
import { CrispPollingTrigger } from '../nodes/CrispPollingTrigger/CrispPollingTrigger.node';
import { CrispTrigger } from '../nodes/CrispTrigger/CrispTrigger.node';

it('README.md lists every resource, operation and trigger of the nodes', () => {
	const result = checkReadme(path.join(__dirname, '..', 'README.md'), [new Crisp().description, new CrispTrigger().description, new CrispPollingTrigger().description]);
	expect(result.actual).toBe(result.expected);
	expect(result.upToDate).toBe(true);
});
