import { apiPath, defineOperation, field } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { contactBody, contactOptionFields } from './helpers';

export const update = defineOperation({
	resource: 'contact',
	operation: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change the fields given; additional and custom attributes are merged into the existing ones (keys not given are kept)',
	fields: [
		contactField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.string('email', 'Email', { placeholder: 'name@email.com' }),
				field.string('phoneNumber', 'Phone Number', { placeholder: '+14155550123', description: 'In E.164 format: "+", the country code, then the number' }),
				...contactOptionFields(),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	async execute(p, tools) {
		const body = contactBody(p.updateFields, tools.fail, { email: 'Update Fields → Email', phoneNumber: 'Update Fields → Phone Number' });
		return payloadOf(await tools.request({ method: 'PUT', path: apiPath`/contacts/${p.contactId}`, body }));
	},
});
