import { apiPath, defineOperation } from '@leadchat/core';
import { inboxIdentifierField } from './helpers';

export const get = defineOperation({
	resource: 'publicInbox',
	operation: 'get',
	name: 'Get',
	action: 'Get a public inbox',
	description: 'Get the public settings of an API-channel inbox: name, working hours, CSAT, identity validation',
	fields: [inboxIdentifierField()],
	request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxIdentifier}`, family: 'public' }),
});
