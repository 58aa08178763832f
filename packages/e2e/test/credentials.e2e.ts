/**
 * n8n's own credential test (the editor's "Test" button: POST /rest/credentials/test with the stored
 * credential) passes for each of our credential types against its fake server and fails with a
 * wrong token.
 *
 * The credentials come from the test kit's registry (`FAKE_PLATFORMS`: each platform's fake and
 * the credentials pointing at it) and their types from the built packages as n8n loads them, so a
 * new platform needs no edit here. A credential type without a `test` (the webhook secrets, which
 * the platform never sees) has nothing to test. The wrong credential replaces every secret field
 * (a password field) with a well-formed wrong value.
 */
import fs from 'node:fs';
import path from 'node:path';

import { FAKE_PLATFORMS, type FakePlatform, type FakePlatformName, type LoggedRequest } from '@leadchat/testkit';

import { createN8nHome, importCredentials, installOurPackages, nodePackageDirs, startFakes, startN8n, testCredentialInN8n, type CredentialImport, type N8nServer, type RunningFakes } from '../src';

/** What this file reads of a credential type (n8n-workflow's ICredentialType). */
interface CredentialType {
	name: string;
	properties: Array<{ name: string; typeOptions?: { password?: boolean } }>;
	test?: { rules?: Array<{ type: string; properties: { value?: number; message?: string } }> };
}

/** Every credential type our packages ship, from the built files their package.json lists for n8n. */
function shippedCredentialTypes(): Map<string, CredentialType> {
	const types = new Map<string, CredentialType>();
	for (const dir of nodePackageDirs()) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { n8n?: { credentials?: string[] } };
		for (const file of pkg.n8n?.credentials ?? []) {
			const exported = require(path.join(dir, file)) as Record<string, unknown>;
			for (const value of Object.values(exported)) {
				if (typeof value !== 'function') continue;
				const type = new (value as new () => CredentialType)();
				if (typeof type.name === 'string' && Array.isArray(type.properties)) types.set(type.name, type);
			}
		}
	}
	return types;
}

/** A wrong value for a secret that still has the shape of one (a UUID). */
const WRONG = '00000000-0000-4000-8000-000000000000';
/** n8n's generic messages for a refused credential without a rule of its own. */
const GENERIC_REFUSAL = /Authorization failed|401|Unauthorized|Invalid api key/i;

const NAMES = Object.keys(FAKE_PLATFORMS) as FakePlatformName[];
const TYPES = shippedCredentialTypes();

interface Case {
	platform: FakePlatformName;
	type: string;
	id: string;
	wrongId: string;
	/** The message of the credential's own rule for a 401, if it has one. */
	rule401?: string;
}

const REGISTERED = NAMES.flatMap((platform) => Object.entries((FAKE_PLATFORMS[platform] as unknown as FakePlatform<unknown>).credentials).map(([type, ref]) => ({ platform, type, id: ref.id })));
const CASES: Case[] = REGISTERED.filter((c) => TYPES.get(c.type)?.test).map((c) => ({
	...c,
	wrongId: `wrong${c.id.replace(/^fake/, '')}`,
	rule401: TYPES.get(c.type)!.test!.rules?.find((r) => r.type === 'responseCode' && r.properties.value === 401)?.properties.message,
}));

/** The data of the wrong credential: every secret field (a password field) holds a wrong value. */
function wrongData(type: string, data: Record<string, unknown>): Record<string, unknown> {
	const secrets = TYPES.get(type)!.properties.filter((p) => p.typeOptions?.password).map((p) => p.name);
	return { ...data, ...Object.fromEntries(secrets.map((name) => [name, WRONG])) };
}

describe('credential tests in real n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;

	beforeAll(async () => {
		fakes = await startFakes();
		const home = createN8nHome();
		installOurPackages(home);
		const good = fakes.credentials();
		const wrong: CredentialImport[] = CASES.map((c) => {
			const stored = good.find((g) => g.id === c.id)!;
			return { id: c.wrongId, name: `${stored.name} - wrong token`, type: c.type, data: wrongData(c.type, stored.data) };
		});
		await importCredentials(home, [...good, ...wrong]);
		server = await startN8n(home);
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	test('every registered credential type is shipped, and those that can be tested are', () => {
		expect(REGISTERED.filter((c) => !TYPES.has(c.type)).map((c) => c.type)).toEqual([]);
		// The ones left out carry no `test`: secrets the platform never receives (webhook keys).
		const untested = REGISTERED.filter((c) => !TYPES.get(c.type)!.test).map((c) => c.type);
		for (const type of untested) expect(TYPES.get(type)!.properties.every((p) => p.typeOptions?.password)).toBe(true);
		expect(CASES.length).toBeGreaterThanOrEqual(NAMES.length);
	});

	const label = (c: Case) => [c.type, c] as const;

	it.each(CASES.map(label))('%s: the stored credential passes against the fake', async (_type, c) => {
		const before = answered(c.platform, 200);
		const result = await testCredentialInN8n(server!, c.id);
		expect(result).toEqual({ status: 'OK', message: expect.any(String) });
		// The test really went to the fake (n8n did not short-circuit it).
		expect(answered(c.platform, 200)).toBeGreaterThan(before);
	});

	it.each(CASES.map(label))('%s: a wrong token fails, refused by the fake', async (_type, c) => {
		const before = answered(c.platform, 401);
		const result = await testCredentialInN8n(server!, c.wrongId);
		expect(result.status).toBe('Error');
		// Refused by the fake for the token (401), not e.g. unreachable: the credential's own message
		// for a 401 when it has a rule (Crisp's starts with Crisp's reason, invalid_session), else n8n's.
		expect(answered(c.platform, 401)).toBeGreaterThan(before);
		if (c.rule401) expect(result.message).toBe(c.rule401);
		else expect(result.message).toMatch(GENERIC_REFUSAL);
		expect(result.message).not.toMatch(/ECONNREFUSED|ENOTFOUND|timeout/i);
	});

	/** How many requests the platform's fake answered with this status so far. */
	function answered(platform: FakePlatformName, status: number): number {
		const fake = fakes[platform] as unknown as { requests?: LoggedRequest[]; server?: { requests: LoggedRequest[] } };
		const log = fake.server?.requests ?? fake.requests ?? [];
		return log.filter((r) => r.status === status).length;
	}
});
