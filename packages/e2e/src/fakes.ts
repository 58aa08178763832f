/**
 * Every fake platform server registered in the test kit (`FAKE_PLATFORMS`), seeded, on 127.0.0.1,
 * plus the n8n credentials that point at them. The credential ids and names are fixed, so example
 * workflows reference them as they are and import unchanged. A new platform registers its fake in
 * the test kit; nothing here changes.
 */
import { FAKE_PLATFORMS, FAKE_WEBHOOK_SECRETS, type FakeOf, type FakePlatform, type FakePlatformName } from '@leadchat/testkit';

import type { CredentialImport } from './n8n';

export { FAKE_WEBHOOK_SECRETS };

const NAMES = Object.keys(FAKE_PLATFORMS) as FakePlatformName[];
const entry = (name: FakePlatformName) => FAKE_PLATFORMS[name] as unknown as FakePlatform<unknown>;

export type RunningFakes = { [K in FakePlatformName]: FakeOf<K> } & {
	/** n8n credentials (fixed ids/names) pointing at these fakes. */
	credentials(): CredentialImport[];
	/** The port of each fake, to start fresh ones behind credentials that were already imported. */
	ports(): Record<FakePlatformName, number>;
	stop(): Promise<void>;
};

type CredentialType = { [K in FakePlatformName]: keyof (typeof FAKE_PLATFORMS)[K]['credentials'] }[FakePlatformName];

/** Every fixed credential of every registered platform, by credential type. */
export const FAKE_CREDENTIALS = Object.fromEntries(
	NAMES.flatMap((name) => Object.entries(entry(name).credentials).map(([type, ref]) => [type, { ...ref, type }])),
) as Record<CredentialType, { id: string; name: string; type: string }>;

/** A reference to one of the fixed credentials, as a workflow node's `credentials` entry wants it. */
export function credentialRef(type: CredentialType): Record<string, { id: string; name: string }> {
	const { id, name } = FAKE_CREDENTIALS[type];
	return { [type]: { id, name } };
}

/**
 * Starts every registered fake (seeded). Ports default to free ones; pass `ports` to restart fresh
 * fakes behind credentials that were already imported. `deliverWebhooks`: fakes whose platform
 * registers webhooks through its API (Chatwoot) post signed deliveries to them.
 */
export async function startFakes(opts: { ports?: Partial<Record<FakePlatformName, number>>; deliverWebhooks?: boolean } = {}): Promise<RunningFakes> {
	const fakes = new Map<FakePlatformName, unknown>(NAMES.map((name) => [name, entry(name).create({ deliverWebhooks: opts.deliverWebhooks })]));
	const stopAll = () => Promise.allSettled(NAMES.map((name) => entry(name).stop(fakes.get(name)))).then(() => undefined);
	try {
		for (const name of NAMES) await entry(name).start(fakes.get(name), opts.ports?.[name]);
	} catch (error) {
		await stopAll();
		throw new Error(`startFakes: could not start the fake servers: ${(error as Error).message}`);
	}
	let stopped: Promise<void> | undefined;
	const running = {
		credentials: () =>
			NAMES.flatMap((name) => {
				const data = entry(name).credentialData(fakes.get(name));
				return Object.entries(entry(name).credentials).map(([type, ref]) => ({ ...ref, type, data: data[type] }) as CredentialImport);
			}),
		ports: () => Object.fromEntries(NAMES.map((name) => [name, entry(name).port(fakes.get(name))])) as Record<FakePlatformName, number>,
		stop() {
			stopped ??= stopAll();
			return stopped;
		},
	};
	for (const name of NAMES) Object.defineProperty(running, name, { value: fakes.get(name), enumerable: true });
	return running as RunningFakes;
}
