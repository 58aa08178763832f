/**
 * The Crisp transport's secrets: the token travels as HTTP Basic (base64 of identifier:key), so a
 * server or proxy that echoes the Authorization header must not put the token into the error.
 */
import { NodeApiError } from 'n8n-workflow';
import { retryClock } from '@leadchat/core';
import { byId, useCrisp } from './harness';

const h = useCrisp();

describe('transport: the token in the form it travels', () => {
	it('an error that echoes the Authorization header shows *** in place of the Basic value', async () => {
		const token = h.fake.token('plugin');
		const basic = Buffer.from(`${token.identifier}:${token.key}`).toString('base64');
		const peopleId = [...h.fake.site().people.keys()][0];
		h.fake.clearLog();
		h.fake.inject({ status: 401, body: { error: true, reason: 'invalid_session', data: { message: `Authorization: Basic ${basic} was refused` } } });
		const error = await h.runError({ resource: 'person', operation: 'get', peopleId: byId(peopleId) });
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual(['invalid_session: Authorization: Basic *** was refused', '401']);
		expect(h.fake.requests.map((r) => r.headers.authorization)).toEqual([`Basic ${basic}`]);
		expect(JSON.stringify({ message: error.message, description: error.description, response: (error as NodeApiError).errorResponse, stack: error.stack })).not.toContain(basic);
	});
});

describe("transport: Crisp's throttle answers", () => {
	const original = retryClock.sleep;
	beforeEach(() => {
		retryClock.sleep = async () => undefined;
	});
	afterEach(() => {
		retryClock.sleep = original;
	});

	it.each([420, 429] as const)('a create answered %s (Crisp did nothing) is retried and makes exactly one person', async (status) => {
		const email = `throttled-${status}@example.com`;
		h.fake.clearLog();
		h.fake.throttleNext(2, status, { method: 'POST' });
		const out = await h.run({ resource: 'person', operation: 'create', email, additionalFields: {} });
		expect(h.fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST ' + status, 'POST ' + status, 'POST 200']);
		expect([...h.fake.site().people.values()].filter((p) => p.email === email)).toHaveLength(1);
		expect(out).toHaveLength(1);
	});
});
