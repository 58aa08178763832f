import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { buildProperties, createRouter, operationSubtitle } from '@leadchat/core';
import { resources } from './actions';
import { accountIdProperty } from './descriptions';
import { chatwootRequest } from './transport';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class Chatwoot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot',
		name: 'chatwoot',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(resources),
		description: 'Work in a Chatwoot account: contacts, conversations, messages, inboxes, teams, reports and more',
		defaults: { name: 'Chatwoot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leadchatChatwootApi', required: true }],
		// The Account stands after the Operation, as n8n's own nodes place their first locator.
		properties: buildProperties(resources, [], [accountIdProperty]),
	};

	methods = { listSearch: { ...listSearch }, loadOptions: { ...loadOptions } };

	execute = createRouter({ resources, transport: chatwootRequest });
}
