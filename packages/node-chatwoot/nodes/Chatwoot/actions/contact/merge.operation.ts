import { defineOperation } from '@leadchat/core';
import { contactField, describedAs } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const merge = defineOperation({
	resource: 'contact',
	operation: 'merge',
	name: 'Merge',
	action: 'Merge two contacts',
	description: 'Move everything of one contact (conversations, notes, labels, attributes) into another, then delete it',
	fields: [
		describedAs(contactField('baseContactId', 'Contact to Keep'), "The contact that remains and receives the other one's data"),
		describedAs(contactField('mergeeContactId', 'Contact to Merge Into It'), 'The contact that is merged into the first one and then deleted'),
	],
	check(p, tools) {
		if (p.baseContactId === p.mergeeContactId) tools.fail('Contact to Merge Into It', 'must be another contact than the one to keep');
	},
	request: (p) => ({
		method: 'POST',
		path: '/actions/contact_merge',
		body: { base_contact_id: Number(p.baseContactId), mergee_contact_id: Number(p.mergeeContactId) },
	}),
	output: payloadOf,
});
