/**
 * One fake platform server in its own process (started by fakes.ts with `node --import tsx`), so
 * that neither its CPU nor its memory counts against what is measured. Every request waits
 * `latencyMs` before it is served (an interceptor of the test kit's FakeServer). A small control
 * server beside it answers the benchmark, never logged as a request of the fake:
 *   GET  /requests          → { count }   requests the fake has logged so far
 *   POST /burst?n=500       → { added }   the scenario's "records arrive" step (triggers)
 *   POST /advance?ms=60000  → { offsetMs } moves the trigger fakes' clock forward
 * Ready: `process.send({ url, control, credentials, info })`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAKE_PLATFORMS, createChaportFake, createChatwootFake, createCliengoFake, createCrispFake, type FakeServer } from '@leadchat/testkit';

export interface FakeSpec {
	scenario: ScenarioName;
	latencyMs: number;
	/** Records of the scenario (contacts, messages, …). */
	n: number;
	/** Listen on this port (0: a free one). */
	port?: number;
}

export interface FakeReady {
	url: string;
	control: string;
	/** Credential data by credential type, as n8n holds it (FAKE_PLATFORMS of the test kit). */
	credentials: Record<string, Record<string, unknown>>;
	/** What the scenario made: record totals and ids the cases need. */
	info: Record<string, number | string>;
}

interface Scenario {
	/** The fake, seeded for the scenario, and its FakeServer. */
	create(n: number): { fake: unknown; server: FakeServer<unknown>; platform: keyof typeof FAKE_PLATFORMS; info: () => Record<string, number | string> };
	/** Records arriving between two polls (trigger scenarios). */
	burst?(fake: unknown, n: number): void;
}

const DAY = 86_400_000;
let burstNo = 0;
/**
 * The trigger fakes' clock: real time plus what the benchmark advanced it by (POST /advance), so
 * that polls a minute apart take milliseconds. The measuring process moves its poll clock alike.
 */
let offsetMs = 0;
const now = () => Date.now() + offsetMs;

export const SCENARIOS = {
	/** The seeded Chatwoot account plus `n` contacts. */
	chatwootContacts: {
		create(n) {
			const fake = createChatwootFake();
			for (let i = 0; i < n; i++) fake.addContact({ name: `Bench ${i}`, email: `bench${i}@example.com` });
			return { fake, server: fake.server as FakeServer<unknown>, platform: 'chatwoot', info: () => ({ contacts: fake.state.contactsOf(fake.accountId).length }) };
		},
	},
	/** A conversation with `n` messages. */
	chatwootMessages: {
		create(n) {
			const fake = createChatwootFake();
			const conversation = fake.addConversation({});
			for (let i = 0; i < n; i++) fake.addMessage(conversation, { content: `message ${i}` });
			return {
				fake,
				server: fake.server as FakeServer<unknown>,
				platform: 'chatwoot',
				info: () => ({ conversation: conversation.display_id, messages: fake.state.messages.filter((m) => m.conversation_id === conversation.id).length }),
			};
		},
	},
	/** `n` open conversations besides the seeded ones. */
	chatwootConversations: {
		create(n) {
			const fake = createChatwootFake();
			for (let i = 0; i < n; i++) fake.addConversation({ status: 'open' });
			return { fake, server: fake.server as FakeServer<unknown>, platform: 'chatwoot', info: () => ({ conversations: fake.state.conversations.filter((c) => c.account_id === fake.accountId).length }) };
		},
	},
	/** `n` leads over the last 120 days (past Cliengo's 1000-offset cap when n > 1000). */
	cliengoContacts: {
		create(n) {
			const fake = createCliengoFake({ seed: { contacts: n, from: Date.now() - 120 * DAY } });
			return { fake, server: fake as FakeServer<unknown>, platform: 'cliengo', info: () => ({ contacts: n }) };
		},
	},
	/** The standard Cliengo seed (50 leads); a burst inserts leads now. */
	cliengoTrigger: {
		create() {
			const fake = createCliengoFake({ seed: { contacts: 50 }, now });
			return { fake, server: fake as FakeServer<unknown>, platform: 'cliengo', info: () => ({}) };
		},
		burst(fake, n) {
			const cliengo = fake as ReturnType<typeof createCliengoFake>;
			for (let i = 0; i < n; i++) cliengo.insertLead({ name: `Burst ${++burstNo}` });
		},
	},
	/**
	 * `n` leads created 120 to 3 days ago, none updated since (so none in the Contact Updated
	 * trigger's `lastUpdated` query at first); a burst updates the newest `n` of them now.
	 */
	cliengoUpdates: {
		create(n) {
			const fake = createCliengoFake({ seed: { contacts: n, from: now() - 120 * DAY, to: now() - 3 * DAY }, now });
			return { fake, server: fake as FakeServer<unknown>, platform: 'cliengo', info: () => ({}) };
		},
		burst(fake, n) {
			const cliengo = fake as ReturnType<typeof createCliengoFake>;
			for (const contact of cliengo.allContacts().slice(0, n)) cliengo.updateLead(contact.id, { status: contact.status === 'ACTIVE' ? 'CLIENT' : 'ACTIVE' });
		},
	},
	/** `n` conversations on the first website. */
	crispConversations: {
		create(n) {
			const fake = createCrispFake({ seed: { conversations: n } });
			return { fake, server: fake as FakeServer<unknown>, platform: 'crisp', info: () => ({ conversations: n }) };
		},
	},
	/** The standard Crisp seed with 120 conversations; a burst adds conversations with a visitor's message. */
	crispTrigger: {
		create() {
			const fake = createCrispFake({ seed: { conversations: 120 }, now });
			return { fake, server: fake as FakeServer<unknown>, platform: 'crisp', info: () => ({}) };
		},
		burst(fake, n) {
			const crisp = fake as ReturnType<typeof createCrispFake>;
			for (let i = 0; i < n; i++) {
				const conversation = crisp.addConversation({});
				crisp.addVisitorMessage(conversation.session_id, `Burst ${++burstNo}`);
			}
		},
	},
	/** `n` visitors. */
	chaportVisitors: {
		create(n) {
			const fake = createChaportFake({ seed: { visitors: n } });
			return { fake, server: fake as FakeServer<unknown>, platform: 'chaport', info: () => ({ visitors: n }) };
		},
	},
	/** `n` visitors; a burst adds visitors, each starting a chat. */
	chaportTrigger: {
		create(n) {
			const fake = createChaportFake({ seed: { visitors: n }, now });
			return { fake, server: fake as FakeServer<unknown>, platform: 'chaport', info: () => ({}) };
		},
		burst(fake, n) {
			const chaport = fake as ReturnType<typeof createChaportFake>;
			for (let i = 0; i < n; i++) chaport.startChat(chaport.addVisitor({ name: `Burst ${++burstNo}` }).id, 'hello');
		},
	},
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

async function main(): Promise<void> {
	const spec = JSON.parse(process.argv[2] ?? '{}') as FakeSpec;
	const scenario: Scenario = SCENARIOS[spec.scenario];
	if (!scenario) throw new Error(`unknown scenario ${spec.scenario}`);
	const { fake, server, platform, info } = scenario.create(spec.n);
	if (spec.latencyMs > 0) {
		server.intercept(async (_req, next) => {
			await new Promise((resolve) => setTimeout(resolve, spec.latencyMs));
			return next();
		});
	}
	const entry = FAKE_PLATFORMS[platform] as unknown as { start(f: unknown, port?: number): Promise<unknown>; credentialData(f: unknown): Record<string, Record<string, unknown>> };
	await entry.start(fake, spec.port ?? 0);
	const control = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://control');
		const reply = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		try {
			if (req.method === 'GET' && url.pathname === '/requests') return reply(200, { count: server.requests.length, violations: server.violations.length });
			if (req.method === 'POST' && url.pathname === '/burst' && scenario.burst) {
				const n = Number(url.searchParams.get('n') ?? '0');
				scenario.burst(fake, n);
				return reply(200, { added: n });
			}
			if (req.method === 'POST' && url.pathname === '/advance') {
				offsetMs += Number(url.searchParams.get('ms') ?? '0');
				return reply(200, { offsetMs });
			}
			return reply(404, { error: `no ${req.method} ${url.pathname}` });
		} catch (error) {
			return reply(500, { error: (error as Error).message });
		}
	});
	await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
	const ready: FakeReady = {
		url: server.url,
		control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
		credentials: entry.credentialData(fake),
		info: info(),
	};
	process.send?.(ready);
	// The parent ends this process (disconnect, or SIGTERM); nothing else keeps it alive.
	process.on('disconnect', () => process.exit(0));
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
