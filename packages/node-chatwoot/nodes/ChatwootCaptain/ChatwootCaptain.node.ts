import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { captainResources } from '../Chatwoot/actions/captain';
import { accountIdProperty } from '../Chatwoot/descriptions';
import { chatwootRequest } from '../Chatwoot/transport';
import * as captainListSearch from '../Chatwoot/methods/captainListSearch';

/** Captain, Chatwoot's AI: its tasks on conversations, and (Enterprise) the assistants with their inboxes, scenarios, FAQs and documents. */
export class ChatwootCaptain implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Captain',
		name: 'chatwootCaptain',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(captainResources),
		description: "Use Chatwoot's Captain AI: summarize, rewrite and suggest replies or labels, and manage AI assistants and their knowledge",
		defaults: { name: 'Chatwoot Captain' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatChatwootApi', required: true }],
		// The Account stands after the Operation, as in the Chatwoot node.
		properties: buildProperties(captainResources, [], [accountIdProperty]),
	};

	methods = { listSearch: { ...captainListSearch } };

	execute = createRouter({ resources: captainResources, transport: chatwootRequest });
}
