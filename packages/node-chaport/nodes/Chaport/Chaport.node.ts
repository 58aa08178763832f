import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { resources } from './actions';
import { chaportRequest } from './transport';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class Chaport implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chaport',
		name: 'chaport',
		icon: { light: 'file:../../icons/chaport.svg', dark: 'file:../../icons/chaport.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(resources),
		description: 'Work with Chaport visitors, chats, messages, operators and webhooks',
		defaults: { name: 'Chaport' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatChaportApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	execute = createRouter({ resources, transport: chaportRequest });
}
