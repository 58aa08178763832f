import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';

export const getAvailability = defineOperation({
	resource: 'website',
	operation: 'getAvailability',
	name: 'Get Availability',
	action: 'Get the availability of a website',
	description: 'Output { status, since }: whether an operator is online to answer',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'GET', path: '/availability/status' }),
});
