import { apiPath, defineOperation, field } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';

export const updateSubscription = defineOperation({
	resource: 'person',
	operation: 'updateSubscription',
	name: 'Update Subscription',
	action: 'Subscribe or unsubscribe a person from emails',
	fields: [peopleField(), field.boolean('subscribed', 'Subscribed to Emails', { default: true, description: 'Whether the person receives campaign emails' })],
	request: (p) => ({ method: 'PATCH', path: apiPath`/people/subscription/${p.peopleId}`, body: { email: p.subscribed === true } }),
	output: written,
});
