import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { bodyHashKey, guardWebhook, isDataObject, optionsSubtitle } from '@leadchat/core';
import { CHAPORT_CREDENTIAL } from '../Chaport/transport';
import { asReceived, idsOf, withDetails } from './delivery';
import { TOKEN_PARAM, chosenEvents, lifecycle, tokenHashForDelivery } from './subscriptions';

/** The events Chaport names (its subscriptions are per event). */
const EVENT_OPTIONS = [
	{ name: 'Chat Started', value: 'chat.started', description: 'A visitor\'s chat began' },
	{ name: 'Chat Finished', value: 'chat.finished', description: 'A chat was closed' },
];

/**
 * How long an accepted delivery is remembered (core's recordDelivery, in this n8n process), so that
 * a copy (Chaport retrying, or two subscriptions delivering the same event) starts no second run.
 * The key is event + visitor id + chat id: a chat starts once and finishes once per chat id. Whether
 * Chaport can re-open a finished chat (and finish it again) is not known; if it can, a second
 * finish of the same chat within this hour is taken for a copy.
 */
export const DELIVERY_TTL_MS = 60 * 60 * 1000;

/** Why a delivery is refused when no token is known (no hash in the static data, no token in Chaport's list). */
export const NO_TOKEN = 'No token is known for this trigger: activate the workflow again so that it registers its subscriptions with Chaport';

/**
 * Chaport's webhooks, registered by the node itself: one subscription per chosen event, to this
 * node's URL with a secret token added (Chaport signs nothing; n8n keeps only the token's hash),
 * removed on deactivation. Deliveries without the token get 401 and start nothing; each delivery
 * starts one run at most.
 */
export class ChaportTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chaport Trigger',
		name: 'chaportTrigger',
		icon: { light: 'file:../../icons/chaport.svg', dark: 'file:../../icons/chaport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionsSubtitle('events', EVENT_OPTIONS),
		description: 'Starts the workflow when a Chaport chat starts or finishes (registers its own webhook subscriptions)',
		defaults: { name: 'Chaport Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CHAPORT_CREDENTIAL, required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['chat.started', 'chat.finished'],
				options: EVENT_OPTIONS,
				description:
					'The events that start the workflow; one Chaport subscription is registered for each. These are the only event names known: Chaport\'s docs mention others ("new messages or chat updates") without naming them.',
			},
			{
				displayName: 'Fetch Chat and Visitor',
				name: 'fetchDetails',
				type: 'boolean',
				default: true,
				description:
					'Whether to fetch the visitor and the chat from Chaport, so the item is {event, visitorId, chatId, visitor, chat}; off emits the delivery as received plus visitorId and chatId. If a fetch fails the event is still emitted, as received, with an "error" field.',
			},
		],
	};

	webhookMethods = { default: lifecycle };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const query = this.getQueryData() as IDataObject;
		const body = this.getBodyData();
		// Only the token's hash is known to n8n (static data, or hashed from Chaport's list): the guard hashes the token received.
		const tokenHash = await tokenHashForDelivery(this, query[TOKEN_PARAM], isDataObject(body) ? body.event : undefined);
		const fetchDetails = this.getNodeParameter('fetchDetails', true) !== false;
		const result = guardWebhook.call(this, {
			verification: { kind: 'key', secret: tokenHash, hashed: 'sha256', in: 'query', name: TOKEN_PARAM },
			reasons: { 'bad-key': 'The token in the URL is missing or wrong', 'no-secret': NO_TOKEN },
			ttlMs: DELIVERY_TTL_MS,
			deliveryKey: (delivery) => {
				const { event, visitorId, chatId } = idsOf(delivery.body);
				return visitorId !== undefined && chatId !== undefined ? `chat:${event}:${visitorId}:${String(chatId)}` : bodyHashKey(delivery);
			},
			events: { selected: chosenEvents(this) },
			output: ({ body }) => asReceived(body),
		});
		// Checked, new and chosen: only now is Chaport asked for the visitor and the chat.
		if (!fetchDetails || !result.workflowData || !isDataObject(body)) return result;
		return { workflowData: [this.helpers.returnJsonArray(await withDetails(this, body))] };
	}
}
