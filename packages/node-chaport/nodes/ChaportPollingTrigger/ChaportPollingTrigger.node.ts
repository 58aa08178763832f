import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { pollWithTimeCursor } from '@leadchat/core';
import { CHAPORT_CREDENTIAL } from '../Chaport/transport';
import { LOOKBACK_MS, POLL_EVENTS, SWEEP_MS, fetchLatest, fetchSince, type PollEvent } from './poll';

/**
 * Chaport events by polling, for users who cannot or will not let the Chaport Trigger register
 * webhook subscriptions. Each record is emitted once: no loss or repeat across equal timestamps,
 * failed polls, restarts and a visitor list that shifts while read, and a poll with nothing new
 * costs one request. One event per node (as the Crisp Polling Trigger): each event is its own
 * cursor and its own item shape, and n8n lets one node be either polling or webhook-based, hence a
 * node of its own.
 */
export class ChaportPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chaport Polling Trigger',
		name: 'chaportPollingTrigger',
		icon: { light: 'file:../../icons/chaport.svg', dark: 'file:../../icons/chaport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["event"] === "newVisitor" ? "New Visitor" : $parameter["event"] === "chatFinished" ? "Chat Finished" : "New Chat" }}',
		description: 'Starts the workflow on new Chaport visitors, chats or finished chats (polling: no webhook to register, nothing lost or repeated)',
		defaults: { name: 'Chaport Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CHAPORT_CREDENTIAL, required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'newChat',
				description: 'Changing the event starts afresh: what already exists is not replayed',
				options: [
					{ name: 'Chat Finished', value: 'chatFinished', description: 'A chat was closed; the item is {event: "chat.finished", visitorId, chatId, visitor, chat}' },
					{ name: 'New Chat', value: 'newChat', description: 'A visitor started a chat; the item is {event: "chat.started", visitorId, chatId, visitor, chat}' },
					{ name: 'New Visitor', value: 'newVisitor', description: 'A visitor was created; the item is the visitor' },
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newChat') as PollEvent;
		if (!POLL_EVENTS.includes(event)) throw new NodeOperationError(this.getNode(), `"Event" must be New Visitor, New Chat or Chat Finished, not "${String(event)}"`);
		return pollWithTimeCursor.call(this, {
			stateKey: 'chaportTimeCursor',
			// Another event starts from "now" instead of replaying.
			scope: JSON.stringify({ event }),
			lookbackMs: LOOKBACK_MS,
			sweepMs: SWEEP_MS,
			fetchSince: (since, poll) => fetchSince.call(this, event, since, poll),
			fetchLatest: () => fetchLatest.call(this, event),
		});
	}
}
