import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { baseUrlProperty, secretProperty } from '@leadchat/core/src/credentials';

/**
 * Chatwoot's public Client API, as the end user of one API-channel inbox sees it. It takes no token:
 * the inbox identifier is what opens it (anyone who has it can create contacts and write in the
 * inbox), so it is kept here, encrypted, and shown masked. One credential per inbox.
 */
export class ChatwootClientApi implements ICredentialType {
	name = 'leadchatChatwootClientApi';

	displayName = 'Chatwoot Client API';

	icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' } as const;

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	properties: INodeProperties[] = [
		baseUrlProperty('https://app.chatwoot.com', 'Chatwoot Cloud, or the address of a self-hosted instance (its FRONTEND_URL)'),
		secretProperty('inboxIdentifier', 'Inbox Identifier', 'The identifier of an API-channel inbox: Settings → Inboxes → the inbox → Configuration'),
	];

	// The inbox's public settings: 404 when no API inbox has this identifier.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/public/api/v1/inboxes/{{encodeURIComponent($credentials.inboxIdentifier.trim())}}',
			method: 'GET',
		},
		rules: [{ type: 'responseCode', properties: { value: 404, message: 'No API-channel inbox has this identifier on this Chatwoot' } }],
	};
}
