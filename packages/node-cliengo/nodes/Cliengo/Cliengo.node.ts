import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { resources } from './actions';
import { cliengoRequest } from './transport';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class Cliengo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cliengo',
		name: 'cliengo',
		icon: { light: 'file:../../icons/cliengo.svg', dark: 'file:../../icons/cliengo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(resources),
		description: 'Work with Cliengo leads, conversations, sites, users, chatbots and account',
		defaults: { name: 'Cliengo' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatCliengoApi', required: true }],
		properties: buildProperties(resources),
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	execute = createRouter({ resources, transport: cliengoRequest });
}
