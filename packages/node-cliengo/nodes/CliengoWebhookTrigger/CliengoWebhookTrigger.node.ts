import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { isRepeatDelivery, safeEqual } from '@leadchat/core';

/**
 * Cliengo's new-lead webhook is configured in its dashboard, not over the API (Company → Account
 * Info → Advanced Info → Configure WebHook), and it proves itself with a shared key placed inside the
 * JSON body (not an HMAC header). This node checks that key in constant time, answers 401 and
 * starts nothing when it is missing or wrong, strips it from the emitted lead, and ignores a repeated
 * delivery of the same lead id. n8n lets one node be either polling or webhook-based, so this is a
 * separate node from the polling "Cliengo Trigger".
 */
export class CliengoWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cliengo Webhook Trigger',
		name: 'cliengoWebhookTrigger',
		icon: { light: 'file:cliengo.svg', dark: 'file:cliengo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'New Lead (webhook)',
		description: 'Starts the workflow when Cliengo posts a new lead to the webhook configured in its dashboard',
		defaults: { name: 'Cliengo Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'In Cliengo open Company → Account Info → Advanced Info → Configure WebHook, paste this node’s Production URL, click "Generate Webhook" and copy the key it shows into Shared Key below.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Shared Key',
				name: 'sharedKey',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				description: 'The key Cliengo generated for the webhook; it arrives inside each JSON body',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Key Field',
						name: 'keyField',
						type: 'string',
						default: 'key',
						description: 'Name of the body field that carries the shared key',
					},
				],
			},
		],
	};

	// Cliengo offers no API to register this webhook: it lives in Cliengo's dashboard. The lifecycle
	// therefore has nothing to create or delete remotely, and says so instead of pretending.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const expected = String(this.getNodeParameter('sharedKey', '') ?? '');
		const options = (this.getNodeParameter('options', {}) ?? {}) as IDataObject;
		const keyField = String(options.keyField || 'key');
		const body = this.getBodyData() as IDataObject;
		const received = body && typeof body === 'object' && !Array.isArray(body) ? body[keyField] : undefined;

		if (expected === '' || typeof received !== 'string' || !safeEqual(received, expected)) {
			const res = this.getResponseObject();
			res.status(401).json({ message: 'Invalid or missing webhook key' });
			return { noWebhookResponse: true };
		}

		const lead: IDataObject = { ...body };
		delete lead[keyField];
		const id = typeof lead.id === 'string' || typeof lead.id === 'number' ? String(lead.id) : undefined;
		if (id !== undefined && isRepeatDelivery(this.getWorkflowStaticData('node'), id, 500, 'cliengoLeadIds')) {
			return { webhookResponse: { received: true, duplicate: true } };
		}
		return { workflowData: [this.helpers.returnJsonArray(lead)] };
	}
}
