/**
 * The fake Chatwoot, Cliengo and Crisp servers (from @leadchat/testkit), seeded, on 127.0.0.1, plus the
 * n8n credentials that point at them. The credential ids and names are fixed, so example
 * workflows reference them as they are and import unchanged.
 */
import { createChatwootFake, createCliengoFake, createCrispFake, type ChatwootFake, type CliengoFake, type CrispFake } from '@leadchat/testkit';

import type { CredentialImport } from './n8n';

export interface RunningFakes {
	chatwoot: ChatwootFake;
	cliengo: CliengoFake;
	crisp: CrispFake;
	/** n8n credentials (fixed ids/names) pointing at these fakes. */
	credentials(): CredentialImport[];
	stop(): Promise<void>;
}

export const FAKE_CREDENTIALS = {
	chatwootApi: { id: 'fakeChatwootApi', name: 'Chatwoot (fake server)', type: 'chatwootApi' },
	chatwootPlatformApi: { id: 'fakeChatwootPlatformApi', name: 'Chatwoot Platform (fake server)', type: 'chatwootPlatformApi' },
	cliengoApi: { id: 'fakeCliengoApi', name: 'Cliengo (fake server)', type: 'cliengoApi' },
	chatwootWebhookSecretApi: { id: 'fakeChatwootWhSecret', name: 'Chatwoot webhook secret (fake server)', type: 'chatwootWebhookSecretApi' },
	cliengoWebhookApi: { id: 'fakeCliengoWebhookKey', name: 'Cliengo webhook key (fake server)', type: 'cliengoWebhookApi' },
	leadchatCrispApi: { id: 'fakeCrispApi', name: 'Crisp (fake server)', type: 'leadchatCrispApi' },
	leadchatCrispWebhookApi: { id: 'fakeCrispWebhook', name: 'Crisp webhook (fake server)', type: 'leadchatCrispWebhookApi' },
} as const;

/**
 * The values of the webhook-secret credentials: what the Chatwoot Trigger's "secret I provide" mode
 * verifies signatures with, and the key the Cliengo Webhook Trigger expects inside each lead. Distinct
 * strings, so that a search for them in n8n's database, exports or executions means something.
 */
export const FAKE_WEBHOOK_SECRETS = {
	chatwoot: 'e2e-chatwoot-provided-secret-7f3c9a1d5b',
	cliengo: 'e2e-cliengo-webhook-key-4d8e2b6f0a',
	/** The Crisp Trigger's Website Hook key (the plugin signature secret is the fake's own). */
	crispWebsiteKey: 'e2e-crisp-website-hook-key-9b1f5c3e7a',
} as const;

/** A reference to one of the fixed credentials, as a workflow node's `credentials` entry wants it. */
export function credentialRef(type: keyof typeof FAKE_CREDENTIALS): Record<string, { id: string; name: string }> {
	const { id, name } = FAKE_CREDENTIALS[type];
	return { [type]: { id, name } };
}

/**
 * Starts both fakes (seeded: Chatwoot account 1 "Acme", Cliengo's standard seed). Ports default to
 * free ones; pass them to restart fresh fakes behind credentials that were already imported.
 * `deliverWebhooks`: the Chatwoot fake POSTs signed deliveries to the webhooks registered through
 * its API (e.g. by the Chatwoot Trigger on activation).
 */
export async function startFakes(opts: { chatwootPort?: number; cliengoPort?: number; crispPort?: number; deliverWebhooks?: boolean } = {}): Promise<RunningFakes> {
	const chatwoot = createChatwootFake({ deliverWebhooks: opts.deliverWebhooks ?? false });
	const cliengo = createCliengoFake();
	const crisp = createCrispFake();
	try {
		await chatwoot.start(opts.chatwootPort ?? 0);
		await cliengo.start(opts.cliengoPort ?? 0);
		await crisp.start(opts.crispPort ?? 0);
	} catch (error) {
		await Promise.allSettled([chatwoot.stop(), cliengo.stop(), crisp.stop()]);
		throw new Error(`startFakes: could not start the fake servers: ${(error as Error).message}`);
	}
	let stopped: Promise<void> | undefined;
	return {
		chatwoot,
		cliengo,
		crisp,
		credentials() {
			return [
				{
					...FAKE_CREDENTIALS.chatwootApi,
					data: { baseUrl: chatwoot.url, accessToken: chatwoot.tokens.user, accountId: chatwoot.accountId, headerName: 'api_access_token' },
				},
				{
					...FAKE_CREDENTIALS.chatwootPlatformApi,
					data: { baseUrl: chatwoot.url, accessToken: chatwoot.tokens.platform },
				},
				{
					...FAKE_CREDENTIALS.cliengoApi,
					data: cliengo.credentials(),
				},
				{
					...FAKE_CREDENTIALS.chatwootWebhookSecretApi,
					data: { secret: FAKE_WEBHOOK_SECRETS.chatwoot },
				},
				{
					...FAKE_CREDENTIALS.cliengoWebhookApi,
					data: { key: FAKE_WEBHOOK_SECRETS.cliengo },
				},
				{
					...FAKE_CREDENTIALS.leadchatCrispApi,
					data: crisp.credentials('plugin'),
				},
				{
					...FAKE_CREDENTIALS.leadchatCrispWebhookApi,
					data: { signatureSecret: crisp.store.signatureSecret, websiteHookKey: FAKE_WEBHOOK_SECRETS.crispWebsiteKey },
				},
			];
		},
		stop() {
			stopped ??= Promise.allSettled([chatwoot.stop(), cliengo.stop(), crisp.stop()]).then(() => undefined);
			return stopped;
		},
	};
}
