/**
 * Cliengo Webhook Trigger: the new-lead webhook configured in Cliengo's dashboard, delivered by the
 * fake (`sendNewLeadWebhook`) over real HTTP to the test kit's n8n-like webhook endpoint
 * (`serveWebhook`), which hands each request to the node the way n8n's webhook server does. The shared key sits inside the JSON body [C-doc]; its field
 * name is inferred ("key" by default, configurable) [I]. The key is kept in a "Cliengo Webhook Key"
 * credential; each lead starts one run at most.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { clearDeliveries, setDeliveryClock } from '@leadchat/core';
import { createCliengoFake, createHookContext, httpSend, useWebhookEndpoints, type CliengoFake, type ServedWebhook } from '@leadchat/testkit';
import { CliengoWebhookApi } from '../credentials/CliengoWebhookApi.credentials';
import { CliengoWebhookTrigger, NO_WEBHOOK_KEY } from '../nodes/CliengoWebhookTrigger/CliengoWebhookTrigger.node';

const node = new CliengoWebhookTrigger();
const SECRET = 'cl-3f9a2b7c1d';

/** The credentials of a node: a Cliengo Webhook Key credential holding `key`, or none selected when undefined. */
const keyCredential = (key: string | undefined): Record<string, ICredentialDataDecryptedObject> => (key === undefined ? {} : { leadchatCliengoWebhookApi: { key } });

const serve = useWebhookEndpoints(node);

/** The node behind the test kit's n8n-like webhook endpoint (responseMode "onReceived"). */
const listen = (parameters: IDataObject, key: string | undefined, staticData: IDataObject = {}) =>
	serve({ parameters, credentials: keyCredential(key), credentialTypes: [new CliengoWebhookApi()], staticData });

let fake: CliengoFake;
let listener: ServedWebhook;
beforeEach(() => {
	fake = createCliengoFake({ seed: { contacts: 3 } });
	clearDeliveries();
});
afterEach(() => setDeliveryClock());

describe('Cliengo Webhook Trigger', () => {
	it('emits the lead when the key in the body matches, without the key', async () => {
		listener = await listen({}, SECRET);
		const lead = fake.insertLead({ name: 'Carla', email: 'carla@example.com', message: 'Mensaje del cliente', geoip: { city: 'Buenos Aires', state: null, country: 'AR' } });
		const res = await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(res.status).toBe(200);
		expect(listener.runs).toHaveLength(1);
		const expected = fake.newLeadWebhookBody(lead, SECRET);
		delete expected.key;
		expect(listener.runs).toEqual([[expected]]);
		expect(JSON.stringify(listener.runs)).not.toContain(SECRET);
	});

	it('answers 401 and starts nothing when the key is wrong or missing', async () => {
		listener = await listen({}, SECRET);
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

	it('refuses everything while no Cliengo Webhook Key credential is selected, saying how to set it up', async () => {
		listener = await listen({}, undefined);
		const res = await fake.sendNewLeadWebhook(listener.url, fake.insertLead({}), '');
		expect(res.status).toBe(401);
		expect(res.body).toEqual({ message: 'Invalid or missing webhook key', reason: NO_WEBHOOK_KEY });
		const anyKey = await fake.sendNewLeadWebhook(listener.url, fake.insertLead({}), 'guess');
		expect(anyKey.status).toBe(401);
		expect(listener.runs).toEqual([]);
	});

	it('refuses everything when the credential holds an empty key', async () => {
		listener = await listen({}, '');
		expect((await fake.sendNewLeadWebhook(listener.url, fake.insertLead({}), '')).status).toBe(401);
		expect(listener.runs).toEqual([]);
	});

	it('a workflow that still holds the old "Shared Key" field: the field is not used; 401 says how to move it into a credential', async () => {
		// n8n drops parameters a node no longer declares when it loads the workflow (so does the test kit).
		listener = await listen({ sharedKey: SECRET }, undefined);
		const res = await fake.sendNewLeadWebhook(listener.url, fake.insertLead({ name: 'Antes' }), SECRET);
		expect(res.status).toBe(401);
		expect(String((res.body as IDataObject).reason)).toContain('put it into the credential, select the credential, then save the workflow again');
		expect(listener.runs).toEqual([]);
	});

	it('reads the key from another field when configured [I: the field name is not documented]', async () => {
		listener = await listen({ options: { keyField: 'webhookKey' } }, SECRET);
		const lead = fake.insertLead({ name: 'Otro campo' });
		expect((await fake.sendNewLeadWebhook(listener.url, lead, SECRET)).status).toBe(401);
		expect((await fake.sendNewLeadWebhook(listener.url, lead, SECRET, { keyField: 'webhookKey' })).status).toBe(200);
		expect(listener.runs).toHaveLength(1);
		expect(listener.runs[0][0]).not.toHaveProperty('webhookKey');
	});

	it('declares a POST webhook answered on receipt, and the key as a required credential (a password field), not a node field', () => {
		expect(node.description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(node.description.credentials).toEqual([{ name: 'leadchatCliengoWebhookApi', displayName: 'Cliengo Webhook Key', required: true, testedBy: 'webhookKeyTest' }]);
		expect(node.description.properties.map((p) => p.name)).toEqual(['setupNotice', 'options']);
		// The notice says what to fill (the button stays greyed out without it) and where to find it.
		expect(node.description.properties[0]).toMatchObject({ name: 'setupNotice', type: 'notice', default: '' });
		expect(node.description.properties[0].displayOptions).toBeUndefined();
		expect(String(node.description.properties[0].displayName)).toMatch(/^First fill in the key: "Execute step" stays greyed out until a Cliengo Webhook Key credential is selected above \(Create new credential, then paste the key\)\. Where to find the key: in Cliengo’s dashboard open Company → Account Info → Advanced Info → Configure WebHook, /);
		expect(String(node.description.properties[0].displayName)).toContain('"Shared Key" field, stored in plain text: put it into the credential');
		const credential = new CliengoWebhookApi();
		expect(credential.name).toBe('leadchatCliengoWebhookApi');
		expect(credential.displayName).toBe('Cliengo Webhook Key API');
		expect(credential.properties).toEqual([expect.objectContaining({ name: 'key', type: 'string', typeOptions: { password: true }, required: true })]);
		expect(credential.properties[0].description).toBe('The key Cliengo generates for the webhook. Find it in Cliengo’s dashboard: Company → Account Info → Advanced Info → Configure WebHook. Paste the Cliengo Webhook Trigger’s URL there, click "Generate Webhook" and copy the key Cliengo shows into this field');
		expect(node.description.polling).toBeUndefined();
	});
});

describe('Cliengo Webhook Trigger: the Cliengo Webhook Key credential\'s test (testedBy)', () => {
	const credentialTest = (key: unknown) =>
		node.methods.credentialTest.webhookKeyTest.call({} as never, { id: '1', name: 'Key', type: 'leadchatCliengoWebhookApi', data: { key } as never });

	it('passes a key, fails an empty one or one pasted with a space, never naming the value', async () => {
		await expect(credentialTest('k3y-value')).resolves.toEqual({ status: 'OK', message: 'Webhook Key set; each delivery is checked against it' });
		await expect(credentialTest('')).resolves.toEqual({ status: 'Error', message: 'Webhook Key is empty: no delivery could be verified' });
		await expect(credentialTest(' k3y-value')).resolves.toEqual({ status: 'Error', message: 'Webhook Key begins or ends with a space or line break: remove it, or no delivery will match' });
	});
});

describe('Cliengo Webhook Trigger: each lead starts one run', () => {
	it('the same lead posted again is answered 200 and starts nothing', async () => {
		const staticData: IDataObject = {};
		listener = await listen({}, SECRET, staticData);
		const lead = fake.insertLead({ name: 'Dos veces' });
		await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		const again = await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(again.status).toBe(200);
		expect(again.body).toEqual({ received: true, duplicate: true });
		expect(listener.runs).toHaveLength(1);
		await fake.sendNewLeadWebhook(listener.url, fake.insertLead({ name: 'Otra' }), SECRET);
		expect(listener.runs).toHaveLength(2);
		// Nothing is kept in static data (real n8n does not save it from webhook()).
		expect(staticData).toEqual({});
	});

	it('5 copies of a new lead at once start one run', async () => {
		listener = await listen({}, SECRET);
		const lead = fake.insertLead({ name: 'Cinco' });
		const results = await Promise.all(Array.from({ length: 5 }, () => fake.sendNewLeadWebhook(listener.url, lead, SECRET)));
		expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
		expect(results.filter((r) => (r.body as IDataObject).duplicate === true)).toHaveLength(4);
		expect(listener.runs).toHaveLength(1);
		expect(listener.runs[0][0].id).toBe(lead.id);
	});

	it('the same lead id on another website is another lead', async () => {
		listener = await listen({}, SECRET);
		const lead = fake.insertLead({ name: 'Sitio' });
		const body = fake.newLeadWebhookBody(lead, SECRET) as IDataObject;
		const post = (b: IDataObject) => httpSend(listener.url, { method: 'POST', body: JSON.stringify(b), headers: { 'Content-Type': 'application/json' } });
		expect((await post(body)).status).toBe(200);
		expect((await post({ ...body, websiteId: `${String(body.websiteId)}-other` })).status).toBe(200);
		expect((await post({ ...body, websiteId: `${String(body.websiteId)}-other` })).body).toEqual({ received: true, duplicate: true });
		expect(listener.runs.map((r) => r[0].websiteId)).toEqual([body.websiteId, `${String(body.websiteId)}-other`]);
	});

	it('a post without a lead id is remembered by its body', async () => {
		listener = await listen({}, SECRET);
		const { id: _id, ...body } = fake.newLeadWebhookBody(fake.insertLead({ name: 'Sin id' }), SECRET) as IDataObject;
		const post = (b: IDataObject) => httpSend(listener.url, { method: 'POST', body: JSON.stringify(b), headers: { 'Content-Type': 'application/json' } });
		await post(body);
		await post(body);
		await post({ ...body, name: 'Otro' });
		expect(listener.runs.map((r) => r[0].name)).toEqual(['Sin id', 'Otro']);
	});

	it('a wrong key does not use up the lead: the genuine post after it runs', async () => {
		listener = await listen({}, SECRET);
		const lead = fake.insertLead({ name: 'Primero falso' });
		expect((await fake.sendNewLeadWebhook(listener.url, lead, 'forged')).status).toBe(401);
		expect((await fake.sendNewLeadWebhook(listener.url, lead, SECRET)).status).toBe(200);
		expect(listener.runs).toHaveLength(1);
	});

	it('a lead is remembered for 24 hours, then runs again', async () => {
		let clock = Date.now();
		setDeliveryClock(() => clock);
		listener = await listen({}, SECRET);
		const lead = fake.insertLead({ name: 'Un día' });
		await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		clock += 24 * 3600_000 - 1;
		await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(listener.runs).toHaveLength(1);
		clock += 1;
		await fake.sendNewLeadWebhook(listener.url, lead, SECRET);
		expect(listener.runs).toHaveLength(2);
	});
});

describe('Cliengo Webhook Trigger: activation', () => {
	const hookContext = (key: string | undefined, parameters: IDataObject = {}) =>
		createHookContext({ parameters, nodeType: node, credentials: keyCredential(key), credentialTypes: [new CliengoWebhookApi()] });

	it('fails without a Cliengo Webhook Key credential (or with an empty key), saying what to do', async () => {
		for (const ctx of [hookContext(undefined), hookContext(''), hookContext(undefined, { sharedKey: SECRET })]) {
			for (const method of [node.webhookMethods.default.checkExists, node.webhookMethods.default.create]) {
				const error = await method.call(ctx).catch((e: unknown) => e);
				expect(error).toBeInstanceOf(NodeOperationError);
				expect((error as Error).message).toBe(NO_WEBHOOK_KEY);
			}
		}
		expect(NO_WEBHOOK_KEY).toContain('Create a "Cliengo Webhook Key" credential');
	});

	it('succeeds with the credential; there is nothing to register or remove at Cliengo', async () => {
		const ctx = hookContext(SECRET);
		await expect(node.webhookMethods.default.checkExists.call(ctx)).resolves.toBe(true);
		await expect(node.webhookMethods.default.create.call(ctx)).resolves.toBe(true);
		await expect(node.webhookMethods.default.delete.call(ctx)).resolves.toBe(true);
		expect(ctx.log).toEqual([]);
	});
});
