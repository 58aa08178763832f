import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const get = defineOperation({
	resource: 'website',
	operation: 'get',
	name: 'Get',
	action: 'Get a website',
	description: 'Output { website_id, name, domain, logo }',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'GET', path: '' }),
});
