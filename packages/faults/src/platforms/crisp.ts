/**
 * Crisp in the fault suite: the fake of @leadchat/testkit, the Crisp action node, a plugin token
 * (HTTP Basic identifier:key with `X-Crisp-Tier: plugin`) on the seeded website.
 *
 * Crisp throttles with 429 or 420 ("Enhance Your Calm"), its usual error envelope with reason
 * `quota_limit_exceeded` and no Retry-After (shared/api/crisp.md §7); the registry's throttle
 * answers 429, the form the rest of the suite knows.
 *
 * Lists: Crisp's page-numbered lists carry no total and end on an empty page (§6). A record deleted
 * on a page already read moves the next page's first record back onto that page, and no answer
 * tells the node so: such a record can be missed, and nothing in the API lets the node see it
 * without reading the whole list again. So for Crisp "no silent loss" means what the node can
 * keep: every record is returned at most once (records shifted forward by arrivals are dropped by
 * their key), and a record that stayed on or after the read position — the list's head grew, or
 * records not read yet were deleted — is never lost. A record shifted back behind the read
 * position by deletions is the one loss left, and at most as many as were deleted before it
 * (`list.total: false`: lists.test.ts checks exactly that bound for such a platform).
 */
import { createCrispFake, crisp as crispFakes, type CrispFake } from '@leadchat/testkit';
import type { IDataObject } from 'n8n-workflow';
import { CrispApi } from '@leadchat/n8n-nodes-crisp/credentials/CrispApi.credentials';
import { CrispWebhookApi } from '@leadchat/n8n-nodes-crisp/credentials/CrispWebhookApi.credentials';
import { Crisp } from '@leadchat/n8n-nodes-crisp/nodes/Crisp/Crisp.node';
import { crisp as crispSpec } from '@leadchat/n8n-nodes-crisp/nodes/Crisp/transport';

import { byId, type Platform } from '../registry';

/** The seeded website's state (people, conversations, campaigns). */
const site = (fake: CrispFake) => fake.site();
/** People profiles, newest first, as Person → Get Many lists them (the fake sorts by created_at, then id). */
const people = (fake: CrispFake) => [...site(fake).people.values()].sort((a, b) => b.created_at - a.created_at || (a.people_id < b.people_id ? -1 : 1));
const firstConversation = (fake: CrispFake) => [...site(fake).conversations.keys()][0];
const firstCampaign = (fake: CrispFake) => [...site(fake).campaigns.keys()][0];
let inserted = 0;

const TOO_MANY = { status: 429, body: { error: true, reason: crispFakes.RATE_LIMIT.reason, data: {} } };

export const crispPlatform: Platform<CrispFake> = {
	name: 'Crisp',
	// 120 people: Return All reads them in three pages of 50 (pages 1, 2, 3, then an empty page 4).
	createFake: () => createCrispFake({ seed: { people: 120 } }),
	start: (fake) => fake.start(),
	stop: (fake) => fake.stop(),
	server: (fake) => fake,
	spec: crispSpec,
	node: () => new Crisp(),
	credentialTypes: () => [new CrispApi(), new CrispWebhookApi()],
	credentials: (fake) => ({ leadchatCrispApi: fake.credentials('plugin') as IDataObject as never }),
	secrets: (fake) => [fake.token('plugin').identifier, fake.token('plugin').key],
	// The token travels only as HTTP Basic: `Authorization: Basic base64(identifier:key)`.
	wireSecrets: (fake) => [Buffer.from(`${fake.token('plugin').identifier}:${fake.token('plugin').key}`).toString('base64')],
	// The token's tier and the website are settings: errors may show them as they are.
	settings: (fake) => ['plugin', fake.websiteId],
	errorBody: (message) => ({ error: true, reason: message, data: {} }),
	tooManyRequests: TOO_MANY,
	tooManyRequestsMessage: crispFakes.RATE_LIMIT.reason,
	// Crisp's quotas are daily and it sends no Retry-After: the node outlives core's default minute
	// of growing waits, then fails with Crisp's reason (the transport's retry settings).
	rateLimitWindowMs: 60_000,
	throttle: (fake, limit, windowMs, clock) => {
		const limiter = new crispFakes.CrispRateLimiter({ limit, windowMs, status: 429 }, clock ?? (() => fake.clock.now()));
		return fake.intercept((req, next) => limiter.check(req) ?? next());
	},

	ids: [
		{
			resource: 'conversation',
			operation: 'get',
			parameter: 'sessionId',
			locator: true,
			field: 'Conversation',
			route: 'getConversation',
			routeParam: 'sessionID',
			validId: firstConversation,
		},
		{
			resource: 'person',
			operation: 'get',
			parameter: 'peopleId',
			locator: true,
			field: 'Person',
			route: 'getPeopleProfile',
			routeParam: 'peopleID',
			validId: (fake) => people(fake)[0].people_id,
		},
		{
			// A write: ".." would have sent PATCH /website/{id}/people/profile/.. (→ the profile list's parent).
			resource: 'person',
			operation: 'update',
			parameter: 'peopleId',
			locator: true,
			field: 'Person',
			parameters: () => ({ updateFields: { notepad: 'Note from the fault suite' } }),
			route: 'updatePeopleProfile',
			routeParam: 'peopleID',
			validId: (fake) => people(fake)[0].people_id,
		},
		{
			resource: 'campaign',
			operation: 'get',
			parameter: 'campaignId',
			locator: true,
			field: 'Campaign',
			route: 'getCampaign',
			routeParam: 'campaignID',
			validId: firstCampaign,
		},
	],

	numbers: [
		{
			resource: 'person',
			operation: 'getAll',
			field: 'Limit',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'person', operation: 'getAll', returnAll: false, limit: value }),
			validValue: 5,
			route: 'listPeopleProfiles',
		},
		{
			resource: 'person',
			operation: 'update',
			field: 'Update Fields → Company Employees',
			integer: true,
			parameters: (fake, value) => ({ resource: 'person', operation: 'update', peopleId: byId(people(fake)[0].people_id), updateFields: { companyEmployees: value } }),
			validValue: 250,
			route: 'updatePeopleProfile',
		},
		{
			resource: 'person',
			operation: 'create',
			field: 'Additional Fields → Timezone Offset',
			integer: true,
			parameters: (_fake, value) => ({ resource: 'person', operation: 'create', email: `tz-${++inserted}@faults.test`, additionalFields: { timezone: value } }),
			validValue: -120,
			route: 'addNewPeopleProfile',
		},
		{
			resource: 'message',
			operation: 'send',
			field: 'Options → Fingerprint',
			integer: true,
			parameters: (fake, value) => ({
				resource: 'message',
				operation: 'send',
				sessionId: byId(firstConversation(fake)),
				type: 'note',
				from: 'operator',
				text: 'Note from the fault suite',
				options: { fingerprint: value },
			}),
			validValue: 424242,
			route: 'sendMessageInConversation',
		},
		{
			resource: 'visitor',
			operation: 'getMap',
			field: 'Area → Center Latitude',
			integer: false,
			parameters: (_fake, value) => ({ resource: 'visitor', operation: 'getMap', returnAll: true, area: { longitude: 2.35, latitude: value } }),
			validValue: 48.85,
			route: 'pinpointVisitorsOnMap',
		},
	],

	read: {
		parameters: (fake) => ({ resource: 'person', operation: 'get', peopleId: byId(people(fake)[0].people_id) }),
		route: 'getPeopleProfile',
		expectOutput: (fake, json) => {
			const profile = people(fake)[0];
			if (json.length !== 1 || json[0].people_id !== profile.people_id || json[0].email !== profile.email) {
				throw new Error(`expected profile ${profile.people_id} (${profile.email}), got ${JSON.stringify(json).slice(0, 300)}`);
			}
		},
	},

	create: {
		parameters: (_fake, tag) => ({ resource: 'person', operation: 'create', email: `${tag}@faults.test`, additionalFields: { nickname: `Fault ${tag}` } }),
		route: 'addNewPeopleProfile',
		count: (fake, tag) => [...site(fake).people.values()].filter((p) => p.email === `${tag}@faults.test`).length,
	},

	list: {
		parameters: () => ({ resource: 'person', operation: 'getAll', returnAll: true }),
		route: 'listPeopleProfiles',
		prepare: (fake) => {
			const start = fake.clock.now() - 30 * 86_400_000;
			while (site(fake).people.size < 120) fake.addProfile({ email: `filler-${site(fake).people.size}@faults.test`, created_at: start + site(fake).people.size });
		},
		ids: (fake) => people(fake).map((p) => p.people_id),
		pageIds: (body) => (((body as IDataObject | undefined)?.data ?? []) as IDataObject[]).map((p) => String(p.people_id)),
		idOf: (json) => String(json.people_id),
		remove: (fake, id) => {
			if (!fake.store.removeProfile(fake.websiteId, id)) throw new Error(`no profile ${id}`);
		},
		// Profiles come newest first: one created just now (later than every other) comes first.
		insert: (fake) => fake.addProfile({ email: `arrived-${++inserted}@faults.test`, created_at: fake.clock.now() + 1_000_000 + inserted }).people_id,
		total: false,
	},

	n8n: {
		nodeType: '@leadchat/n8n-nodes-crisp.crisp',
		typeVersion: 1,
		credentials: (fake) => [{ id: 'faultsCrispApi', name: 'Crisp (fault suite)', type: 'leadchatCrispApi', data: fake.credentials('plugin') as Record<string, unknown> }],
	},
};
