/**
 * Deterministic seed data: an account, 2 sites (each with a chatbot and triggers), 3 users,
 * a few conversations with messages, and N contacts spread over a date range. Thousands of
 * contacts take milliseconds (the sort is done once, lazily).
 */
import { buildChatbot, buildContact, buildConversation, buildSite, buildUser } from './factory';
import type { CliengoStore } from './store';
import { toIso } from './store';
import type { ChatbotTrigger } from './types';

/** mulberry32: a small seeded PRNG, so seeds and randomized tests are reproducible. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface SeedOptions {
	/** Number of contacts (default 25). */
	contacts?: number;
	/** Creation dates are spread uniformly over [from, to) (defaults: 90 days before the clock's now, to now). */
	from?: Date | number | string;
	to?: Date | number | string;
	/** PRNG seed (default 1). */
	random?: number;
	/** Conversations to create (default 6). */
	conversations?: number;
}

const FIRST = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Facundo', 'Gabriela', 'Hernán', 'Inés', 'Julián', 'Lucía', 'Martín'];
const LAST = ['García', 'Pérez', 'López', 'Gómez', 'Díaz', 'Romero', 'Sosa', 'Torres', 'Ruiz', 'Álvarez'];
const CITIES = ['Buenos Aires', 'Córdoba', 'Rosario', 'Montevideo', 'Santiago', 'Lima', 'Bogotá', 'CDMX'];
const STATUSES = ['NEW', 'NEW', 'NEW', 'ACTIVE', 'LONG_TERM', 'CLIENT'];

/** Only the account (every fake has one: GET /account must answer). */
export function seedAccount(store: CliengoStore): void {
	const accountCreated = store.clock.now() - 3 * 365 * 86_400_000;

	store.account = {
		id: store.newId(accountCreated),
		email: 'demo@cliengo.test',
		name: 'Demo Cliengo',
		contactName: 'Cliengo',
		whiteLabelId: store.newId(accountCreated),
		creationDate: toIso(accountCreated),
		taxId: '30-12312312-8',
		address: 'Zapiola 196',
		taxIdName: 'Demo S.A.',
		phone: '+541133261332',
		leadCount: 0,
		leadLimit: 100000,
		language: 'es',
		timeZone: '-03:00',
	};
}

/** Fills an empty store. Ids and contents depend only on the options and the store's clock. */
export function seedStore(store: CliengoStore, opts: SeedOptions = {}): void {
	const rand = prng(opts.random ?? 1);
	const now = store.clock.now();
	const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
	seedAccount(store);

	const sites = [
		buildSite(store, { title: 'Tienda Online', url: 'https://tienda.example.com', email: 'ventas@tienda.example.com', scriptInstalled: true }),
		buildSite(store, { title: 'Inmobiliaria', url: 'https://casas.example.com', email: null, isWhatsAppApi: true }),
	];
	store.sites.push(...sites);
	store.users.push(
		buildUser(store, { name: 'Laura Admin', email: 'laura@cliengo.test', isSuperUser: true, permissions: ['ADMIN', 'LEADS'] }),
		buildUser(store, { name: 'Pablo Ventas', email: 'pablo@cliengo.test', phone: '+5491100000001' }),
		buildUser(store, { name: 'Sofía Soporte', email: 'sofia@cliengo.test', allowedWebsiteIds: [sites[1].id] }),
	);

	for (const site of sites) {
		store.chatbots.set(site.id, buildChatbot(store, site, site === sites[0] ? 'Martín' : 'Valentina'));
		const triggers: ChatbotTrigger[] = [
			{ id: store.newId(), response: '¡Hola! ¿En qué puedo ayudarte?', stopNextMessage: true, ignoreLead: false, matchesList: [{ type: 'contains', value: 'hola' }] },
			{ id: store.newId(), response: 'Nuestros precios están en la web.', stopNextMessage: false, ignoreLead: true, matchesList: [{ type: 'regex', value: 'precio|costo' }, { type: 'startswith', value: 'cuanto' }] },
		];
		store.triggers.set(site.id, triggers);
	}

	const conversations = opts.conversations ?? 6;
	for (let i = 0; i < conversations; i++) {
		const site = sites[i % 2];
		const conversation = buildConversation(store, {
			websiteId: site.id,
			channel: (['WEB', 'WHATSAPP', 'FACEBOOK'] as const)[i % 3],
			from: `visitor${i}@example.com`,
			visitorName: `${pick(FIRST)} ${pick(LAST)}`,
			creationDate: toIso(now - (conversations - i) * 3_600_000),
		});
		store.conversations.set(conversation.id, conversation);
		store.conversationMessages.set(conversation.id, [
			message(store, conversation.creationDate, 'visitor', 'Hola, quiero información'),
			message(store, conversation.creationDate, 'chatbot', '¡Hola! ¿Cuál es tu nombre?'),
		]);
	}

	const count = opts.contacts ?? 25;
	const from = opts.from !== undefined ? Date.parse(toIso(opts.from)) : now - 90 * 86_400_000;
	const to = opts.to !== undefined ? Date.parse(toIso(opts.to)) : now;
	for (let i = 0; i < count; i++) {
		const created = Math.floor(from + rand() * Math.max(1, to - from));
		const first = pick(FIRST);
		const last = pick(LAST);
		const user = rand() < 0.5 ? pick(store.users) : undefined;
		const site = pick(sites);
		store.addContact(
			buildContact(store, {
				creationDate: created,
				websiteId: site.id,
				name: first,
				lastName: last,
				email: `${first}.${last}.${i}@example.com`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
				phone: `+54911${String(10000000 + i).slice(-8)}`,
				message: 'Hola, quiero más información',
				status: pick(STATUSES),
				entryMethod: 'CHATBOT',
				medium: 'CHATBOT',
				mediumTranslate: 'Chatbot',
				assignedTo: user?.id ?? null,
				geoip: { city: pick(CITIES), state: null, country: 'AR' },
				landingUrl: site.url,
			}),
		);
	}
	store.account.leadCount = store.contacts.size;
}

function message(store: CliengoStore, at: string, sender: 'visitor' | 'chatbot', text: string) {
	return {
		id: store.newId(Date.parse(at)),
		body: text,
		message: { text },
		response_options: [],
		sendAt: at,
		sentAt: at,
		sender: { type: sender, id: null, name: sender === 'chatbot' ? 'Martín' : null },
		tags: [],
		type: 'TEXT',
	};
}
