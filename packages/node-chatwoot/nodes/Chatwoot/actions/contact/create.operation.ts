import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { describedAs, inboxOptionField, isDataObject } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { contactBody, contactOptionFields } from './helpers';

/** The contact out of `{payload:{contact, contact_inbox}}` (what the server answers to a create). */
export function createdContact(body: unknown): IDataObject | undefined {
	const payload: unknown = payloadOf(body);
	if (!isDataObject(payload)) return undefined;
	return isDataObject(payload.contact) ? payload.contact : payload;
}

export const contactInboxOption = () =>
	describedAs(
		inboxOptionField('inboxId', 'Inbox Name or ID'),
		'Also makes the contact reachable in this inbox (creates its contact inbox). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	);

export const create = defineOperation({
	resource: 'contact',
	operation: 'create',
	name: 'Create',
	action: 'Create a contact',
	fields: [
		field.string('name', 'Name', { placeholder: 'e.g. Jane Doe' }),
		field.string('email', 'Email', { placeholder: 'name@email.com', description: 'Unique per account' }),
		field.string('phoneNumber', 'Phone Number', {
			placeholder: '+14155550123',
			description: 'In E.164 format: "+", the country code, then the number (spaces, dashes and parentheses are removed). Unique per account.',
		}),
		field.collection('additionalFields', 'Additional Fields', [...contactOptionFields(), contactInboxOption()]),
	],
	async execute(p, tools) {
		const a = p.additionalFields;
		if (p.name === undefined && p.email === undefined && p.phoneNumber === undefined && a.identifier === undefined) {
			tools.fail('Name', 'is required unless an Email, Phone Number or Identifier is given');
		}
		const body = contactBody({ ...a, name: p.name, email: p.email, phoneNumber: p.phoneNumber }, tools.fail, { email: 'Email', phoneNumber: 'Phone Number' });
		return createdContact(await tools.request({ method: 'POST', path: '/contacts', body }));
	},
});
