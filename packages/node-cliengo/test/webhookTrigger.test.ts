/**
 * Cliengo Webhook Trigger: the new-lead webhook configured in Cliengo's dashboard, delivered by the
 * fake (`sendNewLeadWebhook`) over real HTTP to a small listener that hands each request to the node
 * the way n8n's webhook server does. The shared key sits inside the JSON body [C-doc]; its field
 * name is inferred ("key" by default, configurable) [I].
 */
import http from 'node:http';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { createWebhookContext } from '@leadchat/testkit';
import { CliengoWebhookTrigger } from '../nodes/CliengoWebhookTrigger/CliengoWebhookTrigger.node';
import { createCliengoFake, type CliengoFake } from './helpers';

const node = new CliengoWebhookTrigger();
const SECRET = 'cl-3f9a2b7c1d';

interface Listener {
	url: string;
	runs: INodeExecutionData[][];
	close(): Promise<void>;
}

/** An n8n-like webhook endpoint for the node: parses the JSON, runs webhook(), answers like n8n (onReceived). */
async function listen(parameters: IDataObject, staticData: IDataObject = {}): Promise<Listener> {
	const runs: INodeExecutionData[][] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks);
			const ctx = createWebhookContext({
				parameters,
				nodeType: node,
				staticData,
				request: { method: req.method, headers: req.headers as Record<string, string>, rawBody, body: rawBody.length ? JSON.parse(rawBody.toString()) : {} },
			});
			const result = await node.webhook.call(ctx);
			if (result.noWebhookResponse) {
				res.writeHead(ctx.response.status ?? 200, { 'content-type': 'application/json' });
				res.end(JSON.stringify(ctx.response.body ?? {}));
				return;
			}
			if (result.workflowData) runs.push(result.workflowData[0]);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(result.webhookResponse ?? { message: 'Workflow was started' }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	return { url: `http://127.0.0.1:${port}/webhook/cliengo`, runs, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let fake: CliengoFake;
let listener: Listener | undefined;
beforeEach(() => {
	fake = createCliengoFake({ seed: { contacts: 3 } });
});
afterEach(async () => {
	await listener?.close();
	listener = undefined;
});

describe('Cliengo Webhook Trigger', () => {
	it('emits the lead when the key in the body matches, without the key', async () => {
		listener = await listen({ sharedKey: SECRET });
		const lead = fake.insertLead({ name: 'Carla', email: 'carla@example.com', message: 'Mensaje del cliente', geoip: { city: 'Buenos Aires', state: null, country: 'AR' } });
		const res = await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(res.status).toBe(200);
		expect(listener.runs).toHaveLength(1);
		const expected = fake.newLeadWebhookBody(lead, SECRET);
		delete expected.key;
		expect(listener.runs[0].map((i) => i.json)).toEqual([expected]);
		expect(JSON.stringify(listener.runs)).not.toContain(SECRET);
	});

	it('answers 401 and starts nothing when the key is wrong or missing', async () => {
		listener = await listen({ sharedKey: SECRET });
		const lead = fake.insertLead({ name: 'Intruso' });
		const wrong = await fake.sendNewLeadWebhook(listener.url, lead, 'not-the-key');
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ message: 'Invalid or missing webhook key' });
		const body = fake.newLeadWebhookBody(lead, SECRET);
		delete body.key;
		const missing = await fake.sendNewLeadWebhook(listener.url, lead, SECRET, { keyField: 'other' });
		expect(missing.status).toBe(401);
		const prefix = await fake.sendNewLeadWebhook(listener.url, lead, SECRET.slice(0, -1));
		expect(prefix.status).toBe(401);
		expect(listener.runs).toEqual([]);
	});

	it('refuses everything while no Shared Key is set', async () => {
		listener = await listen({ sharedKey: '' });
		const res = await fake.sendNewLeadWebhook(listener.url, fake.insertLead({}), '');
		expect(res.status).toBe(401);
		expect(listener.runs).toEqual([]);
	});

	it('reads the key from another field when configured [I: the field name is not documented]', async () => {
		listener = await listen({ sharedKey: SECRET, options: { keyField: 'webhookKey' } });
		const lead = fake.insertLead({ name: 'Otro campo' });
		expect((await fake.sendNewLeadWebhook(listener.url, lead, SECRET)).status).toBe(401);
		expect((await fake.sendNewLeadWebhook(listener.url, lead, SECRET, { keyField: 'webhookKey' })).status).toBe(200);
		expect(listener.runs).toHaveLength(1);
		expect(listener.runs[0][0].json).not.toHaveProperty('webhookKey');
	});

	it('ignores a repeated delivery of the same lead', async () => {
		const staticData: IDataObject = {};
		listener = await listen({ sharedKey: SECRET }, staticData);
		const lead = fake.insertLead({ name: 'Dos veces' });
		await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		const again = await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(again.status).toBe(200);
		expect(again.body).toEqual({ received: true, duplicate: true });
		expect(listener.runs).toHaveLength(1);
		await fake.sendNewLeadWebhook(listener.url, fake.insertLead({ name: 'Otra' }), SECRET);
		expect(listener.runs).toHaveLength(2);
	});

	it('declares a POST webhook answered on receipt, and a password-typed key', () => {
		expect(node.description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(node.description.properties.find((p) => p.name === 'sharedKey')).toMatchObject({ type: 'string', typeOptions: { password: true }, required: true });
		expect(node.description.polling).toBeUndefined();
	});
});
