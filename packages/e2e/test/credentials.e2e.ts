/**
 * n8n's own credential test (the editor's "Test" button: POST /rest/credentials/test with the stored
 * credential) passes for each of our credential types against its fake server and fails with a
 * wrong token.
 *
 * The credentials come from the test kit's registry (`FAKE_PLATFORMS`: each platform's fake and
 * the credentials pointing at it) and their types from the built packages as n8n loads them, so a
 * new platform needs no edit here. The wrong credential replaces every secret field (a password
 * field) with a well-formed wrong value.
 *
 * The webhook secrets, which the platform never sees, have no `test` request: their trigger node
 * names them with `testedBy` and tests them itself (core's webhookSecretTest, in the node's
 * methods.credentialTest). n8n runs that test for the same button: it passes with the fake's
 * secret and fails, with its message, for an empty secret and for one padded with whitespace,
 * without a request to any fake.
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

/** What this file reads of a node type: its credentials and their `testedBy`, its credential tests. */
interface NodeType {
	description: { name: string; credentials?: Array<{ name: string; testedBy?: string }> };
	methods?: { credentialTest?: Record<string, unknown> };
}

/** For each credential type a shipped node tests itself (`testedBy`), the node and the test's name. */
function nodeTestedCredentials(): Map<string, { node: string; test: string; defined: boolean }> {
	const tested = new Map<string, { node: string; test: string; defined: boolean }>();
	for (const dir of nodePackageDirs()) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; n8n?: { nodes?: string[] } };
		for (const file of pkg.n8n?.nodes ?? []) {
			const exported = require(path.join(dir, file)) as Record<string, new () => NodeType>;
			const node = new exported[path.basename(file).replace(/\.node\.js$/, '')]();
			for (const c of node.description.credentials ?? []) {
				if (c.testedBy) tested.set(c.name, { node: `${pkg.name}.${node.description.name}`, test: c.testedBy, defined: typeof node.methods?.credentialTest?.[c.testedBy] === 'function' });
			}
		}
	}
	return tested;
}

/**
 * The webhook-secret credential types and their secret fields, with the labels the node's test
 * names them by (core's webhookSecretTest): the messages n8n shows are built from them.
 */
const WEBHOOK_SECRETS: Record<string, Array<{ name: string; label: string }>> = {
	leadchatChatwootWebhookSecretApi: [{ name: 'secret', label: 'Secret' }],
	leadchatCliengoWebhookApi: [{ name: 'key', label: 'Webhook Key' }],
	leadchatCrispWebhookApi: [
		{ name: 'signatureSecret', label: 'Plugin Signature Secret' },
		{ name: 'websiteHookKey', label: 'Website Hook Key' },
	],
};

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
	/** The status the fake refuses the wrong secret with: 401 for a token; a credential whose secret names a resource (Chatwoot Client API's inbox identifier) says which in its responseCode rule. */
	refusedWith: number;
	/** The message of the credential's rule for that status, if it has one. */
	ruleMessage?: string;
}

const REGISTERED = NAMES.flatMap((platform) => Object.entries((FAKE_PLATFORMS[platform] as unknown as FakePlatform<unknown>).credentials).map(([type, ref]) => ({ platform, type, id: ref.id })));
const CASES: Case[] = REGISTERED.filter((c) => TYPES.get(c.type)?.test).map((c) => {
	const rules = TYPES.get(c.type)!.test!.rules?.filter((r) => r.type === 'responseCode') ?? [];
	const rule = rules.find((r) => r.properties.value === 401) ?? rules[0];
	return {
		...c,
		wrongId: `wrong${c.id.replace(/^fake/, '')}`,
		refusedWith: rule?.properties.value ?? 401,
		ruleMessage: rule?.properties.message,
	};
});

interface SecretCase {
	platform: FakePlatformName;
	type: string;
	id: string;
	fields: Array<{ name: string; label: string }>;
}
const SECRET_CASES: SecretCase[] = REGISTERED.filter((c) => !TYPES.get(c.type)?.test && WEBHOOK_SECRETS[c.type]).map((c) => ({ ...c, fields: WEBHOOK_SECRETS[c.type] }));
const TESTED_BY_NODE = nodeTestedCredentials();

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
		// each webhook secret emptied, and the first one padded with whitespace (the others as they are)
		const secrets: CredentialImport[] = SECRET_CASES.flatMap((c) => {
			const stored = good.find((g) => g.id === c.id)!;
			const first = c.fields[0].name;
			return [
				{ id: `${c.id}Empty`, name: `${stored.name} - empty`, type: c.type, data: { ...stored.data, ...Object.fromEntries(c.fields.map((f) => [f.name, ''])) } },
				{ id: `${c.id}Padded`, name: `${stored.name} - padded`, type: c.type, data: { ...stored.data, [first]: ` ${String(stored.data[first])}\n` } },
			];
		});
		await importCredentials(home, [...good, ...wrong, ...secrets]);
		server = await startN8n(home);
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	test('every registered credential type is shipped, and those that can be tested are', () => {
		expect(REGISTERED.filter((c) => !TYPES.has(c.type)).map((c) => c.type)).toEqual([]);
		// The ones without a `test` are the webhook secrets the platform never receives: their
		// trigger node tests them (testedBy, with the test defined in its methods.credentialTest).
		const untested = REGISTERED.filter((c) => !TYPES.get(c.type)!.test).map((c) => c.type);
		for (const type of untested) expect(TYPES.get(type)!.properties.every((p) => p.typeOptions?.password)).toBe(true);
		expect([...untested].sort()).toEqual(Object.keys(WEBHOOK_SECRETS).sort());
		expect(SECRET_CASES.map((c) => c.type).sort()).toEqual(Object.keys(WEBHOOK_SECRETS).sort());
		for (const type of untested) expect({ type, testedBy: TESTED_BY_NODE.get(type)?.defined }).toEqual({ type, testedBy: true });
		for (const type of untested) expect(TYPES.get(type)!.properties.map((p) => p.name).sort()).toEqual(WEBHOOK_SECRETS[type].map((f) => f.name).sort());
		expect(CASES.length).toBeGreaterThanOrEqual(NAMES.length);
	});

	const secretLabel = (c: SecretCase) => [c.type, c] as const;

	it.each(SECRET_CASES.map(secretLabel))('%s: its trigger\'s test (testedBy) passes with the fake\'s secret, and fails for an empty or whitespace-padded one', async (_type, c) => {
		const requestsBefore = totalRequests();
		const labels = c.fields.map((f) => f.label);
		expect(await testCredentialInN8n(server!, c.id)).toEqual({ status: 'OK', message: `${labels.join(' and ')} set; each delivery is checked against it` });
		expect(await testCredentialInN8n(server!, `${c.id}Empty`)).toEqual({ status: 'Error', message: `${labels.join(' or ')} is empty: no delivery could be verified` });
		const padded = await testCredentialInN8n(server!, `${c.id}Padded`);
		expect(padded).toEqual({ status: 'Error', message: `${labels[0]} begins or ends with a space or line break: remove it, or no delivery will match` });
		// the value is never named; nothing was sent to any platform
		const secret = String(fakes.credentials().find((g) => g.id === c.id)!.data[c.fields[0].name]);
		expect(secret.length).toBeGreaterThan(8);
		expect(padded.message).not.toContain(secret);
		expect(totalRequests()).toBe(requestsBefore);
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
		const before = answered(c.platform, c.refusedWith);
		const result = await testCredentialInN8n(server!, c.wrongId);
		expect(result.status).toBe('Error');
		// Refused by the fake for the token (401; 404 for the Client API's unknown inbox identifier),
		// not e.g. unreachable: the credential's own message when it has a rule for that status
		// (Crisp's starts with Crisp's reason, invalid_session), else n8n's.
		expect(answered(c.platform, c.refusedWith)).toBeGreaterThan(before);
		if (c.ruleMessage) expect(result.message).toBe(c.ruleMessage);
		else expect(result.message).toMatch(GENERIC_REFUSAL);
		expect(result.message).not.toMatch(/ECONNREFUSED|ENOTFOUND|timeout/i);
	});

	/** How many requests every fake has received so far. */
	function totalRequests(): number {
		return NAMES.reduce((n, platform) => n + requestLog(platform).length, 0);
	}

	function requestLog(platform: FakePlatformName): LoggedRequest[] {
		const fake = fakes[platform] as unknown as { requests?: LoggedRequest[]; server?: { requests: LoggedRequest[] } };
		return fake.server?.requests ?? fake.requests ?? [];
	}

	/** How many requests the platform's fake answered with this status so far. */
	function answered(platform: FakePlatformName, status: number): number {
		const fake = fakes[platform] as unknown as { requests?: LoggedRequest[]; server?: { requests: LoggedRequest[] } };
		const log = fake.server?.requests ?? fake.requests ?? [];
		return log.filter((r) => r.status === status).length;
	}
});
