/** Chatwoot in the fault suite: the fake of @leadchat/testkit, the Chatwoot action node. */
import { chatwoot as chatwootFakes, createChatwootFake, type ChatwootFake } from '@leadchat/testkit';
import type { IDataObject } from 'n8n-workflow';
import { ChatwootApi } from '@leadchat/n8n-nodes-chatwoot/credentials/ChatwootApi.credentials';
import { ChatwootPlatformApi } from '@leadchat/n8n-nodes-chatwoot/credentials/ChatwootPlatformApi.credentials';
import { Chatwoot } from '@leadchat/n8n-nodes-chatwoot/nodes/Chatwoot/Chatwoot.node';
import { chatwoot as chatwootSpec } from '@leadchat/n8n-nodes-chatwoot/nodes/Chatwoot/transport';

import { byId, type Platform } from '../registry';

const contactsOf = (fake: ChatwootFake) => fake.state.contactsOf(fake.accountId);
let inserted = 0;

export const chatwootPlatform: Platform<ChatwootFake> = {
	name: 'Chatwoot',
	createFake: () => createChatwootFake({ seed: true }),
	start: (fake) => fake.start(),
	stop: (fake) => fake.stop(),
	server: (fake) => fake.server,
	spec: chatwootSpec,
	node: () => new Chatwoot(),
	credentialTypes: () => [new ChatwootApi(), new ChatwootPlatformApi()],
	// The Client API's required Rating (publicMessage → Update) left with its resource for the Chatwoot
	// Client API node; its refusals are tested in node-chatwoot's public-conversation.test.ts.
	credentials: (fake) => ({
		leadchatChatwootApi: { baseUrl: fake.url, accessToken: fake.tokens.user, accountId: fake.accountId, headerName: 'api_access_token' },
		leadchatChatwootPlatformApi: { baseUrl: fake.url, accessToken: fake.tokens.platform },
	}),
	secrets: (fake) => [fake.tokens.user, fake.tokens.platform],
	settings: () => ['api_access_token'],
	errorBody: (message) => ({ error: message }),
	// rack-attack's default answer (shared/api/chatwoot.md §8): no Retry-After, plain text.
	tooManyRequests: { status: 429, headers: { 'content-type': 'text/plain' }, body: 'Retry later\n' },
	tooManyRequestsMessage: 'Retry later',
	rateLimitWindowMs: 60_000,
	throttle: (fake, limit, windowMs, clock) => {
		const limiter = new chatwootFakes.RateLimiter({ perMinute: limit, windowMs }, clock);
		return fake.server.intercept((req, next) => limiter.check(req) ?? next());
	},

	ids: [
		{
			resource: 'contact',
			operation: 'get',
			parameter: 'contactId',
			locator: true,
			field: 'Contact',
			numeric: true,
			route: 'contacts.show',
			routeParam: 'id',
			validId: (fake) => String(contactsOf(fake)[0].id),
		},
		{
			resource: 'portal',
			operation: 'get',
			parameter: 'portalSlug',
			locator: true,
			field: 'Portal',
			route: 'portals.show',
			routeParam: 'id',
			validId: () => 'acme-help',
		},
		{
			// The case: portal ".." sent PATCH /api/v1/accounts/1/ and renamed the account.
			resource: 'portal',
			operation: 'update',
			parameter: 'portalSlug',
			locator: true,
			field: 'Portal',
			parameters: () => ({ updateFields: { name: 'Renamed by the fault suite' } }),
			route: 'portals.update',
			routeParam: 'id',
			validId: () => 'acme-help',
		},
	],

	numbers: [
		{
			resource: 'contact',
			operation: 'getAll',
			field: 'Limit',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'contact', operation: 'getAll', returnAll: false, limit: value }),
			validValue: 5,
			route: 'contacts.index',
		},
		{
			resource: 'account',
			operation: 'update',
			field: 'Update Fields → Auto Resolve After (Minutes)',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'account', operation: 'update', updateFields: { autoResolveAfter: value } }),
			validValue: 60,
			route: 'accounts.update',
		},
	],

	read: {
		parameters: (fake) => ({ resource: 'contact', operation: 'get', contactId: byId(String(contactsOf(fake)[0].id)) }),
		route: 'contacts.show',
		expectOutput: (fake, json) => {
			const contact = contactsOf(fake)[0];
			if (json.length !== 1 || json[0].id !== contact.id || json[0].name !== contact.name) {
				throw new Error(`expected contact ${contact.id} (${contact.name}), got ${JSON.stringify(json).slice(0, 300)}`);
			}
		},
	},

	create: {
		parameters: (_fake, tag) => ({ resource: 'contact', operation: 'create', name: `Fault ${tag}`, email: `${tag}@faults.test` }),
		route: 'contacts.create',
		count: (fake, tag) => contactsOf(fake).filter((c) => c.email === `${tag}@faults.test`).length,
	},

	list: {
		parameters: () => ({ resource: 'contact', operation: 'getAll', returnAll: true }),
		route: 'contacts.index',
		// The seed holds 40 contacts: 3 pages of 15.
		prepare: (fake) => {
			while (contactsOf(fake).length < 40) fake.addContact({ name: `Filler ${contactsOf(fake).length}` });
		},
		ids: (fake) => contactsOf(fake).map((c) => String(c.id)),
		pageIds: (body) => (((body as IDataObject | undefined)?.payload ?? []) as IDataObject[]).map((c) => String(c.id)),
		idOf: (json) => String(json.id),
		remove: (fake, id) => {
			const contact = fake.state.contact(fake.accountId, id);
			if (!contact) throw new Error(`no contact ${id}`);
			fake.state.deleteContact(contact);
		},
		// The list sorts by last activity, most recent first: a contact active just now comes first.
		insert: (fake) => String(fake.addContact({ name: `Arrived ${++inserted}`, last_activity_at: fake.state.now() + 1_000_000 + inserted }).id),
	},

	n8n: {
		nodeType: '@leadchat/n8n-nodes-chatwoot.chatwoot',
		typeVersion: 1,
		credentials: (fake) => [
			{
				id: 'faultsChatwootApi',
				name: 'Chatwoot (fault suite)',
				type: 'leadchatChatwootApi',
				data: { baseUrl: fake.url, accessToken: fake.tokens.user, accountId: fake.accountId, headerName: 'api_access_token' },
			},
			{ id: 'faultsChatwootPlat', name: 'Chatwoot Platform (fault suite)', type: 'leadchatChatwootPlatformApi', data: { baseUrl: fake.url, accessToken: fake.tokens.platform } },
		],
	},
};
