import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field, listRecords, type OperationTools } from '@leadchat/core';
import { describedAs } from '../../descriptions';
import { declaredList, payloadOf } from '../../helpers/lists';
import { contactInboxOption, createdContact } from './create.operation';
import { contactBody, contactOptionFields, normalizePhone, type ContactInput } from './helpers';
import { search } from './search.operation';

type Params = { email?: string; phoneNumber?: string; identifier?: string; name?: string; additionalFields: ContactInput };

/**
 * Finds the one contact whose `key` equals `wanted` exactly. The server's search matches parts of
 * name, email, phone and identifier, so every page of hits is checked until an exact one is found.
 */
async function findExact(tools: OperationTools, query: string, matches: (contact: IDataObject) => boolean): Promise<IDataObject | undefined> {
	const hits = listRecords((req) => tools.request(req), declaredList(search), { query, options: {}, returnAll: true, limit: undefined });
	for await (const contact of hits) if (matches(contact)) return contact;
	return undefined;
}

export const createOrUpdate = defineOperation<Params>({
	resource: 'contact',
	operation: 'createOrUpdate',
	name: 'Create or Update',
	action: 'Create or update a contact',
	description:
		'Update the contact with this email, else the one with this phone number, else the one with this identifier; create it when none exists. The output is the contact with "upsertAction" set to "created" or "updated".',
	fields: [
		field.string('email', 'Email', { placeholder: 'name@email.com', description: 'Looked up first (case-insensitive exact match)' }),
		field.string('phoneNumber', 'Phone Number', { placeholder: '+14155550123', description: 'Looked up second. In E.164 format: "+", the country code, then the number.' }),
		field.string('identifier', 'Identifier', { description: 'Your own ID for the contact; looked up last (exact match)' }),
		field.string('name', 'Name', { placeholder: 'e.g. Jane Doe' }),
		field.collection('additionalFields', 'Additional Fields', [
			...contactOptionFields().filter((f) => f.name !== 'identifier'),
			describedAs(contactInboxOption(), 'Only when the contact is created: also makes it reachable in this inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.'),
		]),
	],
	async execute(p, tools) {
		if (p.email === undefined && p.phoneNumber === undefined && p.identifier === undefined) {
			tools.fail('Email', 'is required unless a Phone Number or Identifier is given (at least one is needed to find the contact)');
		}
		const { inboxId, ...rest } = p.additionalFields;
		const fields: ContactInput = { ...rest, name: p.name, email: p.email, phoneNumber: p.phoneNumber, identifier: p.identifier };
		const labels = { email: 'Email', phoneNumber: 'Phone Number' };
		const updateBody = contactBody(fields, tools.fail, labels);
		const createBody = contactBody({ ...fields, inboxId }, tools.fail, labels);

		let found: IDataObject | undefined;
		if (updateBody.email !== undefined) {
			const email = String(updateBody.email).toLowerCase();
			found = await findExact(tools, String(updateBody.email), (c) => typeof c.email === 'string' && c.email.toLowerCase() === email);
		}
		if (!found && updateBody.phone_number !== undefined) {
			const phone = String(updateBody.phone_number);
			found = await findExact(tools, phone, (c) => typeof c.phone_number === 'string' && normalizePhone(c.phone_number) === phone);
		}
		if (!found && updateBody.identifier !== undefined) {
			const identifier = String(updateBody.identifier);
			found = await findExact(tools, identifier, (c) => c.identifier === identifier);
		}

		if (found) {
			const updated = payloadOf(await tools.request({ method: 'PUT', path: apiPath`/contacts/${String(found.id)}`, body: updateBody })) as IDataObject;
			return { ...updated, upsertAction: 'updated' };
		}
		const created = createdContact(await tools.request({ method: 'POST', path: '/contacts', body: createBody })) as IDataObject;
		return { ...created, upsertAction: 'created' };
	},
});
