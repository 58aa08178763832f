import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';

export const updateVerifySettings = defineOperation({
	resource: 'website',
	operation: 'updateVerifySettings',
	name: 'Update Verify Settings',
	action: 'Turn identity verification on or off',
	family: 'website',
	fields: [websiteField(), field.boolean('enabled', 'Enabled', { default: true, description: 'Whether Crisp checks the signature of the users your website identifies' })],
	request: (p) => ({ method: 'PATCH', path: '/verify/settings', body: { enabled: p.enabled === true } }),
	output: written,
});
