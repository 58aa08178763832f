import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { baseUrlProperty, secretProperty } from '@leadchat/core/src/credentials';

/** A Platform App token (self-hosted and managed installs only), for the Platform API resources. */
export class ChatwootPlatformApi implements ICredentialType {
	name = 'leadchatChatwootPlatformApi';

	displayName = 'Chatwoot Platform API';

	icon = { light: 'file:../icons/chatwoot.svg', dark: 'file:../icons/chatwoot.dark.svg' } as const;

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	properties: INodeProperties[] = [
		{ ...baseUrlProperty('', 'Your Chatwoot installation (the Platform API is not offered on Chatwoot Cloud)'), placeholder: 'https://chat.example.com' },
		secretProperty('accessToken', 'Platform App Token', "Super Admin console → Platform Apps → the app's access token"),
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { api_access_token: '={{$credentials.accessToken}}' } },
	};

	// Platform tokens can only read objects they own; listing the app's accounts needs no id and
	// fails with 401 for a wrong token.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/platform/api/v1/agent_bots',
			method: 'GET',
		},
	};
}
