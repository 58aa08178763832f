/** Cliengo in the fault suite: the fake of @leadchat/testkit, the Cliengo action node. */
import { createCliengoFake, type CliengoFake } from '@leadchat/testkit';
import type { IDataObject } from 'n8n-workflow';
import { CliengoApi } from '@leadchat/n8n-nodes-cliengo/credentials/CliengoApi.credentials';
import { Cliengo } from '@leadchat/n8n-nodes-cliengo/nodes/Cliengo/Cliengo.node';
import { cliengo as cliengoSpec } from '@leadchat/n8n-nodes-cliengo/nodes/Cliengo/transport';

import { byId, type Platform } from '../registry';
import { fixedWindowThrottle } from '../throttle';

let inserted = 0;

const TOO_MANY = { status: 429, body: { message: 'Too many requests' } };

export const cliengoPlatform: Platform<CliengoFake> = {
	name: 'Cliengo',
	// 120 leads: Return All reads them in three pages of 50 (offsets 0, 50, 100).
	createFake: () => createCliengoFake({ seed: { contacts: 120 } }),
	start: (fake) => fake.start(),
	stop: (fake) => fake.stop(),
	server: (fake) => fake,
	spec: cliengoSpec,
	node: () => new Cliengo(),
	credentialTypes: () => [new CliengoApi()],
	credentials: (fake) => ({ leadchatCliengoApi: fake.credentials() as IDataObject as never }),
	secrets: (fake) => [fake.apiKey],
	settings: () => ['query'],
	errorBody: (message) => ({ message }),
	// Cliengo documents no rate limit: a 429 with its usual error body, no Retry-After [I].
	tooManyRequests: TOO_MANY,
	tooManyRequestsMessage: 'Too many requests',
	rateLimitWindowMs: 60_000,
	throttle: (fake, limit, windowMs, clock) =>
		fixedWindowThrottle(fake, { limit, windowMs, clock, response: TOO_MANY, keyOf: (req) => String(req.query.api_key ?? req.headers.authorization ?? '') }),

	ids: [
		{
			resource: 'contact',
			operation: 'get',
			parameter: 'contactId',
			locator: true,
			field: 'Contact',
			route: 'contacts.get',
			routeParam: 'contactId',
			validId: (fake) => fake.allContacts()[0].id,
		},
		{
			// The case: ".." sent DELETE /1.0/.
			resource: 'contact',
			operation: 'delete',
			parameter: 'contactId',
			locator: true,
			field: 'Contact',
			route: 'contacts.delete',
			routeParam: 'contactId',
			validId: (fake) => fake.allContacts()[0].id,
		},
		{
			// The case: ".." sent POST /1.0/notes.
			resource: 'contact',
			operation: 'addNote',
			parameter: 'contactId',
			locator: true,
			field: 'Contact',
			parameters: () => ({ message: 'Note from the fault suite' }),
			route: 'contacts.notes.add',
			routeParam: 'contactId',
			validId: (fake) => fake.allContacts()[0].id,
		},
	],

	numbers: [
		{
			resource: 'contact',
			operation: 'update',
			field: 'Update Fields → Rating',
			integer: true,
			parameters: (fake, value) => ({ resource: 'contact', operation: 'update', contactId: byId(fake.allContacts()[0].id), updateFields: { rating: value } }),
			validValue: 4,
			route: 'contacts.update',
		},
		{
			// The case: Sell Price 1e999 or Infinity sent {"sellPrice":null}.
			resource: 'contact',
			operation: 'update',
			field: 'Update Fields → Sell Price',
			integer: false,
			parameters: (fake, value) => ({ resource: 'contact', operation: 'update', contactId: byId(fake.allContacts()[0].id), updateFields: { sellPrice: value } }),
			validValue: 1.5,
			route: 'contacts.update',
		},
		{
			// The case: a limit of "0x10" was read as 16.
			resource: 'contact',
			operation: 'getAll',
			field: 'Limit',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'contact', operation: 'getAll', returnAll: false, limit: value }),
			validValue: 5,
			route: 'contacts.list',
		},
	],

	read: {
		parameters: (fake) => ({ resource: 'contact', operation: 'get', contactId: byId(fake.allContacts()[0].id) }),
		route: 'contacts.get',
		expectOutput: (fake, json) => {
			const lead = fake.allContacts()[0];
			if (json.length !== 1 || json[0].id !== lead.id || json[0].email !== lead.email) {
				throw new Error(`expected lead ${lead.id} (${lead.email}), got ${JSON.stringify(json).slice(0, 300)}`);
			}
		},
	},

	create: {
		parameters: (fake, tag) => ({ resource: 'contact', operation: 'create', websiteId: fake.store.sites[0].id, name: `Fault ${tag}`, email: `${tag}@faults.test` }),
		route: 'contacts.create',
		count: (fake, tag) => fake.allContacts().filter((c) => c.email === `${tag}@faults.test`).length,
	},

	list: {
		parameters: () => ({ resource: 'contact', operation: 'getAll', returnAll: true }),
		route: 'contacts.list',
		prepare: (fake) => {
			while (fake.allContacts().length < 120) fake.insertLead({}, { creationDate: fake.clock.now() - 30 * 86_400_000 });
		},
		ids: (fake) => fake.allContacts().map((c) => c.id),
		pageIds: (body) => (((body as IDataObject | undefined)?.results ?? []) as IDataObject[]).map((c) => String(c.id)),
		idOf: (json) => String(json.id),
		remove: (fake, id) => {
			if (!fake.deleteLead(id)) throw new Error(`no lead ${id}`);
		},
		// Leads come newest first: a lead captured just now comes first.
		insert: (fake) => fake.insertLead({ name: `Arrived ${++inserted}` }, { creationDate: fake.clock.now() + inserted }).id,
	},

	n8n: {
		nodeType: '@leadchat/n8n-nodes-cliengo.cliengo',
		typeVersion: 1,
		credentials: (fake) => [{ id: 'faultsCliengoApi', name: 'Cliengo (fault suite)', type: 'leadchatCliengoApi', data: fake.credentials() }],
	},
};
