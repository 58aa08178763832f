import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const getHealth = defineOperation({
	resource: 'inbox',
	operation: 'getHealth',
	name: 'Get Health',
	action: 'Get the health of a WhatsApp inbox',
	description: "Meta's status of a WhatsApp Cloud inbox's number: quality rating, messaging limit, name and verification status (other inboxes are refused)",
	fields: [inboxField()],
	request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxId}/health` }),
});
