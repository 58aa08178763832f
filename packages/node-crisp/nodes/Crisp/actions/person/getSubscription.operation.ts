import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';

export const getSubscription = defineOperation({
	resource: 'person',
	operation: 'getSubscription',
	name: 'Get Subscription',
	action: 'Get the email subscription of a person',
	description: 'Output { email: true } when the person receives campaign emails',
	fields: [peopleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/people/subscription/${p.peopleId}` }),
});
