import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const getSettings = defineOperation({
	resource: 'website',
	operation: 'getSettings',
	name: 'Get Settings',
	action: 'Get the settings of a website',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'GET', path: '/settings' }),
});
