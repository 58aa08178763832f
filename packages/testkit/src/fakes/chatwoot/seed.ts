/**
 * Deterministic seed: a realistic "Acme" account (id 1) plus a second account ("Globex", id 2)
 * so cross-account authorization and per-account display ids can be tested.
 *
 * Acme: 3 agents (Alice = administrator, Bob and Carol = agents), an agent bot, 2 inboxes
 * (Website widget + API channel), 2 teams, 5 labels, 40 contacts (3 pages of 15), 60
 * conversations (35 open → 2 pages of 25; 60 in total → 3 pages) with messages; conversation #1
 * has 130 messages so the message cursor (20 / before / after) spans several pages.
 * Timestamps are relative to the clock at seed time (30 days back), so the data is stable in
 * shape while still "recent".
 */
import type { ChatwootState } from './store';
import type { Contact, ConversationStatus, Inbox, Priority, Role } from './types';

export interface SeedResult {
	accountId: number;
	otherAccountId: number;
	tokens: {
		/** Alice, administrator of account 1. */
		user: string;
		/** Bob, agent (not administrator) of account 1. */
		agent: string;
		/** Agent bot of account 1. */
		agentBot: string;
		/** Platform app allowed to manage account 1 and its users. */
		platform: string;
		/** Dave, administrator of account 2 only. */
		otherAccountUser: string;
	};
	users: { alice: number; bob: number; carol: number; dave: number };
	inboxes: { website: number; api: number; otherApi: number };
	/** `inbox_identifier` of the API inbox (public client API). */
	apiInboxIdentifier: string;
	teams: { sales: number; support: number };
}

const FIRST = ['Ana', 'Bruno', 'Chen', 'Dana', 'Emeka', 'Fatima', 'Gabriel', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lucia', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq'];
const LAST = ['Silva', 'Okafor', 'Nguyen', 'Muller', 'Garcia', 'Kowalski'];
const CITIES = [
	['Buenos Aires', 'Argentina', 'AR'],
	['Lagos', 'Nigeria', 'NG'],
	['Berlin', 'Germany', 'DE'],
	['Austin', 'United States', 'US'],
	['Madrid', 'Spain', 'ES'],
] as const;
const COMPANIES = ['Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark Industries', null];
const STATUS_CYCLE: ConversationStatus[] = ['open', 'open', 'resolved', 'open', 'pending', 'open', 'open', 'resolved', 'open', 'snoozed', 'open', 'resolved'];
const PRIORITY_CYCLE: Array<Priority | null> = [null, 'low', 'medium', 'high', 'urgent'];
const LABEL_SETS = [['billing'], [], ['bug'], ['vip', 'billing'], ['feature-request'], [], ['lead'], ['bug', 'vip']];
const CONTACT_LINES = [
	'Hi, I have a question about my invoice.',
	'The app crashes when I upload a file.',
	'Can I change my plan?',
	'Is there an API for exporting orders?',
	'My order has not arrived yet.',
	'How do I reset my password?',
];
const AGENT_LINES = ['Thanks for reaching out! Let me check that for you.', 'Could you share a screenshot?', 'Done, it should work now.', 'I have escalated this to our team.'];

export function seedChatwoot(state: ChatwootState): SeedResult {
	const now = state.now();
	const base = now - 30 * 86_400;

	// ---------------------------------------------------------------- accounts and people
	const acme = state.createAccount({ name: 'Acme', domain: 'acme.test', support_email: 'support@acme.test', created_at: base - 90 * 86_400 });
	const globex = state.createAccount({ name: 'Globex', domain: 'globex.test', support_email: 'help@globex.test', created_at: base - 60 * 86_400 });

	const person = (name: string, email: string, accountId: number, role: Role, availability: 'online' | 'busy' | 'offline') => {
		const user = state.createUser({ name, email, created_at: base - 80 * 86_400 });
		state.addUserToAccount(accountId, user.id, role, { availability, auto_offline: true, created_at: base - 80 * 86_400 });
		return user;
	};
	const alice = person('Alice Admin', 'alice@acme.test', acme.id, 'administrator', 'online');
	const bob = person('Bob Agent', 'bob@acme.test', acme.id, 'agent', 'online');
	const carol = person('Carol Agent', 'carol@acme.test', acme.id, 'agent', 'busy');
	const dave = person('Dave Other', 'dave@globex.test', globex.id, 'administrator', 'offline');

	const bot = state.createAgentBot({
		name: 'Acme Bot',
		description: 'Answers FAQs before handing over to a human',
		outgoing_url: 'http://127.0.0.1:9/agent-bot',
		account_id: acme.id,
		created_at: base,
	});
	const platformApp = state.createPlatformApp('Acme Platform');
	for (const key of [`Account:${acme.id}`, `User:${alice.id}`, `User:${bob.id}`, `User:${carol.id}`, `AgentBot:${bot.id}`]) platformApp.permissibles.add(key);

	// ---------------------------------------------------------------- inboxes, teams, labels
	const website = state.createInbox(acme.id, {
		name: 'Website',
		channel_type: 'Channel::WebWidget',
		website_url: 'https://www.acme.test',
		greeting_enabled: true,
		greeting_message: 'Hi there! How can we help?',
		member_ids: [alice.id, bob.id],
		created_at: base - 70 * 86_400,
	});
	const api = state.createInbox(acme.id, {
		name: 'API Inbox',
		channel_type: 'Channel::Api',
		member_ids: [alice.id, bob.id, carol.id],
		created_at: base - 70 * 86_400,
	});
	const otherApi = state.createInbox(globex.id, { name: 'Globex API', channel_type: 'Channel::Api', member_ids: [dave.id], created_at: base - 50 * 86_400 });

	const team = (name: string, description: string, members: number[]) => {
		const t = { id: state.nextId('teams'), account_id: acme.id, name, description, allow_auto_assign: true, member_ids: members, created_at: base - 60 * 86_400 };
		state.teams.push(t);
		return t;
	};
	const sales = team('sales', 'Pre-sales questions and leads', [alice.id, bob.id]);
	const support = team('support', 'Technical support', [carol.id]);

	const labelColors: Record<string, string> = { billing: '#2BA1E5', bug: '#E53935', 'feature-request': '#8E24AA', vip: '#FFB300', lead: '#43A047' };
	for (const [title, color] of Object.entries(labelColors)) {
		state.createLabel(acme.id, { title, color, description: `${title} conversations` });
	}

	// ---------------------------------------------------------------- contacts
	const contacts: Contact[] = [];
	const inboxOfContact = new Map<number, Inbox>();
	for (let i = 0; i < 40; i++) {
		const first = FIRST[i % FIRST.length];
		const last = LAST[Math.floor(i / FIRST.length) * 3 + (i % 3)];
		const [city, country, countryCode] = CITIES[i % CITIES.length];
		const company = COMPANIES[i % COMPANIES.length];
		const contact = state.createContact(
			acme.id,
			{
				name: `${first} ${last}`,
				email: i % 7 === 6 ? null : `${first}.${last}@example.com`.toLowerCase(),
				phone_number: `+1555010${String(i).padStart(4, '0')}`,
				identifier: i % 3 === 0 ? `crm-${1000 + i}` : null,
				additional_attributes: { city, country, country_code: countryCode, ...(company ? { company_name: company } : {}) },
				custom_attributes: i % 4 === 0 ? { plan: i % 8 === 0 ? 'enterprise' : 'pro' } : {},
				availability_status: i === 3 || i === 11 ? 'online' : 'offline',
				labels: i % 5 === 0 ? ['lead'] : i % 9 === 0 ? ['vip'] : [],
				created_at: base + i * 3_600,
			},
			{ emit: false },
		);
		contacts.push(contact);
		const inbox = i % 2 === 0 ? website : api;
		inboxOfContact.set(contact.id, inbox);
		state.ensureContactInbox(contact, inbox);
	}

	// ---------------------------------------------------------------- conversations and messages
	const agents = [alice.id, bob.id, carol.id, null];
	const teams = [sales.id, support.id, null];
	for (let i = 0; i < 60; i++) {
		const contact = contacts[i % contacts.length];
		const inbox = inboxOfContact.get(contact.id)!;
		const createdAt = base + i * 36_000;
		const conversation = state.createConversation(
			acme.id,
			{
				inbox_id: inbox.id,
				contact_id: contact.id,
				status: 'open',
				assignee_id: agents[i % agents.length],
				team_id: teams[i % teams.length],
				priority: PRIORITY_CYCLE[i % PRIORITY_CYCLE.length],
				labels: LABEL_SETS[i % LABEL_SETS.length],
				additional_attributes: inbox.channel_type === 'Channel::WebWidget' ? { browser_language: 'en', referer: 'https://www.acme.test/pricing' } : {},
				custom_attributes: i % 6 === 0 ? { order_id: `ORD-${5000 + i}` } : {},
				created_at: createdAt,
			},
			{ emit: false },
		);
		const count = i === 0 ? 130 : 3 + (i % 6);
		const step = i === 0 ? 60 : 300;
		const agentId = agents[i % agents.length] ?? alice.id;
		for (let k = 0; k < count; k++) {
			const incoming = k % 2 === 0;
			state.createMessage(
				conversation,
				{
					content: incoming ? CONTACT_LINES[(i + k) % CONTACT_LINES.length] : AGENT_LINES[(i + k) % AGENT_LINES.length],
					message_type: incoming ? 'incoming' : 'outgoing',
					sender: incoming ? { type: 'Contact', id: contact.id } : { type: 'User', id: agentId },
					created_at: createdAt + 60 + k * step,
				},
				{ emit: false },
			);
		}
		if (i % 10 === 4) {
			state.createMessage(conversation, { content: 'Internal: customer is on the legacy plan.', message_type: 'outgoing', private: true, sender: { type: 'User', id: alice.id }, created_at: createdAt + 60 + count * step }, { emit: false });
		}
		const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
		const lastAt = createdAt + 60 + count * step;
		if (status !== 'open') {
			if (status === 'resolved') {
				const resolver = state.user(agentId)!;
				state.createMessage(conversation, { content: `Conversation was marked resolved by ${resolver.name}`, message_type: 'activity', sender: null, created_at: lastAt + 60 }, { emit: false });
			}
			conversation.status = status;
			conversation.snoozed_until = status === 'snoozed' ? now + 2 * 86_400 : null;
		}
		conversation.agent_last_seen_at = i % 3 === 0 ? lastAt : null;
		contact.last_activity_at = Math.max(contact.last_activity_at ?? 0, conversation.last_activity_at);

		// Reporting events behind the reports.
		if (conversation.first_reply_created_at !== null) {
			state.reportingEvents.push({
				id: state.nextId('reporting_events'),
				account_id: acme.id,
				name: 'first_response',
				value: conversation.first_reply_created_at - createdAt,
				value_in_business_hours: Math.round((conversation.first_reply_created_at - createdAt) * 0.6),
				conversation_id: conversation.id,
				inbox_id: inbox.id,
				user_id: conversation.assignee_id,
				event_start_time: createdAt,
				event_end_time: conversation.first_reply_created_at,
				created_at: conversation.first_reply_created_at,
			});
		}
		if (status === 'resolved') {
			state.reportingEvents.push({
				id: state.nextId('reporting_events'),
				account_id: acme.id,
				name: 'conversation_resolved',
				value: lastAt + 60 - createdAt,
				value_in_business_hours: Math.round((lastAt + 60 - createdAt) * 0.5),
				conversation_id: conversation.id,
				inbox_id: inbox.id,
				user_id: conversation.assignee_id,
				event_start_time: createdAt,
				event_end_time: lastAt + 60,
				created_at: lastAt + 60,
			});
		}
	}

	// A few Globex records: its display ids start at 1 too.
	for (let i = 0; i < 3; i++) {
		const contact = state.createContact(globex.id, { name: `Globex Lead ${i + 1}`, email: `lead${i + 1}@globex-client.test`, created_at: base + i * 3_600 }, { emit: false });
		state.ensureContactInbox(contact, otherApi);
		if (i < 2) {
			const conversation = state.createConversation(globex.id, { inbox_id: otherApi.id, contact_id: contact.id, created_at: base + i * 7_200 }, { emit: false });
			state.createMessage(conversation, { content: 'Hello Globex', message_type: 'incoming', created_at: base + i * 7_200 + 30 }, { emit: false });
		}
	}

	// ---------------------------------------------------------------- settings resources
	const stamp = base - 20 * 86_400;
	[
		['thanks', 'Thanks for contacting Acme! Is there anything else we can help with?'],
		['refund', 'Your refund has been processed and should arrive within 5-7 business days.'],
		['hours', 'Our support hours are Monday to Friday, 9:00-17:00 UTC.'],
	].forEach(([shortCode, content]) => state.cannedResponses.push({ id: state.nextId('canned_responses'), account_id: acme.id, short_code: shortCode, content, created_at: stamp, updated_at: stamp }));

	state.customAttributeDefinitions.push(
		{
			id: state.nextId('custom_attribute_definitions'),
			account_id: acme.id,
			attribute_display_name: 'Plan',
			attribute_display_type: 6,
			attribute_description: 'Subscription plan',
			attribute_key: 'plan',
			attribute_values: ['free', 'pro', 'enterprise'],
			attribute_model: 1,
			regex_pattern: null,
			regex_cue: null,
			default_value: null,
			created_at: stamp,
			updated_at: stamp,
		},
		{
			id: state.nextId('custom_attribute_definitions'),
			account_id: acme.id,
			attribute_display_name: 'Order ID',
			attribute_display_type: 0,
			attribute_description: 'Order the conversation is about',
			attribute_key: 'order_id',
			attribute_values: [],
			attribute_model: 0,
			regex_pattern: '^ORD-\\d+$',
			regex_cue: 'Use the ORD-1234 format',
			default_value: null,
			created_at: stamp,
			updated_at: stamp,
		},
	);

	state.customFilters.push({
		id: state.nextId('custom_filters'),
		account_id: acme.id,
		user_id: alice.id,
		name: 'Urgent open',
		filter_type: 'conversation',
		query: { payload: [{ attribute_key: 'priority', filter_operator: 'equal_to', values: ['urgent'], query_operator: 'AND' }, { attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }] },
		created_at: stamp,
		updated_at: stamp,
	});

	state.automationRules.push({
		id: state.nextId('automation_rules'),
		account_id: acme.id,
		name: 'Tag billing questions',
		description: 'Adds the billing label when a message mentions an invoice',
		event_name: 'message_created',
		conditions: [{ attribute_key: 'content', filter_operator: 'contains', values: ['invoice'], query_operator: null }],
		actions: [{ action_name: 'add_label', action_params: ['billing'] }],
		active: true,
		created_at: stamp,
	});

	const portal = {
		id: state.nextId('portals'),
		account_id: acme.id,
		name: 'Acme Help Center',
		slug: 'acme-help',
		color: '#1f93ff',
		custom_domain: null,
		header_text: 'How can we help?',
		homepage_link: 'https://www.acme.test',
		page_title: 'Acme Help',
		archived: false,
		config: {},
		channel_web_widget_id: website.id,
		created_at: stamp,
	};
	state.portals.push(portal);
	const category = { id: state.nextId('categories'), account_id: acme.id, portal_id: portal.id, name: 'Billing', slug: 'billing', description: 'Invoices and payments', locale: 'en', position: 1, icon: null, parent_category_id: null, associated_category_id: null };
	state.categories.push(category);
	for (const [title, status] of [
		['How to download an invoice', 1],
		['Changing your payment method', 0],
	] as const) {
		state.articles.push({
			id: state.nextId('articles'),
			account_id: acme.id,
			portal_id: portal.id,
			category_id: category.id,
			author_id: alice.id,
			associated_article_id: null,
			title,
			slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
			content: `# ${title}\n\nStep by step guide.`,
			description: title,
			status,
			position: 1,
			locale: 'en',
			meta: {},
			views: 12,
			created_at: stamp,
			updated_at: stamp,
		});
	}

	state.addAuditLog(acme.id, 'Inbox', api.id, 'create', alice, { name: api.name });
	state.addAuditLog(acme.id, 'AccountUser', 2, 'create', alice, { role: 'agent' });
	state.addAuditLog(acme.id, 'Webhook', 1, 'destroy', alice, {});
	for (const log of state.auditLogs) log.created_at = stamp;

	seedNotificationsAndCsat(state, acme.id);

	return {
		accountId: acme.id,
		otherAccountId: globex.id,
		tokens: {
			user: alice.access_token,
			agent: bob.access_token,
			agentBot: bot.access_token,
			platform: platformApp.access_token,
			otherAccountUser: dave.access_token,
		},
		users: { alice: alice.id, bob: bob.id, carol: carol.id, dave: dave.id },
		inboxes: { website: website.id, api: api.id, otherApi: otherApi.id },
		apiInboxIdentifier: api.inbox_identifier!,
		teams: { sales: sales.id, support: support.id },
	};
}

const NOTIFICATION_TYPES = [
	'conversation_creation',
	'conversation_assignment',
	'assigned_conversation_new_message',
	'conversation_mention',
	'participating_conversation_new_message',
];
const FEEDBACK = ['Very slow answer', 'Not solved', 'OK', 'Helpful, thanks', 'Great support!'];

/**
 * 20 notifications for the account's first administrator (every third one read) on the first
 * conversations, and 30 CSAT responses on the first conversations (ratings 1–5 in turn).
 */
function seedNotificationsAndCsat(state: ChatwootState, accountId: number): void {
	const admin = state.accountUsers.find((au) => au.account_id === accountId && au.role === 'administrator');
	const conversations = state.conversationsOf(accountId).sort((a, b) => a.display_id - b.display_id);
	if (admin) {
		conversations.slice(0, 20).forEach((c, k) => {
			const last = state.messagesOf(c).at(-1);
			const at = c.last_activity_at + k;
			state.notifications.push({
				id: state.nextId('notifications'),
				account_id: accountId,
				user_id: admin.user_id,
				notification_type: NOTIFICATION_TYPES[k % NOTIFICATION_TYPES.length],
				primary_actor_type: 'Conversation',
				primary_actor_id: c.id,
				secondary_actor_type: last ? 'Message' : null,
				secondary_actor_id: last?.id ?? null,
				read_at: k % 3 === 0 ? at + 60 : null,
				snoozed_until: null,
				meta: {},
				created_at: at,
				updated_at: at,
				last_activity_at: at,
			});
		});
	}
	conversations.slice(0, 30).forEach((c, k) => {
		const survey = state.messagesOf(c).at(-1);
		state.csatResponses.push({
			id: state.nextId('csat_survey_responses'),
			account_id: accountId,
			conversation_id: c.id,
			message_id: survey?.id ?? null,
			contact_id: c.contact_id,
			assigned_agent_id: c.assignee_id,
			rating: (k % 5) + 1,
			feedback_message: FEEDBACK[k % 5],
			created_at: c.last_activity_at + 120,
		});
	});
}
