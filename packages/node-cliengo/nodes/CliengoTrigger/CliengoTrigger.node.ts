import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { pollWithTimeCursor } from '@leadchat/core';
import { EXTERNAL_STATUS_OPTIONS } from '../Cliengo/descriptions/statuses';
import type { ContactFilters } from '../Cliengo/helpers/lists';
import { getSites, getUsers } from '../Cliengo/methods/loadOptions';
import { LOOKBACK_MS, SWEEP_MS, fetchLatest, fetchSince, type TriggerEvent } from './poll';

export class CliengoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cliengo Trigger',
		name: 'cliengoTrigger',
		icon: { light: 'file:../../icons/cliengo.svg', dark: 'file:../../icons/cliengo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "contactUpdated" ? "Contact Updated" : "New Lead"}}',
		description: 'Starts the workflow when Cliengo gets a new lead or a lead changes (polling, no lead lost or repeated)',
		defaults: { name: 'Cliengo Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatCliengoApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'newLead',
				options: [
					{ name: 'New Lead', value: 'newLead', description: 'A contact was created (by the chatbot, a form or the API)' },
					{ name: 'Contact Updated', value: 'contactUpdated', description: 'A contact was changed (status, assignment, fields, notes)' },
				],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Changing the filters starts afresh: leads that already exist are not replayed',
				options: [
					{ displayName: 'Assigned User Name or ID', name: 'assignedTo', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'getUsers' }, description: 'Only leads assigned to this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
					{ displayName: 'Site Name or ID', name: 'websiteId', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'getSites' }, description: 'Only leads of this website. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						default: 'NEW',
						options: EXTERNAL_STATUS_OPTIONS,
						description: 'Only leads with this status. Choose one, or give any status Cliengo uses with an expression.',
					},
				],
			},
		],
	};

	methods = { loadOptions: { getSites, getUsers } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'newLead') as TriggerEvent;
		if (event !== 'newLead' && event !== 'contactUpdated') {
			throw new NodeOperationError(this.getNode(), `"Event" must be New Lead or Contact Updated, not "${String(event)}"`);
		}
		const raw = (this.getNodeParameter('filters', {}) ?? {}) as IDataObject;
		const filters: ContactFilters = {};
		// In name order: the filters are part of the state's scope, which must not change between versions.
		for (const key of ['assignedTo', 'status', 'websiteId'] as const) {
			const value = raw[key];
			if (value === undefined || value === null || String(value).trim() === '') continue;
			filters[key] = String(value).trim();
		}
		return pollWithTimeCursor.call(this, {
			stateKey: 'cliengoTimeCursor',
			// A different event or different filters start from "now" instead of replaying.
			scope: JSON.stringify({ event, filters }),
			lookbackMs: LOOKBACK_MS,
			// Contact Updated reads its whole window on every poll; New Lead's count check is skipped by a sweep.
			sweepMs: event === 'newLead' ? SWEEP_MS : undefined,
			fetchSince: (sinceMs, poll) => fetchSince.call(this, event, filters, sinceMs, poll),
			fetchLatest: () => fetchLatest.call(this, event, filters),
		});
	}
}
