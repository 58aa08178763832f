import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { resources } from './actions';
import { websiteProperty } from './descriptions';
import { crispRequest } from './transport';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

/** Resources whose routes are not under one website: the website field is hidden for them. */
const WEBSITELESS = resources.filter((r) => r.family === 'root').map((r) => r.value);

export class Crisp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crisp',
		name: 'crisp',
		icon: { light: 'file:../../icons/crisp.svg', dark: 'file:../../icons/crisp.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(resources),
		description: 'Work with Crisp conversations, messages, people, helpdesk, campaigns and more',
		defaults: { name: 'Crisp' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatCrispApi', required: true }],
		properties: buildProperties(resources, [], [WEBSITELESS.length ? { ...websiteProperty, displayOptions: { hide: { resource: WEBSITELESS } } } : websiteProperty]),
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	execute = createRouter({ resources, transport: crispRequest });
}
