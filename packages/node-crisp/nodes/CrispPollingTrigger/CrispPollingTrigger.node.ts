import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { pollWithTimeCursor } from '@leadchat/core';
import { websiteProperty } from '../Crisp/descriptions';
import { searchWebsites } from '../Crisp/methods/listSearch';
import { LOOKBACK_MS, SWEEP_MS, fetchLatest, fetchSince, websiteOf, type ConversationState, type PollEvent, type PollSettings, type SenderChoice } from './poll';

const EVENTS: readonly PollEvent[] = ['newConversation', 'newMessage', 'conversationStateChanged', 'newOrUpdatedPerson'];
const STATES: readonly ConversationState[] = ['pending', 'unresolved', 'resolved'];

/**
 * Crisp events by polling, for users who cannot set up hooks in Crisp (the Crisp Trigger needs a
 * Website Hook or a Marketplace plugin). Each record is emitted once: no loss or repeat across equal
 * timestamps, failed polls, restarts and lists that shift while read, and a poll with nothing new
 * costs one request. n8n lets one node be either polling or webhook-based, hence a node of its own.
 */
export class CrispPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crisp Polling Trigger',
		name: 'crispPollingTrigger',
		icon: { light: 'file:../../icons/crisp.svg', dark: 'file:../../icons/crisp.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ $parameter["event"] === "newConversation" ? "New Conversation" : $parameter["event"] === "conversationStateChanged" ? "Conversation State Changed" : $parameter["event"] === "newOrUpdatedPerson" ? "New or Updated Person" : "New Message" }}',
		description: 'Starts the workflow on new Crisp conversations, messages, state changes or people (polling: no hook to set up, nothing lost or repeated)',
		defaults: { name: 'Crisp Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatCrispApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'newMessage',
				description: 'Changing the event, the website or a filter starts afresh: what already exists is not replayed',
				options: [
					{ name: 'Conversation State Changed', value: 'conversationStateChanged', description: 'A conversation became pending, unresolved or resolved (the item carries previous_state)' },
					{ name: 'New Conversation', value: 'newConversation', description: 'A conversation got its first message' },
					{ name: 'New Message', value: 'newMessage', description: 'A message in any conversation, from the visitor or an operator (notes included)' },
					{ name: 'New or Updated Person', value: 'newOrUpdatedPerson', description: 'A people profile was created or changed' },
				],
			},
			websiteProperty,
			{
				displayName: 'Sender',
				name: 'sender',
				type: 'options',
				default: 'any',
				displayOptions: { show: { event: ['newMessage'] } },
				options: [
					{ name: 'Visitor or Operator', value: 'any' },
					{ name: 'Operator', value: 'operator', description: 'Operators\' messages and private notes' },
					{ name: 'Visitor', value: 'visitor' },
				],
			},
			{
				displayName: 'States',
				name: 'states',
				type: 'multiOptions',
				default: [],
				displayOptions: { show: { event: ['conversationStateChanged'] } },
				options: [
					{ name: 'Pending', value: 'pending' },
					{ name: 'Resolved', value: 'resolved' },
					{ name: 'Unresolved', value: 'unresolved' },
				],
				description: 'Only changes to these states; none for every change',
			},
			{
				displayName:
					'Each change is found by comparing a conversation with the state the trigger last saw. A conversation it has not seen before (untouched since the trigger was activated) counts as changed at its first update, with previous_state null. Several changes between two polls show as one (the last).',
				name: 'stateNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['conversationStateChanged'] } },
			},
		],
	};

	methods = { listSearch: { searchWebsites } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newMessage') as PollEvent;
		if (!EVENTS.includes(event)) throw new NodeOperationError(this.getNode(), `"Event" must be one of ${EVENTS.join(', ')}, not "${String(event)}"`);
		const sender = (event === 'newMessage' ? this.getNodeParameter('sender', 'any') : 'any') as SenderChoice;
		if (!['any', 'visitor', 'operator'].includes(sender)) throw new NodeOperationError(this.getNode(), `"Sender" must be Visitor, Operator or both, not "${String(sender)}"`);
		const rawStates = event === 'conversationStateChanged' ? (this.getNodeParameter('states', []) as unknown) : [];
		const states = (Array.isArray(rawStates) ? rawStates : [rawStates]).map(String).filter(Boolean);
		const unknown = states.find((s) => !STATES.includes(s as ConversationState));
		if (unknown !== undefined) throw new NodeOperationError(this.getNode(), `"States" holds "${unknown}", which is not a Crisp state (pending, unresolved, resolved)`);
		const settings: PollSettings = { event, websiteId: await websiteOf(this), sender, states: [...states].sort() as ConversationState[] };
		return pollWithTimeCursor.call(this, {
			stateKey: 'crispTimeCursor',
			// Another event, website or filter starts from "now" instead of replaying.
			scope: JSON.stringify(settings),
			lookbackMs: LOOKBACK_MS,
			sweepMs: SWEEP_MS,
			fetchSince: (since, poll) => fetchSince.call(this, settings, since, poll),
			fetchLatest: () => fetchLatest.call(this, settings),
		});
	}
}
