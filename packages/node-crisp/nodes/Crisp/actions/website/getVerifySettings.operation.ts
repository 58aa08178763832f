import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const getVerifySettings = defineOperation({
	resource: 'website',
	operation: 'getVerifySettings',
	name: 'Get Verify Settings',
	action: 'Get the identity verification settings',
	description: 'Output { enabled }: whether Crisp checks the signature of the users your website identifies',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'GET', path: '/verify/settings' }),
});
