import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { credentialSecret, guardWebhook, hmacVerification, optionsSubtitle, webhookHeader, webhookSecretTest, type WebhookRejectionCode } from '@leadchat/core';
import { CRISP_EVENTS, senderOf, type Sender } from './events';

const EVENT_OPTIONS = [{ name: 'Any Event', value: '*', description: 'Every event the hook delivers' }, ...CRISP_EVENTS];

export const WEBHOOK_CREDENTIAL = 'leadchatCrispWebhookApi';

type HookType = 'plugin' | 'website';

/**
 * Plugin hooks: the X-Crisp-Request-Timestamp may be at most an hour old (or 5 minutes ahead).
 * Crisp documents neither its unit (the body's `timestamp` is in milliseconds; both units are
 * accepted, 13 digits being milliseconds) nor whether a retry gets a new one, and it retries
 * deliveries that failed (e.g. while n8n was down), so the window is wider than the usual 5 minutes.
 */
export const REPLAY_WINDOW_SEC = 3600;
export const FUTURE_SKEW_SEC = 300;

/**
 * Each accepted delivery is remembered for as long as a copy of it could still pass the checks, so
 * a retry or replay starts one execution at most. The key is a SHA-256 of the body as received (for
 * plugin hooks the signature covers it): the body names the website, the event and its data and the
 * event's own millisecond `timestamp`, so a retry is recognised whether or not Crisp re-stamps its
 * header. The memory is in this n8n process (core's recordDelivery): with several webhook processes
 * (queue mode) each keeps its own, and a restart forgets it.
 */
export const DELIVERY_TTL_MS = (REPLAY_WINDOW_SEC + FUTURE_SKEW_SEC) * 1000;

export const NO_SIGNATURE_SECRET =
	'The selected Crisp Webhook credential has no Plugin Signature Secret. Copy it from Crisp Marketplace → your plugin → Settings → Events into the credential, or choose Hook Type "Website".';
export const NO_WEBSITE_KEY =
	'The selected Crisp Webhook credential has no Website Hook Key. Put a long random key into the credential and add it to the URL in Crisp as ?key=<your key>, or choose Hook Type "Plugin".';

const REASONS: Partial<Record<WebhookRejectionCode, string>> = {
	'missing-signature': 'The X-Crisp-Signature header is missing',
	'missing-timestamp': 'The X-Crisp-Request-Timestamp header is missing',
	'bad-timestamp': 'The X-Crisp-Request-Timestamp header is not a Unix time',
	stale: 'The X-Crisp-Request-Timestamp is more than an hour old (or more than 5 minutes ahead)',
	mismatch: 'The signature does not match the body',
	'bad-key': 'The key in the URL is missing or wrong',
};

const hookTypeOf = (ctx: IHookFunctions | IWebhookFunctions) => (ctx.getNodeParameter('hookType', 'plugin') === 'website' ? 'website' : 'plugin') as HookType;

/** The secret the chosen hook type is checked with ('' when the credential lacks it). */
const secretFor = (ctx: IHookFunctions | IWebhookFunctions, type: HookType) => credentialSecret(ctx, WEBHOOK_CREDENTIAL, type === 'plugin' ? 'signatureSecret' : 'websiteHookKey');

/** Activation fails while the chosen hook type has no secret: every delivery would be refused. */
async function assertSecret(ctx: IHookFunctions): Promise<void> {
	const type = hookTypeOf(ctx);
	if ((await secretFor(ctx, type)) === '') throw new NodeOperationError(ctx.getNode(), type === 'plugin' ? NO_SIGNATURE_SECRET : NO_WEBSITE_KEY);
}

/** Comma- or line-separated values of a text field, trimmed, without empties. */
function listOf(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[,\n]/);
	return parts.map((v) => v.trim()).filter(Boolean);
}

/** The body as the official Node client signs it: parsed and serialised again (undefined if it is not JSON). */
function reserialised(raw: string): string | undefined {
	try {
		return JSON.stringify(JSON.parse(raw));
	} catch {
		return undefined;
	}
}

/**
 * Crisp's hooks are set up in Crisp, not over its API (neither official client has a route for
 * them): Website Hooks in the website's settings, Plugin Hooks in the Marketplace. This node shows
 * where to paste its URL, checks every delivery (the plugin's HMAC signature, or the `?key=` of a
 * website hook, both kept in a credential) and answers 401 without starting the workflow when the
 * check fails. It emits each delivery once, for the events, websites and message senders chosen.
 */
export class CrispTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crisp Trigger',
		name: 'crispTrigger',
		icon: { light: 'file:../../icons/crisp.svg', dark: 'file:../../icons/crisp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionsSubtitle('events', EVENT_OPTIONS),
		description: 'Starts the workflow when Crisp sends an event to a Website Hook or Plugin Hook: new messages, conversations, people and more',
		defaults: { name: 'Crisp Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// The display name is also what n8n names when it refuses to publish without the credential.
		// the credential type name as a literal: n8n's scanner reads it here to find its test
		credentials: [{ name: 'leadchatCrispWebhookApi', displayName: 'Crisp Webhook', required: true, testedBy: 'webhookSecretsTest' }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Hook Type',
				name: 'hookType',
				type: 'options',
				noDataExpression: true,
				default: 'plugin',
				options: [
					{ name: 'Plugin Hook (Signed)', value: 'plugin', description: 'Set in the Crisp Marketplace for your plugin; every delivery is signed with the plugin\'s signature secret' },
					{ name: 'Website Hook (URL Key)', value: 'website', description: 'Set in one website\'s settings; unsigned, so the URL carries a key of your own' },
				],
			},
			{
				displayName:
					'First select a Crisp Webhook credential above ("Execute step" stays greyed out until one is selected) and put the plugin\'s signature secret in it: Crisp Marketplace → your plugin → Settings → Events shows it. Crisp cannot register this URL for you: copy the Production URL above and paste it on that same page (HTTPS only), then pick the same events there.',
				name: 'pluginNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { hookType: ['plugin'] } },
			},
			{
				displayName:
					'First select a Crisp Webhook credential above ("Execute step" stays greyed out until one is selected) and put a long random key of your own in its Website Hook Key. Crisp cannot register this URL for you: in Crisp open Settings → Website Settings → Advanced configuration → Web Hooks → Add a Web Hook, paste the Production URL above with ?key=<that key> added at its end, and pick the same events there.',
				name: 'websiteNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { hookType: ['website'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: EVENT_OPTIONS,
				description: 'The events that start the workflow; choose them in Crisp too (other events are answered and ignored)',
			},
			{
				displayName: 'Website IDs',
				name: 'websiteIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 8c842203-7ed8-4e29-a608-7cf78a7d2fcc',
				description: 'Only events of these websites (comma-separated); empty for all. A plugin hook receives the events of every website that installed the plugin.',
			},
			{
				displayName: 'Message Sender',
				name: 'sender',
				type: 'options',
				default: 'any',
				options: [
					{ name: 'Anyone', value: 'any' },
					{ name: 'Operator', value: 'operator', description: 'Operators\' messages and private notes' },
					{ name: 'Visitor', value: 'visitor' },
				],
				description: 'For message events: only those from this side. Message events without a side (updated, removed, read…) and other events always pass.',
			},
		],
	};

	// Crisp offers no API to register hooks (they live in Crisp's settings and Marketplace), so the
	// lifecycle has nothing to create or delete remotely; at activation it only checks that the
	// chosen hook type's secret is known, so that a workflow that would refuse every delivery does
	// not look active.
	methods = {
		credentialTest: {
			webhookSecretsTest: webhookSecretTest([
				{ name: 'signatureSecret', label: 'Plugin Signature Secret' },
				{ name: 'websiteHookKey', label: 'Website Hook Key' },
			]),
		},
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				await assertSecret(this);
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				await assertSecret(this);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const type = hookTypeOf(this);
		const secret = await secretFor(this, type);
		const events = listOf(this.getNodeParameter('events', []));
		const websites = listOf(this.getNodeParameter('websiteIds', ''));
		const wanted = this.getNodeParameter('sender', 'any') as Sender | 'any';
		return guardWebhook.call(this, {
			verification:
				type === 'plugin'
					? hmacVerification({
							secret,
							signature: webhookHeader(this, 'x-crisp-signature')?.toLowerCase(),
							timestamp: webhookHeader(this, 'x-crisp-request-timestamp'),
							timestampUnit: 'auto',
							// Signed as received: "[" + timestamp + ";" + body + "]".
							signedPayload: (ts, body) => `[${ts};${body}]`,
							toleranceSec: REPLAY_WINDOW_SEC,
							futureSkewSec: FUTURE_SKEW_SEC,
							// The raw bytes first (the Go client), then the re-serialised JSON (the Node client),
							// which is also what is checked if n8n kept no raw bytes.
							alternateBodies: (raw) => [reserialised(raw)],
							withoutRawBody: 'json',
						})
					: { kind: 'key', secret, in: 'query', name: 'key' },
			reasons: { ...REASONS, 'no-secret': type === 'plugin' ? NO_SIGNATURE_SECRET : NO_WEBSITE_KEY },
			ttlMs: DELIVERY_TTL_MS,
			// The default key: a SHA-256 of the body as received (signed for plugin hooks).
			duplicateResponse: { received: true, duplicate: true },
			events: { selected: events.includes('*') ? 'all' : events },
			filter: (payload) => {
				if (websites.length && !websites.includes(String(payload.website_id ?? ''))) return false;
				if (wanted === 'any') return true;
				const sender = senderOf(String(payload.event ?? ''), payload.data);
				return sender === undefined || sender === wanted;
			},
		});
	}
}
