/**
 * A valid request for every route of the table, addressed to records of the standard seed, so a
 * test (or a fault suite) can call all 229 methods. Re-seed between calls: some calls delete what
 * others address, and the seed is deterministic, so the ids stay the same.
 */
import type { CrispFake } from './index';
import type { CrispRouteSpec } from './routes';

export interface SampleCall {
	method: string;
	/** Path relative to the REST host (starts with `/v1/`). */
	path: string;
	query?: Record<string, string>;
	body?: unknown;
}

/** Bodies by client method name, matching the route table's shapes. */
function sampleBody(fake: CrispFake, client: string): unknown {
	const seeded = fake.seeded;
	if (!seeded) throw new Error('samples need the standard seed');
	const site = fake.site();
	const [conversation] = site.conversations.values();
	const [profile] = site.people.values();
	const messages = fake.messages(conversation.session_id);
	const bodies: Record<string, unknown> = {
		generateBucketURL: { namespace: 'upload', id: 'file-1', file: { name: 'a.png', type: 'image/png' }, resource: { type: 'website', id: seeded.websiteId } },
		subscribeWebsiteToPlan: { plan_id: '8c842203-7ed8-4e29-a608-7cf78a7d2fcc' },
		changeBillPeriodForWebsitePlanSubscription: { period: 'yearly' },
		redeemCouponForWebsitePlanSubscription: { code: 'WELCOME20' },
		subscribeWebsiteToPlugin: { plugin_id: '42286ab3-b29a-4fde-8538-da0ae501d825' },
		saveSubscriptionSettings: { crm_url: 'https://crm.example/v2' },
		updateSubscriptionSettings: { sync_contacts: false },
		reportPluginUsageToBill: { name: 'messages', units: 10, price: 1 },
		forwardPluginPayloadToChannel: { namespace: 'crm', identifier: 'sync', payload: { ok: true } },
		dispatchPluginEvent: { name: 'crm:synced', data: { count: 1 } },
		generateAnalytics: { metric: 'conversations', type: 'count', date: { from: '2026-01-01', to: '2026-02-01' } },
		createWebsite: { name: 'New Site', domain: 'new.example' },
		deleteWebsite: { verify: { method: 'password', secret: 'hunter2' } },
		batchResolveConversations: { sessions: [conversation.session_id] },
		batchUnresolveConversations: { sessions: [conversation.session_id] },
		batchReadConversations: { sessions: [conversation.session_id] },
		batchUnreadConversations: { sessions: [conversation.session_id] },
		batchRemoveConversations: { sessions: [conversation.session_id] },
		batchRemovePeople: { people: { profiles: [profile.people_id] } },
		batchReportConversations: { sessions: [conversation.session_id], flag: 'spam' },
		batchBlockConversations: { sessions: [conversation.session_id], blocked: true },
		batchRoutingConversations: { sessions: [conversation.session_id], assigned: { user_id: seeded.operators.member } },
		batchInboxConversations: { sessions: [conversation.session_id], inbox_id: seeded.inboxes.support },
		batchUpdateConversationsData: { sessions: [conversation.session_id], data: { vip: true } },
		batchUpdatePeopleData: { people: { profiles: [profile.people_id] }, data: { vip: true } },
		batchUpdateConversationsSegments: { sessions: [conversation.session_id], segments: ['vip'] },
		batchUpdatePeopleSegments: { people: { profiles: [profile.people_id] }, segments: ['vip'] },
		createNewCampaignTemplate: { format: 'markdown', name: 'Promo' },
		saveCampaignTemplate: { name: 'Plain v2', format: 'html', content: '<p>Hi</p>' },
		updateCampaignTemplate: { content: '<p>Hello</p>' },
		createNewCampaign: { type: 'one-shot', name: 'Summer' },
		saveCampaign: { type: 'one-shot', name: 'Summer v2', message: 'Hi' },
		updateCampaign: { subject: 'Summer!' },
		deleteSuggestedConversationSegment: { segment: 'chat' },
		deleteSuggestedConversationDataKey: { key: 'cart' },
		submitSpamConversationDecision: { action: 'not_spam' },
		sendMessageInConversation: { type: 'text', from: 'operator', origin: 'chat', content: 'Hello from the route table' },
		updateMessageInConversation: { content: typeof messages[0].content === 'string' ? 'Edited' : messages[0].content },
		composeMessageInConversation: { type: 'start', from: 'operator', excerpt: 'Typing' },
		markMessagesReadInConversation: { from: 'operator', origin: 'urn:crisp.im:dashboard:0', fingerprints: [messages[0].fingerprint] },
		markConversationAsUnread: { from: 'operator' },
		markMessagesDeliveredInConversation: { from: 'user', origin: 'chat', fingerprints: [messages[1].fingerprint] },
		updateConversationOpenState: { opened: true },
		assignConversationRouting: { assigned: { user_id: seeded.operators.owner } },
		updateConversationInbox: { inbox_id: seeded.inboxes.sales },
		updateConversationMetas: { nickname: 'Renamed', email: 'renamed@example.com', segments: ['renamed'], data: { score: 5 } },
		changeConversationState: { state: 'resolved' },
		saveConversationParticipants: { participants: [{ type: 'email', target: 'cc@example.com' }] },
		blockIncomingMessagesForConversation: { blocked: true },
		updateVerifyStatusForConversation: { verified: true },
		requestIdentityVerificationForConversation: { identity: 'email', method: 'link', recipient: 'ana@example.com' },
		redeemIdentityVerificationLinkForConversation: { identity: 'email', token: 'tok', recipient: 'ana@example.com' },
		requestEmailTranscriptForConversation: { to: 'operator', email: 'ops@acme.example' },
		sendActionToExistingBrowsingSession: { action: 'stop' },
		assistExistingBrowsingSession: { action: 'mouse', x: 10, y: 20 },
		initiateNewCallSessionForConversation: { mode: 'audio' },
		abortOngoingCallSessionForConversation: { origin: 'chat' },
		transmitSignalingOnOngoingCallSession: { type: 'offer', sdp: 'v=0' },
		requestToolCallForConversation: { command: 'crm:lookup', payload: { email: 'ana@example.com' } },
		deliverWidgetButtonActionForConversation: { section_id: 's1', item_id: 'i1', data: {}, value: 'yes' },
		deliverWidgetDataFetchActionForConversation: { section_id: 's1', item_id: 'i1', data: {} },
		deliverWidgetDataEditActionForConversation: { section_id: 's1', item_id: 'i1', value: 'new' },
		scheduleReminderForConversation: { date: '2026-12-24T10:00:00Z', note: 'Call back' },
		reportConversation: { flag: 'spam' },
		initializeHelpdesk: { name: 'Globex Help Center', domain_basic: 'globex' },
		deleteHelpdesk: { verify: { method: 'password', secret: 'hunter2' } },
		addHelpdeskLocale: { locale: 'fr' },
		updateHelpdeskTreePath: { action: 'move', path: { to: 'getting-started/setup' }, position: 0 },
		saveHelpdeskTreeContent: { content: '# Install\n\nUpdated.' },
		updateHelpdeskTreeMetadata: { title: 'Install Crisp', state: { published: true } },
		cancelHelpdeskHistoryChange: { action: 'revert' },
		importExternalHelpdeskToLocale: { helpdesk_url: 'https://help.example.com', detect_locales: false },
		addHelpdeskRedirection: { path: '/old', target: '/new' },
		saveHelpdeskSettings: { name: 'Acme Help', behavior: { ask_feedback: false } },
		requestHelpdeskDomainChange: { basic: 'acme-help' },
		batchOrderInboxes: { orders: [{ inbox_id: seeded.inboxes.support, order: 1 }] },
		createNewInbox: { name: 'Billing', emoji: '🧾', operators: [seeded.operators.owner] },
		saveInbox: { name: 'Sales EU', operators: [seeded.operators.member], conditions: [] },
		sendEmailToWebsiteOperators: { recipient: 'owners', subject: 'Hello', message: 'Team news' },
		inviteWebsiteOperator: { email: 'new.operator@acme.example', role: 'member' },
		changeOperatorMembership: { role: 'owner', title: 'Lead' },
		deleteSuggestedPeopleSegment: { segment: 'vip' },
		deleteSuggestedPeopleDataKey: { key: 'plan' },
		deleteSuggestedPeopleEvent: { text: 'Signed up' },
		addNewPeopleProfile: { email: 'new.person@example.com', person: { nickname: 'New Person' }, segments: ['lead'] },
		savePeopleProfile: { email: profile.email, person: { nickname: 'Saved' }, segments: [] },
		updatePeopleProfile: { person: { phone: '+33100000000' }, company: { name: 'Acme' } },
		addPeopleEvent: { text: 'Ordered', data: { total: 42 }, color: 'green' },
		savePeopleData: { data: { plan: 'pro' } },
		updatePeopleData: { data: { orders: 3 } },
		updatePeopleSubscriptionStatus: { email: false },
		importPeopleProfiles: { url: 'https://files.example/people.csv', mapping: [{ column: 1, field: 'email' }], options: { column_separator: ',', skip_header: true } },
		updateWebsiteSettings: { name: 'Acme Store EU', chatbox: { welcome_message: 'Hi!' } },
		createNewTeam: { name: 'Tier 2', operators: [seeded.operators.owner] },
		saveTeam: { name: 'Tier 1b', operators: [seeded.operators.member] },
		updateVerifySettings: { enabled: true },
	};
	return bodies[client];
}

/** A valid request for `spec` on the standard seed. */
export function sampleCall(fake: CrispFake, spec: CrispRouteSpec): SampleCall {
	const seeded = fake.seeded;
	if (!seeded) throw new Error('samples need the standard seed');
	const site = fake.site();
	const [conversation] = site.conversations.values();
	const [profile] = site.people.values();
	const helpdesk = site.helpdesk;
	const entry = helpdesk?.trees.get('en/articles')?.get('getting-started/install');
	const withOriginal = [...site.conversations.values()].find((c) => fake.messages(c.session_id)[0]?.original);
	const [campaignId] = site.campaigns.keys();
	const [templateId] = site.templates.keys();
	const [spamId] = site.collection('spams').keys();
	const [browsingId] = site.collection('browsing').keys();
	const [callId] = site.collection('calls').keys();
	const [tokenId] = site.collection('visitorTokens').keys();
	const params: Record<string, string> = {
		websiteID: spec.client === 'initializeHelpdesk' ? seeded.otherWebsiteId : seeded.websiteId,
		pageNumber: '1',
		sessionID: spec.client === 'getOriginalMessageInConversation' && withOriginal ? withOriginal.session_id : conversation.session_id,
		fingerprint: String(fake.messages(conversation.session_id)[0].fingerprint),
		peopleID: profile.people_id,
		userID: seeded.operators.member,
		pluginID: seeded.pluginId,
		inboxID: seeded.inboxes.sales,
		teamID: seeded.teamId,
		campaignID: campaignId,
		templateID: templateId,
		spamID: spamId,
		originalID: String(withOriginal ? fake.messages(withOriginal.session_id)[0].original?.original_id : ''),
		browsingID: browsingId,
		callID: callId,
		tokenID: tokenId,
		rule: 'ip_range',
		action: 'opened',
		locale: 'en',
		contentType: 'articles',
		'path*': spec.client === 'createHelpdeskTreePath' ? 'billing/invoices' : 'getting-started/install',
		entityID: entry?.entity_id ?? '',
		changeId: String(helpdesk?.changes[0]?.change_id ?? ''),
		redirectionId: [...(helpdesk?.redirections.keys() ?? [])][0] ?? '',
	};
	const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined || value === '') throw new Error(`no sample for {${name}} in ${spec.client}`);
		return name === 'path*' ? value : encodeURIComponent(value);
	});
	const queries: Record<string, Record<string, string>> = {
		checkCouponAvailabilityForWebsitePlanSubscription: { code: 'WELCOME20' },
		checkWebsiteExists: { domain: 'acme.example' },
		listAllConnectWebsites: { filter_configured: '0', include_plan: '1' },
		listConnectWebsitesSince: { date_since: '2020-01-01T00:00:00Z', filter_configured: '0', include_plan: '0' },
		listConversations: { per_page: '20' },
		listPeopleProfiles: { per_page: '20', sort_field: 'created_at', sort_order: 'descending' },
		getMessagesInConversation: { timestamp_before: String(fake.clock.now()) },
		pinpointVisitorsOnMap: { center_longitude: '2.35', center_latitude: '48.85', center_radius: '500' },
	};
	let body: unknown;
	if (spec.body === 'empty') body = {};
	else if (spec.body !== undefined) {
		body = sampleBody(fake, spec.client);
		if (body === undefined) throw new Error(`no sample body for ${spec.client}`);
	}
	return { method: spec.method, path, query: queries[spec.client], body };
}
