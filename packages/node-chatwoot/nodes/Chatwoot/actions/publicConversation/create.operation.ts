import { defineOperation, field } from '@leadchat/core';
import { contactIdentifierField, contactPath } from '../publicInbox/helpers';

export const create = defineOperation({
	resource: 'publicConversation',
	operation: 'create',
	name: 'Create',
	action: 'Create a public conversation',
	description: 'Start a conversation for the contact in its API-channel inbox',
	fields: [
		contactIdentifierField(),
		field.collection('additionalFields', 'Additional Fields', [
			field.json('customAttributes', 'Custom Attributes (JSON)', { description: 'Values of the conversation custom attributes, e.g. {"order_id": "A-12"}' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: `${contactPath(p)}/conversations`,
		family: 'public',
		body: p.additionalFields.customAttributes !== undefined ? { custom_attributes: p.additionalFields.customAttributes } : {},
	}),
});
