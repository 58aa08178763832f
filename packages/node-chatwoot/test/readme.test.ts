/**
 * The operations table of README.md is generated from the nodes' own descriptions, so it cannot
 * drift. Run with UPDATE_README=1 (or `pnpm run readme`) to rewrite it.
 */
import * as path from 'path';
import { checkReadme } from '@leadchat/testkit';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';
import { ChatwootCaptain } from '../nodes/ChatwootCaptain/ChatwootCaptain.node';
import { ChatwootClient } from '../nodes/ChatwootClient/ChatwootClient.node';
import { ChatwootPlatform } from '../nodes/ChatwootPlatform/ChatwootPlatform.node';
import { ChatwootTrigger } from '../nodes/ChatwootTrigger/ChatwootTrigger.node';

it('README.md lists every resource, operation and trigger event of the nodes', () => {
	const result = checkReadme(path.join(__dirname, '..', 'README.md'), [new Chatwoot().description, new ChatwootPlatform().description, new ChatwootClient().description, new ChatwootCaptain().description, new ChatwootTrigger().description]);
	expect(result.actual).toBe(result.expected);
	expect(result.upToDate).toBe(true);
});
