import { baseUrlProperty, secretProperty } from '@leadchat/core/src/credentials';
import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/** The type name carries the project's prefix so that it cannot collide with another Cliengo package's. */
export class CliengoApi implements ICredentialType {
	name = 'leadchatCliengoApi';

	displayName = 'Cliengo API';

	icon = { light: 'file:../icons/cliengo.svg', dark: 'file:../icons/cliengo.dark.svg' } as const;

	documentationUrl = 'https://developers.cliengo.com/docs/getting-started';

	properties: INodeProperties[] = [
		secretProperty('apiKey', 'API Key', 'In Cliengo: Chatbots → Integrations → API → Generate API Key'),
		{
			displayName: 'Send Key As',
			name: 'keyLocation',
			type: 'options',
			default: 'query',
			options: [
				{ name: 'Query Parameter (api_key)', value: 'query', description: 'What every Cliengo example uses' },
				{ name: 'Authorization Header (Bearer)', value: 'header', description: 'For keys or JWTs that Cliengo accepts as a bearer token' },
			],
		},
		{ ...baseUrlProperty('https://api.cliengo.com/1.0', 'Change only for a staging or proxy endpoint'), required: false },
	];

	// A function rather than the generic form, so that the key goes to one place only: the query
	// string or the Authorization header, as chosen above.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const key = String(credentials.apiKey ?? '');
		if (credentials.keyLocation === 'header') {
			return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `Bearer ${key}` } };
		}
		return { ...requestOptions, qs: { ...requestOptions.qs, api_key: key } };
	}

	// The account endpoint checks the key itself, not mere reachability.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://api.cliengo.com/1.0"}}',
			url: '/account',
			method: 'GET',
		},
	};
}
