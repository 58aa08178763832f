/**
 * Secrets: every case of the suite already fails when a credential secret appears in the error
 * (message, description, stack, cause, context), the output items or the node's log lines
 * (`runNode`). Here the server itself echoes the secrets back in its errors, and the settings of the
 * credential that are not secret (a header name, a key location) must stay readable.
 */
import { NodeApiError } from 'n8n-workflow';

import { PLATFORMS, allSecrets, expectApiError, findSecrets, runNode, table, useFake, useRetryClock, type Platform } from '../src';

useRetryClock();

describe('the leak detector', () => {
	test('finds a secret in a message, deep in a cause, URL-encoded, or in a buffer', () => {
		const secret = 'tok/en+secret=1';
		const error = new Error('no secret here');
		Object.defineProperty(error, 'cause', { value: { config: { url: `https://x.test/a?api_key=${encodeURIComponent(secret)}` } }, enumerable: false });
		expect(findSecrets([secret], { error })).toEqual(['$.error.cause.config.url']);
		expect(findSecrets([secret], { message: `bad ${secret}` })).toEqual(['$.message']);
		expect(findSecrets([secret], [Buffer.from(`x${secret}`)])).toEqual(['$.0']);
		expect(findSecrets([secret], { message: 'clean' })).toEqual([]);
	});
});

describe.each(table(PLATFORMS))('%s: secrets', (_name, platform: Platform) => {
	const ctx = useFake(platform);
	const read = () => runNode(platform, ctx.fake, platform.read.parameters(ctx.fake));
	const inject = (status: number, body: unknown, headers?: Record<string, string>) => platform.server(ctx.fake).inject({ status, body, headers });

	test('the registry names at least one secret, each a value of the credentials given to the node', () => {
		const secrets = platform.secrets(ctx.fake);
		expect(secrets.length).toBeGreaterThan(0);
		const values = Object.values(platform.credentials(ctx.fake)).flatMap((c) => Object.values(c));
		for (const secret of secrets) expect(values).toContain(secret);
	});

	/** The secrets a read sends (in its headers or query), as values or in the form they travel: what a server could echo back. */
	async function sentSecrets(): Promise<string[]> {
		const { requests } = await read();
		const sent = JSON.stringify(requests.map((r) => [r.headers, r.rawQuery, r.query]));
		return allSecrets(platform, ctx.fake).filter((s) => sent.includes(s) || sent.includes(encodeURIComponent(s)));
	}

	test('a server that echoes the secret it received in its error message: the message keeps its words, not the secret', async () => {
		const sent = await sentSecrets();
		expect(sent.length).toBeGreaterThan(0);
		for (const secret of sent) {
			inject(400, platform.errorBody(`The token ${secret} is not allowed here`));
			const o = await read();
			expectApiError(o, platform, 400);
			expect(o.error!.message).toMatch(/^The token .+ is not allowed here$/);
			expect(o.error!.message).not.toContain(secret);
		}
	});

	test('a server that echoes a secret URL-encoded, in plain text, or in an HTML page title', async () => {
		const [secret] = await sentSecrets();
		inject(400, `rejected ${encodeURIComponent(secret)}`, { 'content-type': 'text/plain' });
		expect((await read()).error).toBeInstanceOf(NodeApiError);
		inject(401, platform.errorBody(`Invalid credentials ${secret}`));
		expect((await read()).error).toBeInstanceOf(NodeApiError);
		inject(502, `<html><head><title>Upstream said ${secret}</title></head></html>`, { 'content-type': 'text/html' });
		platform.server(ctx.fake).inject({ html: true, status: 502 }, { times: 20 });
		expect((await read()).error).toBeInstanceOf(NodeApiError);
		// runNode has failed the test if the secret was anywhere in these errors.
	});

	test('settings that are not secret stay readable in error messages', async () => {
		for (const setting of platform.settings(ctx.fake)) {
			inject(400, platform.errorBody(`Check the ${setting} setting`));
			const o = await read();
			expectApiError(o, platform, 400, `Check the ${setting} setting`);
		}
	});
});
