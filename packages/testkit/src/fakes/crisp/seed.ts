/**
 * The standard seed, deterministic (seeded PRNG, dates relative to the clock's now):
 * - tokens: one plugin token (default tier), one website token bound to the first website, one user token;
 *   a plugin id and its signature secret;
 * - website 1 "Acme Store": 3 operators, 2 inboxes, 1 team, 30 people, 24 conversations with
 *   messages of every type (one conversation holds 45 messages, for the timestamp cursor), pages and
 *   events, a helpdesk (locales en and es, a few entries), 2 campaigns and a template, a plan, the
 *   plugin installed and configured;
 * - website 2 "Globex Help": 2 operators (the owner is shared), 10 people, 6 conversations, the
 *   plugin installed but not configured.
 */
import type { CrispStore, CrispToken, WebsiteState } from './store';
import type { ConversationState, MessageType, Operator } from './types';

export interface SeedOptions {
	/** PRNG seed (default 1). */
	random?: number;
	/** People on the first website (default 30; the second has 10). */
	people?: number;
	/** Conversations on the first website (default 24; the second has 6). */
	conversations?: number;
}

export interface SeedResult {
	websiteId: string;
	otherWebsiteId: string;
	tokens: { plugin: CrispToken; website: CrispToken; user: CrispToken };
	pluginId: string;
	signatureSecret: string;
	/** Operators' user ids on the first website. */
	operators: { owner: string; member: string; away: string };
	inboxes: { sales: string; support: string };
	teamId: string;
	/** A conversation of the first website with 45 messages (for the timestamp cursor). */
	longConversation: string;
}

const FIRST = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Liam', 'Mia', 'Noah', 'Olga', 'Pablo'];
const LAST = ['Garcia', 'Martin', 'Lopez', 'Schmidt', 'Rossi', 'Dubois', 'Novak', 'Silva', 'Kowalski', 'Jensen'];
const COMPANIES = ['Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Soylent'];
const SEGMENTS = ['customer', 'lead', 'vip', 'newsletter', 'trial'];
const VISITOR_LINES = ['Hi, I have a question about my order', 'Is shipping free over 50 EUR?', 'My password reset email never arrived', 'Can I change my plan?', 'Where is my invoice?', 'Do you ship to Canada?'];
const OPERATOR_LINES = ['Hello! Let me check that for you.', 'Thanks for waiting, it is on its way.', 'I just re-sent the email.', 'Sure, you can change it in Settings > Billing.', 'Here is your invoice.', 'Yes, we ship worldwide.'];
const PAGES = [
	['Home', 'https://acme.example/'],
	['Pricing', 'https://acme.example/pricing'],
	['Checkout', 'https://acme.example/checkout'],
	['Help', 'https://acme.example/help'],
];

const PLACES = [
	{ country: 'FR', city: 'Paris' },
	{ country: 'DE', city: 'Berlin' },
	{ country: 'ES', city: 'Madrid' },
	{ country: 'US', city: 'Austin' },
	{ country: 'AR', city: 'Rosario' },
];

const DAY = 86_400_000;

/** One message content of each type [C-client content interfaces]. */
export function sampleContent(type: MessageType, n: number): unknown {
	switch (type) {
		case 'text':
			return VISITOR_LINES[n % VISITOR_LINES.length];
		case 'note':
			return `Internal note #${n}: customer is on the annual plan`;
		case 'file':
			return { name: `invoice-${n}.pdf`, url: `https://storage.crisp.example/files/invoice-${n}.pdf`, type: 'application/pdf' };
		case 'animation':
			return { url: 'https://media.crisp.example/animations/thumbs-up.gif', type: 'image/gif' };
		case 'audio':
			return { url: `https://storage.crisp.example/audio/${n}.weba`, type: 'audio/webm', duration: 7 };
		case 'picker':
			return { id: `rating-${n}`, text: 'How was our help?', choices: [{ value: 'good', label: 'Good', selected: false }, { value: 'bad', label: 'Bad', selected: false }] };
		case 'field':
			return { id: `email-${n}`, text: 'What is your email?', explain: 'Enter your email address' };
		case 'carousel':
			return { text: 'Our plans', targets: [{ title: 'Basic', description: '9 EUR', actions: [{ label: 'Choose', url: 'https://acme.example/basic' }] }] };
		case 'event':
			return { namespace: 'state:resolved', text: 'Conversation resolved' };
	}
}

function addOperator(site: WebsiteState, store: CrispStore, details: Partial<Operator['details']> & { user_id?: string; first_name: string; last_name: string; role: 'owner' | 'member' }, availability: 'online' | 'away' | 'offline', lastActive: number): string {
	const userId = details.user_id ?? store.uuid();
	site.operators.set(userId, {
		type: 'operator',
		details: {
			user_id: userId,
			email: `${details.first_name.toLowerCase()}@${site.website.domain}`,
			avatar: `https://avatars.crisp.example/${userId}.png`,
			first_name: details.first_name,
			last_name: details.last_name,
			role: details.role,
			title: details.title ?? null,
			availability,
			has_token: false,
		},
		last_active: lastActive,
	});
	return userId;
}

function seedPeople(store: CrispStore, site: WebsiteState, count: number, now: number, offset: number): string[] {
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const first = FIRST[(i + offset) % FIRST.length];
		const last = LAST[(i * 3 + offset) % LAST.length];
		const n = i + offset;
		const hasCompany = store.rand() < 0.6;
		const profile = store.addProfile(site.website.website_id, {
			email: `${first}.${last}${n}@example.com`.toLowerCase(),
			person: {
				nickname: `${first} ${last}`,
				phone: store.rand() < 0.5 ? `+3361234${String(1000 + n).slice(-4)}` : undefined,
				geolocation: store.pick(PLACES),
				locales: [store.pick(['en', 'fr', 'es', 'de'])],
			},
			company: hasCompany ? { name: store.pick(COMPANIES), domain: 'example.com', tags: ['b2b'] } : {},
			segments: SEGMENTS.filter(() => store.rand() < 0.35),
			notepad: store.rand() < 0.2 ? 'Prefers email' : '',
			created_at: now - Math.floor((count - i) * (60 / count) * DAY) - Math.floor(store.rand() * 3_600_000),
			data: { plan: store.pick(['free', 'basic', 'pro']), orders: Math.floor(store.rand() * 10) },
		});
		profile.person = Object.fromEntries(Object.entries(profile.person).filter(([, v]) => v !== undefined));
		profile.updated_at = Math.min(now, profile.created_at + Math.floor(store.rand() * 5 * DAY));
		profile.score = Math.floor(store.rand() * 100);
		if (store.rand() < 0.3) site.peopleEvents.get(profile.people_id)?.push({ text: 'Signed up', data: { source: 'landing' }, color: 'green', timestamp: profile.created_at + 60_000 });
		ids.push(profile.people_id);
	}
	return ids;
}

interface ConversationPlan {
	site: WebsiteState;
	count: number;
	now: number;
	operators: string[];
	inboxes: string[];
	people: string[];
	longIndex: number;
}

const TYPES_CYCLE: MessageType[] = ['file', 'animation', 'audio', 'picker', 'field', 'carousel', 'event', 'note'];
/** The operator's messages of the showcase conversation: every type but a visitor's text. */
const SHOWCASE: MessageType[] = ['text', 'note', 'file', 'animation', 'audio', 'picker', 'field', 'carousel', 'event'];

function seedConversations(store: CrispStore, plan: ConversationPlan): string[] {
	const { site, count, now } = plan;
	const websiteId = site.website.website_id;
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const createdAt = now - Math.floor((count - i) * (30 / count) * DAY) - Math.floor(store.rand() * 3_600_000);
		const profileId = i % 3 === 2 ? undefined : plan.people[i % plan.people.length];
		const profile = profileId ? site.people.get(profileId) : undefined;
		const conversation = store.createConversation(websiteId, {
			created_at: createdAt,
			inbox_id: plan.inboxes.length && i % 4 === 1 ? plan.inboxes[i % plan.inboxes.length] : null,
			people_id: profile?.people_id,
			assigned: plan.operators.length && i % 2 === 0 && i % 3 !== 2 ? plan.operators[i % plan.operators.length] : undefined,
			meta: {
				nickname: profile?.person.nickname ?? `visitor${100 + i}`,
				email: profile?.email ?? '',
				phone: profile?.person.phone ?? '',
				ip: `203.0.113.${(i % 250) + 1}`,
				origin: i % 5 === 4 ? 'email' : 'chat',
				subject: i % 5 === 4 ? 'Question by email' : '',
				segments: i % 2 === 0 ? ['chat', SEGMENTS[i % SEGMENTS.length]] : ['chat'],
				data: { cart: (i * 7) % 120, source: i % 2 === 0 ? 'ads' : 'organic' },
				device: { geolocation: { country: 'FR', city: 'Paris' }, locales: ['en'], timezone: -60 },
			},
		});
		const sessionId = conversation.session_id;
		// Every third conversation waits for its first answer (pending, visitor messages only); the
		// second one shows every message type; the long one has 45 messages for the cursor.
		const unanswered = i % 3 === 2 && i !== plan.longIndex;
		const showcase = i === 1 && i !== plan.longIndex;
		const messages = i === plan.longIndex ? 45 : showcase ? 1 + SHOWCASE.length : unanswered ? 1 + (i % 2) : 2 + (i % 5);
		let t = createdAt + 30_000;
		let last = createdAt;
		for (let m = 0; m < messages; m++) {
			const fromUser = unanswered || (showcase ? m === 0 : m % 2 === 0);
			let type: MessageType = 'text';
			if (showcase && m > 0) type = SHOWCASE[m - 1];
			else if (!fromUser && m === 3) type = TYPES_CYCLE[i % TYPES_CYCLE.length];
			else if (fromUser && m === 4 && i % 4 === 0) type = 'file';
			const content = type === 'text' ? (fromUser ? VISITOR_LINES : OPERATOR_LINES)[(i + m) % 6] : sampleContent(type, i * 100 + m);
			store.addMessage(websiteId, sessionId, { type, from: fromUser ? 'user' : 'operator', origin: conversation.meta.origin, content, timestamp: t });
			last = t;
			// Several messages share a millisecond in the long conversation (cursor edge case).
			t += i === plan.longIndex && m % 10 === 4 ? 0 : 20_000 + Math.floor(store.rand() * 600_000);
		}
		const final: ConversationState = unanswered ? 'pending' : i % 3 === 0 ? 'resolved' : 'unresolved';
		store.setState(websiteId, sessionId, final);
		conversation.updated_at = last;
		if (final === 'resolved') {
			conversation.unread = { operator: 0, visitor: 0 };
			for (const message of store.messagesOf(websiteId, sessionId)) message.read = 'chat';
		}
		conversation.active = { now: i >= count - 3, last: conversation.updated_at };
		site.pages.set(
			sessionId,
			PAGES.slice(0, 1 + (i % PAGES.length)).map(([title, url], p) => ({ page_title: title, page_url: url.replace('acme.example', site.website.domain), page_referrer: p === 0 ? 'https://www.google.com/' : '', timestamp: createdAt - 60_000 + p * 10_000 })),
		);
		site.events.set(sessionId, i % 2 === 0 ? [{ text: 'Viewed pricing', data: { plan: 'pro' }, color: 'blue', timestamp: createdAt + 5_000 }] : []);
		ids.push(sessionId);
	}
	return ids;
}

function seedHelpdesk(store: CrispStore, site: WebsiteState, now: number): void {
	const helpdesk = store.newHelpdesk('Acme Help', 'acme');
	for (const locale of ['en', 'es']) helpdesk.locales.set(locale, { locale_id: store.uuid(), locale, url: `${helpdesk.url}${locale}/` });
	const entries: Array<[string, string, 'group' | 'entry', string]> = [
		['en', 'getting-started', 'group', 'Getting started'],
		['en', 'getting-started/install', 'entry', 'Install the chatbox'],
		['en', 'getting-started/first-steps', 'entry', 'First steps'],
		['en', 'billing', 'group', 'Billing'],
		['en', 'billing/refunds', 'entry', 'Refunds'],
		['es', 'primeros-pasos', 'group', 'Primeros pasos'],
		['es', 'primeros-pasos/instalar', 'entry', 'Instalar el chat'],
	];
	for (const [locale, path, type, title] of entries) {
		const key = `${locale}/articles`;
		const tree = helpdesk.trees.get(key) ?? new Map();
		helpdesk.trees.set(key, tree);
		tree.set(path, {
			path,
			entity_id: store.uuid(),
			type,
			slug: path.split('/').pop() ?? path,
			title,
			state: { published: true, hidden: false, featured: path.endsWith('install') },
			content: type === 'entry' ? `# ${title}\n\nStep by step.` : '',
			metadata: { format: 'markdown', title, description: `${title} (${locale})` },
			created_at: now - 20 * DAY,
			updated_at: now - 2 * DAY,
		});
	}
	const redirectionId = store.uuid();
	helpdesk.redirections.set(redirectionId, { redirection_id: redirectionId, path: '/old-install', target: '/en/article/install', created_at: now - 9 * DAY, updated_at: now - 9 * DAY });
	helpdesk.changes.push({ change_id: store.uuid(), message: 'Edit getting-started/install', locale: 'en', type: 'articles', tree_path: 'getting-started/install', author: { email: 'alice@acme.example', name: 'Alice Owner' }, edits: { insertions: 3, deletions: 1 }, created_at: now - 2 * DAY, files: [] });
	site.helpdesk = helpdesk;
}

/** One of each record that a route can only address once it exists (so every route answers on the seed). */
function seedExtras(store: CrispStore, site: WebsiteState, sessionId: string, now: number): void {
	const browsing = store.uuid();
	site.collection('browsing').set(browsing, { browsing_id: browsing, browsing_token: store.hex(32), useragent: 'Mozilla/5.0', session_id: sessionId });
	const call = store.uuid();
	site.collection('calls').set(call, { call_id: call, mode: 'audio', session_id: sessionId });
	site.collection('visitorTokens').set('7b0e52f1d6a44c59', { session_id: sessionId });
	site.collection('helpdeskFeedback').set('f1', { rating: 'helpful', comment: 'Clear, thanks', locale: 'en', created_at: now - 4 * DAY });
	// An email conversation keeps the original email of its first message [C-client `original`].
	const email = [...site.conversations.values()].find((c) => c.meta.origin === 'email');
	const first = email ? store.messagesOf(site.website.website_id, email.session_id)[0] : undefined;
	if (first) first.original = { original_id: store.uuid() };
}

function seedMarketing(store: CrispStore, site: WebsiteState, now: number, sender: string): void {
	for (const [name, type] of [
		['Welcome series', 'automated'],
		['Spring sale', 'one-shot'],
	] as const) {
		const id = store.uuid();
		site.campaigns.set(id, {
			campaign_id: id,
			type,
			format: 'markdown',
			name,
			subject: name,
			ready: true,
			dispatched: type === 'one-shot',
			running: type === 'automated',
			progress: type === 'one-shot' ? 100 : 0,
			targets: 12,
			reached: type === 'one-shot' ? 12 : 0,
			sender: { user_id: sender },
			recipients: { type: 'segment', segments: ['newsletter'] },
			message: `Hello from ${site.website.name}`,
			created_at: now - 15 * DAY,
			updated_at: now - 3 * DAY,
		});
	}
	const templateId = store.uuid();
	site.templates.set(templateId, { template_id: templateId, type: 'custom', name: 'Plain', format: 'html', content: '<p>{{ message }}</p>', created_at: now - 30 * DAY, updated_at: now - 30 * DAY });
	const spam = site.collection('spams');
	const spamId = store.uuid();
	spam.set(spamId, { spam_id: spamId, type: 'email', reason: 'gibberish', metadata: {}, headers: {}, timestamp: now - DAY, content: { text: 'cheap pills' } });
}

/** Fills the store with the standard seed (the store must be empty). */
export function seedCrisp(store: CrispStore, opts: SeedOptions = {}): SeedResult {
	const now = store.clock.now();
	store.quiet = true;
	try {
		store.pluginId = store.uuid();
		store.signatureSecret = store.hex(32);
		const acme = store.addWebsite({ name: 'Acme Store', domain: 'acme.example', logo: 'https://acme.example/logo.png' });
		const globex = store.addWebsite({ name: 'Globex Help', domain: 'globex.example' });
		const websiteId = acme.website.website_id;
		const otherWebsiteId = globex.website.website_id;

		const owner = addOperator(acme, store, { first_name: 'Alice', last_name: 'Owner', role: 'owner', title: 'Founder' }, 'online', now - 60_000);
		const member = addOperator(acme, store, { first_name: 'Bob', last_name: 'Martin', role: 'member', title: 'Support' }, 'online', now - 300_000);
		const away = addOperator(acme, store, { first_name: 'Carla', last_name: 'Diaz', role: 'member' }, 'away', now - 7_200_000);
		addOperator(globex, store, { user_id: owner, first_name: 'Alice', last_name: 'Owner', role: 'owner', title: 'Founder' }, 'online', now - 60_000);
		const dan = addOperator(globex, store, { first_name: 'Dan', last_name: 'Kim', role: 'member' }, 'offline', now - 86_400_000);

		const sales = store.uuid();
		const support = store.uuid();
		acme.inboxes.set(sales, { inbox_id: sales, name: 'Sales', emoji: '💰', order: 1, operators: [owner, member], conditions: [{ model: 'session', criterion: 'segments', operator: 'eq', query: ['lead'] }], created_at: now - 40 * DAY, updated_at: now - 40 * DAY });
		acme.inboxes.set(support, { inbox_id: support, name: 'Support', emoji: '🛟', order: 2, operators: [member, away], conditions: [], created_at: now - 40 * DAY, updated_at: now - 10 * DAY });
		const teamId = store.uuid();
		acme.teams.set(teamId, { team_id: teamId, name: 'Tier 1', emoji: '🎧', operators: [member, away], created_at: now - 35 * DAY, updated_at: now - 35 * DAY });

		const acmePeople = seedPeople(store, acme, opts.people ?? 30, now, 0);
		const globexPeople = seedPeople(store, globex, 10, now, 7);
		const count = opts.conversations ?? 24;
		const longIndex = Math.min(5, count - 1);
		const acmeConversations = seedConversations(store, { site: acme, count, now, operators: [owner, member, away], inboxes: [sales, support], people: acmePeople, longIndex });
		seedConversations(store, { site: globex, count: 6, now, operators: [owner, dan], inboxes: [], people: globexPeople, longIndex: -1 });

		seedExtras(store, acme, acmeConversations[0], now);
		seedHelpdesk(store, acme, now);
		seedMarketing(store, acme, now, owner);
		acme.plan = { id: store.uuid(), name: 'Unlimited', price: 95, since: new Date(now - 200 * DAY).toISOString(), trialing: false, bill_period: 'monthly', active: true, sandbox: false, coupon_redeemed: false };
		for (const site of [acme, globex]) {
			store.pluginSubscriptions.set(`${site.website.website_id}:${store.pluginId}`, {
				plugin_id: store.pluginId,
				website_id: site.website.website_id,
				token: store.hex(32),
				settings: site === acme ? { crm_url: 'https://crm.example/api', sync_contacts: true } : {},
				since: now - 50 * DAY,
			});
		}

		const tokens = {
			plugin: { tier: 'plugin' as const, identifier: store.uuid(), key: store.hex(64) },
			website: { tier: 'website' as const, identifier: store.uuid(), key: store.hex(64), websites: [websiteId] },
			user: { tier: 'user' as const, identifier: store.uuid(), key: store.hex(64) },
		};
		store.tokens = [tokens.plugin, tokens.website, tokens.user];
		return {
			websiteId,
			otherWebsiteId,
			tokens,
			pluginId: store.pluginId,
			signatureSecret: store.signatureSecret,
			operators: { owner, member, away },
			inboxes: { sales, support },
			teamId,
			longConversation: acmeConversations[longIndex],
		};
	} finally {
		store.quiet = false;
	}
}
