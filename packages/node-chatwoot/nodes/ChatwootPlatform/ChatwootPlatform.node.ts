import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { platformResources } from '../Chatwoot/actions/platform';
import { chatwootRequest } from '../Chatwoot/transport';

/** Chatwoot's Platform API (a Platform App token of a self-hosted install): accounts, their users, agent bots, users. */
export class ChatwootPlatform implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Platform',
		name: 'chatwootPlatform',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(platformResources),
		description: 'Administer a self-hosted Chatwoot installation with a Platform App: accounts, users and agent bots',
		defaults: { name: 'Chatwoot Platform' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatChatwootPlatformApi', required: true }],
		properties: buildProperties(platformResources),
	};

	execute = createRouter({ resources: platformResources, transport: chatwootRequest });
}
