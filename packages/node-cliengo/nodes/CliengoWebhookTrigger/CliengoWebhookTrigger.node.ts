import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { bodyHashKey, credentialSecret, guardWebhook, manualWebhookLifecycle, webhookSecretTest } from '@leadchat/core';

export const WEBHOOK_KEY_CREDENTIAL = 'leadchatCliengoWebhookApi';

/** What to do when no key is known (also for workflows that still hold the old "Shared Key" field). */
export const NO_WEBHOOK_KEY =
	'No Cliengo Webhook Key credential is selected. Create a "Cliengo Webhook Key" credential with the key Cliengo generated for this webhook and select it on the Cliengo Webhook Trigger. ' +
	'Workflows made with an earlier version kept this key in the node\'s "Shared Key" field: put it into the credential, select the credential, then save the workflow again so the old field (stored in plain text) is dropped.';

/**
 * A lead is emitted once: its id (with its website id, when given) is remembered for a day, so a
 * repeated post of the same lead, or several copies at once, start one execution. The memory is in
 * this n8n process (core's recordDelivery): with several webhook processes (queue mode) each keeps
 * its own (issue 15 will handle queue mode), and a restart forgets it.
 */
const LEAD_TTL_MS = 24 * 60 * 60 * 1000;

/** The key of the selected Cliengo Webhook Key credential; '' when none is selected or it is empty. */
const webhookKey = (ctx: IHookFunctions | IWebhookFunctions) => credentialSecret(ctx, WEBHOOK_KEY_CREDENTIAL, 'key');

/** Activation fails while no key is known: every delivery would be refused. */
async function assertWebhookKey(this: IHookFunctions): Promise<void> {
	if ((await webhookKey(this)) === '') throw new NodeOperationError(this.getNode(), NO_WEBHOOK_KEY);
}

const INVALID_KEY = 'Invalid or missing webhook key';

const idOf = (value: unknown) => (typeof value === 'string' && value !== '') || typeof value === 'number' ? String(value) : undefined;

/**
 * Cliengo's new-lead webhook is configured in its dashboard, not over the API (Company → Account
 * Info → Advanced Info → Configure WebHook), and it proves itself with a shared key placed inside the
 * JSON body (not an HMAC header). This node checks that key (kept in a credential, which n8n
 * encrypts) in constant time, answers 401 and starts nothing when it is missing or wrong, strips it
 * from the emitted lead, and emits each lead once. n8n lets one node be either polling or
 * webhook-based, so this is a separate node from the polling "Cliengo Trigger".
 */
export class CliengoWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cliengo Webhook Trigger',
		name: 'cliengoWebhookTrigger',
		icon: { light: 'file:../../icons/cliengo.svg', dark: 'file:../../icons/cliengo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'New Lead (webhook)',
		description: 'Starts the workflow when Cliengo posts a new lead to the webhook configured in its dashboard',
		defaults: { name: 'Cliengo Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// The display name is also what n8n names when it refuses to publish without the credential.
		// the credential type name as a literal: n8n's scanner reads it here to find its test
		credentials: [{ name: 'leadchatCliengoWebhookApi', displayName: 'Cliengo Webhook Key', required: true, testedBy: 'webhookKeyTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'First fill in the key: "Execute step" stays greyed out until a Cliengo Webhook Key credential is selected above (Create new credential, then paste the key). Where to find the key: in Cliengo’s dashboard open Company → Account Info → Advanced Info → Configure WebHook, paste this node’s Test URL (its Production URL once the workflow is active), click "Generate Webhook" and copy the key Cliengo shows. Earlier versions of this node kept the key in a "Shared Key" field, stored in plain text: put it into the credential, select the credential, then save the workflow again so the old field is dropped.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
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

	// Cliengo offers no API to register this webhook: it lives in Cliengo's dashboard. At activation
	// the lifecycle only checks that a key is known, so that a workflow that would refuse every
	// delivery does not look active.
	webhookMethods = { default: manualWebhookLifecycle(assertWebhookKey) };

	methods = { credentialTest: { webhookKeyTest: webhookSecretTest([{ name: 'key', label: 'Webhook Key' }]) } };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const options = (this.getNodeParameter('options', {}) ?? {}) as IDataObject;
		return guardWebhook.call(this, {
			// The key is removed from the lead emitted.
			verification: { kind: 'key', secret: await webhookKey(this), in: 'body', name: String(options.keyField || 'key') },
			rejectBody: ({ code }) => (code === 'no-secret' ? { message: INVALID_KEY, reason: NO_WEBHOOK_KEY } : { message: INVALID_KEY }),
			ttlMs: LEAD_TTL_MS,
			deliveryKey: (delivery) => {
				const lead = delivery.body;
				const id = idOf(lead.id);
				return id !== undefined ? `lead:${idOf(lead.websiteId) ?? idOf(lead.siteId) ?? ''}:${id}` : bodyHashKey(delivery);
			},
			duplicateResponse: { received: true, duplicate: true },
		});
	}
}
