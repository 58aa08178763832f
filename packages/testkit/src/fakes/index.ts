/**
 * Every fake platform server, registered in one place. A new platform adds its folder next to these
 * and one entry to `FAKE_PLATFORMS` (and its exports below): the test kit's index and the end-to-end
 * harness (which starts every registered fake and imports every credential into n8n) take it from
 * here, so neither needs editing.
 */
import { createChatwootFake, type ChatwootFake } from './chatwoot';
import { createCliengoFake, type CliengoFake } from './cliengo';
import { createChaportFake, type ChaportFake } from './chaport';
import { createCrispFake, type CrispFake } from './crisp';

export { createChatwootFake, chatwootClient } from './chatwoot';
export type { ChatwootFake, ChatwootFakeOptions, ChatwootTokens } from './chatwoot';
export * as chatwoot from './chatwoot';
/** The fake Chatwoot's JSON views (how it renders each record), for tests that compare a node's output with the fake's state. */
export * as chatwootViews from './chatwoot/views';
export { createCliengoFake, CliengoFake, DEFAULT_CLIENGO_KEY } from './cliengo';
export type { CliengoFakeOptions } from './cliengo';
export * as cliengo from './cliengo';
export { createCrispFake, CrispFake, type CrispFakeOptions } from './crisp';
export * as crisp from './crisp';
export { createChaportFake, ChaportFake, type ChaportFakeOptions } from './chaport';
export * as chaport from './chaport';

/** An n8n credential as it is imported (fixed id and name, so workflows reference it unchanged). */
export interface FakeCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/**
 * Secrets of the webhook credentials that the fakes do not hold themselves (the platform never sees
 * them): distinct strings, so that a search for them in n8n's database, exports or executions means
 * something.
 */
export const FAKE_WEBHOOK_SECRETS = {
	chatwoot: 'e2e-chatwoot-provided-secret-7f3c9a1d5b',
	cliengo: 'e2e-cliengo-webhook-key-4d8e2b6f0a',
	/** The Crisp Trigger's Website Hook key (the plugin signature secret is the fake's own). */
	crispWebsiteKey: 'e2e-crisp-website-hook-key-9b1f5c3e7a',
} as const;

/** How the end-to-end harness starts one platform's fake and points n8n credentials at it. */
export interface FakePlatform<F> {
	/** A fresh, seeded fake (`deliverWebhooks`: it posts to the webhooks registered through its API). */
	create(opts: { deliverWebhooks?: boolean }): F;
	start(fake: F, port?: number): Promise<unknown>;
	stop(fake: F): Promise<unknown>;
	port(fake: F): number;
	/** Its credentials' fixed ids and names, by credential type. */
	credentials: Record<string, { id: string; name: string }>;
	/** The credential data pointing at a running fake, by credential type. */
	credentialData(fake: F): Record<string, Record<string, unknown>>;
}

const platform = <F>(p: FakePlatform<F>) => p;

/** The registry: one entry per platform. */
export const FAKE_PLATFORMS = {
	chatwoot: platform<ChatwootFake>({
		create: (o) => createChatwootFake({ deliverWebhooks: o.deliverWebhooks ?? false }),
		start: (fake, port) => fake.start(port ?? 0),
		stop: (fake) => fake.stop(),
		port: (fake) => fake.server.port,
		credentials: {
			leadchatChatwootApi: { id: 'fakeChatwootApi', name: 'Chatwoot (fake server)' },
			leadchatChatwootPlatformApi: { id: 'fakeChatwootPlatformApi', name: 'Chatwoot Platform (fake server)' },
			leadchatChatwootClientApi: { id: 'fakeChatwootClientApi', name: 'Chatwoot Client API (fake server)' },
			leadchatChatwootWebhookSecretApi: { id: 'fakeChatwootWhSecret', name: 'Chatwoot webhook secret (fake server)' },
		},
		credentialData: (fake) => ({
			leadchatChatwootApi: { baseUrl: fake.url, accessToken: fake.tokens.user, accountId: fake.accountId, headerName: 'api_access_token' },
			leadchatChatwootPlatformApi: { baseUrl: fake.url, accessToken: fake.tokens.platform },
			// The seeded API inbox (the Client API's key is its identifier).
			leadchatChatwootClientApi: { baseUrl: fake.url, inboxIdentifier: fake.seeded?.apiInboxIdentifier ?? '' },
			leadchatChatwootWebhookSecretApi: { secret: FAKE_WEBHOOK_SECRETS.chatwoot },
		}),
	}),
	cliengo: platform<CliengoFake>({
		create: () => createCliengoFake(),
		start: (fake, port) => fake.start(port ?? 0),
		stop: (fake) => fake.stop(),
		port: (fake) => fake.port,
		credentials: {
			leadchatCliengoApi: { id: 'fakeCliengoApi', name: 'Cliengo (fake server)' },
			leadchatCliengoWebhookApi: { id: 'fakeCliengoWebhookKey', name: 'Cliengo webhook key (fake server)' },
		},
		credentialData: (fake) => ({
			leadchatCliengoApi: fake.credentials() as Record<string, unknown>,
			leadchatCliengoWebhookApi: { key: FAKE_WEBHOOK_SECRETS.cliengo },
		}),
	}),
	crisp: platform<CrispFake>({
		create: () => createCrispFake(),
		start: (fake, port) => fake.start(port ?? 0),
		stop: (fake) => fake.stop(),
		port: (fake) => fake.port,
		credentials: {
			leadchatCrispApi: { id: 'fakeCrispApi', name: 'Crisp (fake server)' },
			leadchatCrispWebhookApi: { id: 'fakeCrispWebhook', name: 'Crisp webhook (fake server)' },
		},
		credentialData: (fake) => ({
			leadchatCrispApi: fake.credentials('plugin') as Record<string, unknown>,
			leadchatCrispWebhookApi: { signatureSecret: fake.store.signatureSecret, websiteHookKey: FAKE_WEBHOOK_SECRETS.crispWebsiteKey },
		}),
	}),
	chaport: platform<ChaportFake>({
		create: (o) => createChaportFake({ deliverWebhooks: o.deliverWebhooks ?? false }),
		start: (fake, port) => fake.start(port ?? 0),
		stop: (fake) => fake.stop(),
		port: (fake) => fake.port,
		credentials: {
			leadchatChaportApi: { id: 'fakeChaportApi', name: 'Chaport (fake server)' },
		},
		credentialData: (fake) => ({
			leadchatChaportApi: fake.credentials(),
		}),
	}),
};

export type FakePlatformName = keyof typeof FAKE_PLATFORMS;

/** The fake server type of each registered platform. */
export type FakeOf<K extends FakePlatformName> = (typeof FAKE_PLATFORMS)[K] extends FakePlatform<infer F> ? F : never;
