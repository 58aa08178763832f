/**
 * The Crisp transport's secrets: the token travels as HTTP Basic (base64 of identifier:key), so a
 * server or proxy that echoes the Authorization header must not put the token into the error.
 */
import { NodeApiError } from 'n8n-workflow';
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
