import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { baseUrlProperty, secretProperty } from '@leadchat/core/src/credentials';

/** The type name carries the project's prefix so that it cannot collide with another Chatwoot package's. */
export class ChatwootApi implements ICredentialType {
	name = 'leadchatChatwootApi';

	displayName = 'Chatwoot API';

	icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' } as const;

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	properties: INodeProperties[] = [
		baseUrlProperty('https://app.chatwoot.com', 'Chatwoot Cloud, or the address of a self-hosted instance (its FRONTEND_URL)'),
		secretProperty('accessToken', 'Access Token', 'A user access token (Profile Settings → Access Token) or an agent-bot token'),
		{
			displayName: 'Default Account ID',
			name: 'accountId',
			type: 'number',
			default: 1,
			required: true,
			description: 'Used when a node does not choose another account (the number in /app/accounts/<id>/ of the dashboard URL)',
		},
		{
			displayName: 'Header Spelling',
			name: 'headerName',
			type: 'options',
			default: 'api_access_token',
			options: [
				{ name: 'api_access_token (Documented)', value: 'api_access_token' },
				{ name: 'Api-Access-Token (Behind Nginx Without underscores_in_headers)', value: 'Api-Access-Token' },
			],
			description: 'Chatwoot reads both; a proxy such as nginx drops headers with underscores by default',
		},
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const header = credentials.headerName === 'Api-Access-Token' ? 'Api-Access-Token' : 'api_access_token';
		return { ...requestOptions, headers: { ...requestOptions.headers, [header]: String(credentials.accessToken ?? '') } };
	}

	// The profile endpoint checks the token itself (an unknown token gets 401 "Invalid Access Token").
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/profile',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'Invalid Access Token: Chatwoot refused this token (or it is an agent-bot token, which cannot read the profile)' },
			},
		],
	};
}
