/**
 * The operations table of README.md is generated from the nodes' own descriptions (with the shared
 * generator of the test kit). Run with UPDATE_README=1 to rewrite it.
 */
import * as path from 'path';
import { checkReadme } from '@leadchat/testkit';
import { Cliengo } from '../nodes/Cliengo/Cliengo.node';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';
import { CliengoWebhookTrigger } from '../nodes/CliengoWebhookTrigger/CliengoWebhookTrigger.node';

it('README.md lists every resource, operation and trigger of the nodes', () => {
	const result = checkReadme(path.join(__dirname, '..', 'README.md'), [new Cliengo().description, new CliengoTrigger().description, new CliengoWebhookTrigger().description]);
	expect(result.actual).toBe(result.expected);
	expect(result.upToDate).toBe(true);
});
