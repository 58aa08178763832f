import { defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const findBySourceId = defineOperation({
	resource: 'contact',
	operation: 'findBySourceId',
	name: 'Find by Inbox Source ID',
	action: 'Find a contact by inbox and source ID',
	description: "The contact an inbox knows by this source ID (e.g. the sender's phone number or the API channel's own ID); Chatwoot answers 404 when there is none",
	fields: [inboxField(), field.string('sourceId', 'Source ID', { required: true, placeholder: 'e.g. 5491100000000', description: 'The ID of the contact in that inbox (contact inbox source_id)' })],
	request: (p) => ({ method: 'POST', path: '/contact_inboxes/filter', body: { inbox_id: Number(p.inboxId), source_id: p.sourceId } }),
	output: payloadOf,
});
