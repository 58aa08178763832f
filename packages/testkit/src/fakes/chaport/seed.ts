/**
 * The standard seed, deterministic and relative to the clock: 3 operators (the token's is the admin
 * Alice), 26 visitors (two pages at 20 per page), 3 of them without a chat; visitor 0 has 3 chats
 * (two closed, the latest open: `links.more` has two URLs), visitor 1 has 2; the latest chats of
 * visitors 20–22 and 0 are open, every other chat is closed; visitors 10 and 11 share the same
 * `lastChatAt` (the id breaks the tie). No subscriptions. The seed's chat events are not deliverable.
 */
import { makeToken, type ChaportStore } from './store';

const DAY = 86_400_000;
const MINUTE = 60_000;

const NAMES = [
	'Ana Souza', 'Ben Carter', 'Chen Wei', 'Dara Okafor', 'Elena Petrova', 'Farid Haddad', 'Grace Kim',
	'Hugo Martin', 'Ines Duarte', 'Jonas Berg', 'Kaito Sato', 'Lena Vogel', 'Mateo Rossi', 'Nadia Ali',
	'Omar Haddad', 'Priya Nair', 'Quentin Roy', 'Rosa Diaz', 'Sven Olsen', 'Tara Singh', 'Umar Khan',
	'Vera Novak', 'Wen Li', 'Ximena Ruiz', 'Yusuf Demir', 'Zoe Laurent',
];
const PLACES: Array<[string, string]> = [['BR', 'São Paulo'], ['US', 'Austin'], ['DE', 'Berlin'], ['ES', 'Madrid'], ['IN', 'Pune']];
const BROWSERS: Array<[string, string]> = [['Chrome 131', 'Windows 11'], ['Safari 18', 'macOS 15'], ['Firefox 133', 'Ubuntu 24.04']];

export interface SeedResult {
	/** The access token (of `operators.admin`). */
	token: string;
	operators: { admin: string; bob: string; carla: string };
	/** Visitor ids in seed order (index 0 … 25). */
	visitorIds: string[];
	/** Visitor 0: three chats, the latest open. */
	manyChatsVisitorId: string;
	/** Visitors 23–25: no chat. */
	noChatVisitorIds: string[];
	/** Visitors whose latest chat is open (0, 20, 21, 22). */
	openChatVisitorIds: string[];
}

export interface SeedOptions {
	/** The access token (default: a deterministic 250-character alphanumeric string). */
	token?: string;
	/** Number of visitors (default 26). */
	visitors?: number;
}

export function seedChaport(store: ChaportStore, opts: SeedOptions = {}): SeedResult {
	const base = store.clock.now();
	const at = (ms: number) => new Date(ms).toISOString();
	const admin = store.addOperator({
		email: 'alice@acme.test',
		name: 'Alice Admin',
		role: 'admin',
		jobTitle: 'Support lead',
		language: 'en',
		lastLoginAt: at(base - 2 * DAY),
		lastActivityAt: at(base - 5 * MINUTE),
		image: 'https://cdn.acme.test/avatars/alice.png',
		lastStatus: 'online',
		realStatus: 'online',
	});
	const bob = store.addOperator({ email: 'bob@acme.test', name: 'Bob Stone', role: 'operator', jobTitle: 'Agent', language: 'en', lastLoginAt: at(base - 3 * DAY), lastActivityAt: at(base - 60 * MINUTE), lastStatus: 'away', realStatus: 'away' });
	const carla = store.addOperator({ email: 'carla@acme.test', name: 'Carla Ruiz', role: 'operator', jobTitle: 'Agente', language: 'es', lastLoginAt: at(base - 9 * DAY), lastActivityAt: at(base - 8 * DAY) });
	const token = store.addToken(admin.id, opts.token ?? makeToken('chaport-fake-standard-seed'));
	const operators = [admin.id, bob.id, carla.id];

	const count = opts.visitors ?? NAMES.length;
	const visitorIds: string[] = [];
	// A day apart, the last one at least a day before the clock: no record in the future (a larger
	// seed starts further back), so a trigger never sees the seed as changing after its poll.
	const span = Math.max(40, count);
	const chatTime = (i: number, k: number) => base - (span - i) * DAY + k * 2 * DAY + 3 * 60 * MINUTE;
	for (let i = 0; i < count; i++) {
		const name = NAMES[i % NAMES.length];
		const [country, city] = PLACES[i % PLACES.length];
		const [browser, os] = BROWSERS[i % BROWSERS.length];
		const slug = name.toLowerCase().split(' ')[0];
		const visitor = store.addVisitor({
			name,
			email: i % 4 === 3 ? null : `${slug}${i}@example.com`,
			phone: i % 3 === 0 ? `+1555010${String(i).padStart(2, '0')}` : null,
			notes: i === 0 ? 'VIP customer' : null,
			custom: i % 5 === 0 ? { plan: 'pro', seats: i + 1 } : {},
			utm: i % 2 === 0 ? { source: 'google', medium: 'cpc', campaign: 'spring' } : {},
			sourceHost: 'acme.test',
			browser,
			os,
			country,
			city,
			emailMarketingConsent: i % 2 === 0,
			createdAt: at(base - (span - i) * DAY),
		});
		visitorIds.push(visitor.id);
		if (i >= 23) continue;
		const chats = i === 0 ? 3 : i === 1 ? 2 : 1;
		for (let k = 0; k < chats; k++) {
			// Visitors 10 and 11 chat at the same times (a tie in the list order).
			const start = chatTime(i === 10 ? 11 : i, k);
			const chat = store.createChat(visitor.id, { at: start, startPage: `https://acme.test/${k === 0 ? 'pricing' : 'help'}` });
			const operatorId = operators[(i + k) % operators.length];
			store.addMessage(chat, { text: `Hi, this is ${name}. Question ${k + 1}?`, at: start });
			store.addMessage(chat, { text: `Hello ${name.split(' ')[0]}, how can I help?`, operatorId, at: start + 2 * MINUTE });
			store.addMessage(chat, { text: 'Thanks!', at: start + 4 * MINUTE });
			const open = k === chats - 1 && (i === 0 || (i >= 20 && i <= 22));
			if (!open) store.closeChat(chat, start + 10 * MINUTE);
		}
	}
	// The seed's own events are history, not deliveries.
	store.events.length = 0;
	return {
		token,
		operators: { admin: admin.id, bob: bob.id, carla: carla.id },
		visitorIds,
		manyChatsVisitorId: visitorIds[0],
		noChatVisitorIds: visitorIds.slice(23),
		openChatVisitorIds: [0, 20, 21, 22].filter((i) => i < count).map((i) => visitorIds[i]),
	};
}
