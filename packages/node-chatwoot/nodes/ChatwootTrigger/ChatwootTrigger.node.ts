import type {
	IDataObject,
	IHookFunctions,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { apiPath, credentialSecret, guardWebhook, hmacVerification, optionsSubtitle, webhookHeader, webhookLifecycle, webhookSecretTest, type RemoteHook, type StoredHook, type WebhookRejectionCode } from '@leadchat/core';
import { accountIdProperty } from '../Chatwoot/descriptions';
import { CHATWOOT_EVENTS } from '../Chatwoot/descriptions/webhookEvents';
import { searchAccounts, searchInboxes } from '../Chatwoot/methods/listSearch';
import { chatwootRequest, locatorValue } from '../Chatwoot/transport';

type Verification = 'webhookSecret' | 'providedSecret' | 'none';

/** Chatwoot signs `${timestamp}.${raw body}`; older deliveries older than 5 min (or 30 s ahead) are refused. */
const SIGNATURE_TOLERANCE_SEC = 300;
const SIGNATURE_FUTURE_SKEW_SEC = 30;

/**
 * Each accepted delivery is remembered for as long as a copy of it could still pass the signature
 * check, so a replay (or concurrent copies) starts one execution at most. The key is taken from
 * signed content, `timestamp.signature` (the signature covers the timestamp and the body), never
 * from the unsigned X-Chatwoot-Delivery header; in the "Do Not Verify" mode it is a SHA-256 of the
 * raw body. The cache is in this n8n process (core's recordDelivery): with several webhook
 * processes (queue mode) each keeps its own, so a copy that reaches another process runs there
 * (issue 15 will handle queue mode).
 */
const DELIVERY_TTL_MS = (SIGNATURE_TOLERANCE_SEC + SIGNATURE_FUTURE_SKEW_SEC) * 1000;

export const WEBHOOK_SECRET_CREDENTIAL = 'leadchatChatwootWebhookSecretApi';

/** What to do when the "Verify with a Secret I Provide" mode has no secret (also for workflows that still hold the old "Secret" field). */
export const NO_PROVIDED_SECRET =
	'No Chatwoot Webhook Secret credential is selected. Create a "Chatwoot Webhook Secret" credential with the secret from Chatwoot and select it on the Chatwoot Trigger. ' +
	'Workflows made with an earlier version kept this secret in the node\'s "Secret" field: put it into the credential, select the credential, then save the workflow again so the old field (stored in plain text) is dropped.';

/** Why activation fails in the "Verify with the Webhook's Secret" mode when Chatwoot returned no secret. */
export const NO_WEBHOOK_SECRET =
	'Chatwoot returned no secret for this webhook, so no delivery could ever be verified and the workflow would never run. ' +
	'Under Signature Verification choose "Verify with a Secret I Provide" and select a Chatwoot Webhook Secret credential holding the secret Chatwoot shows for this webhook, ' +
	'or choose "Do Not Verify" for older Chatwoot versions that sign nothing.';

interface ChatwootHook extends RemoteHook {
	subscriptions: string[];
}

function toHook(raw: IDataObject): ChatwootHook {
	return {
		id: String(raw.id),
		url: String(raw.url ?? ''),
		secret: typeof raw.secret === 'string' && raw.secret !== '' ? raw.secret : undefined,
		subscriptions: Array.isArray(raw.subscriptions) ? (raw.subscriptions as unknown[]).map(String) : [],
	};
}

/** `{payload:{webhook}}` on create/update; tolerates a bare webhook too. */
function webhookOf(body: unknown): IDataObject {
	const o = (body ?? {}) as IDataObject;
	const payload = (o.payload ?? o) as IDataObject;
	return ((payload.webhook ?? payload) as IDataObject) ?? {};
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

function selectedEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	const value = ctx.getNodeParameter('events', []) as string[] | string;
	return (Array.isArray(value) ? value : String(value).split(',')).map((e) => e.trim()).filter(Boolean);
}

/**
 * The inbox an event belongs to, per payload shape: messages carry `inbox:{id}`, conversations
 * `inbox_id`, typing events `conversation.inbox_id`, the widget event `inbox:{id}`, inbox events are
 * the inbox. Contact events belong to no inbox (undefined).
 */
export function inboxIdOf(payload: IDataObject): string | undefined {
	const event = String(payload.event ?? '');
	const idOf = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
	const nested = (key: string, field: string) => idOf(((payload[key] ?? {}) as IDataObject)[field]);
	if (event.startsWith('message_')) return nested('inbox', 'id') ?? nested('conversation', 'inbox_id');
	if (event.startsWith('conversation_typing_')) return nested('conversation', 'inbox_id');
	if (event.startsWith('conversation_')) return idOf(payload.inbox_id);
	if (event.startsWith('inbox_')) return idOf(payload.id);
	if (event === 'webwidget_triggered') return nested('inbox', 'id');
	return undefined;
}

/** The 401 reasons that name Chatwoot's headers (the others are core's). */
const REASONS: Partial<Record<WebhookRejectionCode, string>> = {
	'missing-signature': 'The X-Chatwoot-Signature header is missing',
	'missing-timestamp': 'The X-Chatwoot-Timestamp header is missing',
	'bad-timestamp': 'The X-Chatwoot-Timestamp header is not a Unix time',
	stale: 'The X-Chatwoot-Timestamp is more than 5 minutes old (or in the future)',
};

/** Why a delivery is refused in the "webhook's secret" mode when none is stored. */
const NO_STORED_SECRET = 'No webhook secret is known: Chatwoot returned none when the webhook was registered (older versions sign nothing)';

function verificationMode(ctx: IHookFunctions | IWebhookFunctions): Verification {
	return ctx.getNodeParameter('signatureVerification', 'webhookSecret') as Verification;
}

/** The secret of the selected Chatwoot Webhook Secret credential; '' when none is selected or it is empty. */
const providedSecret = (ctx: IHookFunctions | IWebhookFunctions) => credentialSecret(ctx, WEBHOOK_SECRET_CREDENTIAL, 'secret');

const lifecycle = webhookLifecycle({
	async list(this: IHookFunctions) {
		const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/webhooks' });
		const o = (body ?? {}) as IDataObject;
		const list = Array.isArray(body) ? body : ((o.payload as IDataObject | undefined)?.webhooks ?? []);
		return (list as IDataObject[]).map(toHook);
	},
	async create(this: IHookFunctions, url: string) {
		const workflow = this.getWorkflow();
		const name = `n8n: ${workflow.name ?? workflow.id ?? 'workflow'}`.slice(0, 255);
		const { body } = await chatwootRequest.call(this, {
			method: 'POST',
			path: '/webhooks',
			body: { webhook: { url, subscriptions: selectedEvents(this), name } },
		});
		return toHook(webhookOf(body));
	},
	async update(this: IHookFunctions, hook: RemoteHook) {
		const current = hook as ChatwootHook;
		const wanted = selectedEvents(this);
		if (sameSet(current.subscriptions, wanted)) return current;
		const { body } = await chatwootRequest.call(this, {
			method: 'PATCH',
			path: apiPath`/webhooks/${current.id}`,
			body: { webhook: { url: current.url, subscriptions: wanted } },
		});
		const updated = toHook(webhookOf(body));
		return { ...updated, secret: updated.secret ?? current.secret };
	},
	async remove(this: IHookFunctions, id: string) {
		try {
			await chatwootRequest.call(this, { method: 'DELETE', path: apiPath`/webhooks/${id}` });
		} catch (error) {
			if (error instanceof NodeApiError && String(error.httpCode) === '404') return;
			// The transport's errors are n8n's already (Chatwoot's own message); both constructors hand
			// such an error back unchanged and wrap anything else.
			if (error instanceof NodeOperationError) throw new NodeOperationError(this.getNode(), error);
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	},
});

/** Before registering: the "provided secret" mode needs its credential, or nothing could ever be verified. */
async function assertProvidedSecret(ctx: IHookFunctions): Promise<void> {
	if (verificationMode(ctx) === 'providedSecret' && (await providedSecret(ctx)) === '') {
		throw new NodeOperationError(ctx.getNode(), NO_PROVIDED_SECRET);
	}
}

/**
 * After registering or adopting the hook: in the "webhook's secret" mode a hook without a secret
 * would answer every delivery with 401, so activation fails instead, and the hook is removed again
 * (n8n's own cleanup after a failed activation reads the static data saved before, which may not
 * know this hook yet).
 */
async function assertWebhookSecret(ctx: IHookFunctions): Promise<void> {
	if (verificationMode(ctx) !== 'webhookSecret') return;
	if ((ctx.getWorkflowStaticData('node') as StoredHook).webhookSecret) return;
	await lifecycle.delete.call(ctx);
	throw new NodeOperationError(ctx.getNode(), NO_WEBHOOK_SECRET);
}

/** The action node's account chooser; the trigger has no resource to hide it for. */
const accountProperty: INodeProperties = { ...accountIdProperty };
delete accountProperty.displayOptions;

export class ChatwootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Trigger',
		name: 'chatwootTrigger',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionsSubtitle('events', CHATWOOT_EVENTS),
		description: 'Starts the workflow when Chatwoot sends an event: new message, conversation, contact or inbox changes',
		defaults: { name: 'Chatwoot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'leadchatChatwootApi', required: true },
			// The display name is also what n8n names when it refuses to publish without the credential.
			{
				// the credential type name as a literal: n8n's scanner reads it here to find its test
				name: 'leadchatChatwootWebhookSecretApi',
				displayName: 'Chatwoot Webhook Secret',
				required: true,
				testedBy: 'webhookSecretTest',
				displayOptions: { show: { signatureVerification: ['providedSecret'] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			accountProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: CHATWOOT_EVENTS,
				description: 'The events Chatwoot sends to this workflow; the webhook is registered with exactly these',
			},
			// A locator, not a dropdown: its list loads only when opened, so a fresh trigger (no
			// credential yet) shows no "Error fetching options". Earlier workflows hold a plain id.
			{
				displayName: 'Inbox',
				name: 'inboxId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description: 'Only emit events of this inbox (empty: all inboxes). Contact events belong to no inbox and always pass.',
				// Another account empties it (the editor resets a locator whose dependencies change).
				typeOptions: { loadOptionsDependsOn: ['accountId.value'] },
				modes: [
					{ displayName: 'From List', name: 'list', type: 'list', placeholder: 'All inboxes', typeOptions: { searchListMethod: 'searchInboxes', searchable: true } },
					{
						displayName: 'By ID',
						name: 'id',
						type: 'string',
						placeholder: 'e.g. 2 (empty: all inboxes)',
						validation: [{ type: 'regex', properties: { regex: '^\\d*$', errorMessage: 'Use a numeric inbox ID' } }],
					},
				],
			},
			{
				displayName: 'Signature Verification',
				name: 'signatureVerification',
				type: 'options',
				default: 'webhookSecret',
				options: [
					{
						name: "Verify with the Webhook's Secret (Recommended)",
						value: 'webhookSecret',
						description: 'Use the secret Chatwoot returns when this node registers the webhook',
					},
					{
						name: 'Verify with a Secret I Provide',
						value: 'providedSecret',
						description: "For a webhook registered elsewhere (e.g. an API inbox's or an agent bot's secret), kept in a Chatwoot Webhook Secret credential",
					},
					{
						name: 'Do Not Verify (Older Chatwoot Versions That Sign Nothing)',
						value: 'none',
						description: 'Accept unsigned deliveries; anyone who knows the URL can start the workflow',
					},
				],
				description: 'Chatwoot signs each delivery with HMAC-SHA256 (X-Chatwoot-Signature); deliveries that fail the check get 401 and start nothing',
			},
			{
				displayName:
					'Select a Chatwoot Webhook Secret credential above holding the secret that signs the deliveries: the webhook\'s "secret" (Chatwoot answers it when the webhook is created, e.g. by the Chatwoot node\'s Webhook → Create), the API inbox\'s channel secret, or the agent bot\'s secret. Earlier versions of this node kept it in a "Secret" field, stored in plain text: put it into the credential, select the credential, then save the workflow again so the old field is dropped.',
				name: 'providedSecretNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { signatureVerification: ['providedSecret'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Include Delivery Info',
						name: 'includeDeliveryInfo',
						type: 'boolean',
						default: false,
						description:
							'Whether to add a "webhook" key with the delivery ID, its timestamp and whether the signature was verified; off keeps the item exactly as Chatwoot sent it',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: { webhookSecretTest: webhookSecretTest([{ name: 'secret', label: 'Secret' }]) },
		listSearch: { searchAccounts, searchInboxes },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				await assertProvidedSecret(this);
				const exists = await lifecycle.checkExists.call(this);
				if (exists) await assertWebhookSecret(this);
				return exists;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await assertProvidedSecret(this);
				const created = await lifecycle.create.call(this);
				await assertWebhookSecret(this);
				return created;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return lifecycle.delete.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const mode = verificationMode(this);
		const signature = webhookHeader(this, 'x-chatwoot-signature');
		const timestamp = webhookHeader(this, 'x-chatwoot-timestamp');
		const secret = mode === 'providedSecret' ? await providedSecret(this) : String(this.getWorkflowStaticData('node').webhookSecret ?? '');
		const inboxFilter = String(locatorValue(this.getNodeParameter('inboxId', '')) ?? '').trim();
		const options = this.getNodeParameter('options', {}) as { includeDeliveryInfo?: boolean };
		return guardWebhook.call(this, {
			verification:
				mode === 'none'
					? { kind: 'none' }
					: hmacVerification({
							secret,
							signature,
							timestamp,
							signedPayload: (ts, body) => `${ts}.${body}`,
							prefix: 'sha256=',
							toleranceSec: SIGNATURE_TOLERANCE_SEC,
							futureSkewSec: SIGNATURE_FUTURE_SKEW_SEC,
						}),
			reasons: { ...REASONS, 'no-secret': mode === 'providedSecret' ? NO_PROVIDED_SECRET : NO_STORED_SECRET },
			ttlMs: DELIVERY_TTL_MS,
			// Once verified, both headers are present and the signature covers the timestamp and the body.
			deliveryKey: mode === 'none' ? undefined : () => `signed:${timestamp}.${String(signature).trim()}`,
			events: { selected: selectedEvents(this) },
			filter:
				inboxFilter === ''
					? undefined
					: (payload) => {
							const inbox = inboxIdOf(payload);
							return inbox === undefined || inbox === inboxFilter;
						},
			output: options.includeDeliveryInfo
				? ({ body, verified }) => ({
						...body,
						webhook: { delivery_id: webhookHeader(this, 'x-chatwoot-delivery') ?? null, timestamp: timestamp ?? null, signature_verified: verified },
					})
				: undefined,
		});
	}
}
