import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { clientResources } from '../Chatwoot/actions/client';
import { chatwootRequest } from '../Chatwoot/transport';

/** Chatwoot's public Client API: one API-channel inbox as its end users see it (the inbox identifier, no token). */
export class ChatwootClient implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Client API',
		name: 'chatwootClient',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(clientResources),
		description: 'Act as the contact of a Chatwoot API-channel inbox: create contacts and conversations, send and read messages',
		defaults: { name: 'Chatwoot Client API' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatChatwootClientApi', required: true }],
		properties: buildProperties(clientResources),
	};

	execute = createRouter({ resources: clientResources, transport: chatwootRequest });
}
