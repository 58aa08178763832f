import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const rollVerifyKey = defineOperation({
	resource: 'website',
	operation: 'rollVerifyKey',
	name: 'Roll Verify Key',
	action: 'Roll the identity verification key',
	description:
		'Replace the secret key your website signs user identities with; the new key is shown in the Crisp app, never in the output (n8n stores every item of an execution)',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'POST', path: '/verify/key' }),
	output: () => ({ success: true }),
});
