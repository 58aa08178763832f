import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { basicAuthValue, baseUrlProperty, secretProperty } from '@leadchat/core/src/credentials';

/**
 * Crisp's REST API token: an identifier and a key sent as HTTP Basic, plus the token's tier in
 * `X-Crisp-Tier` (a Marketplace plugin token, a website token, or a legacy user token). The type
 * name carries the project's prefix so that it cannot collide with another Crisp package's.
 */
export class CrispApi implements ICredentialType {
	name = 'leadchatCrispApi';

	displayName = 'Crisp API';

	icon = { light: 'file:../icons/crisp.svg', dark: 'file:../icons/crisp.dark.svg' } as const;

	documentationUrl = 'https://docs.crisp.chat/guides/rest-api/authentication/';

	properties: INodeProperties[] = [
		{
			displayName: 'Token Tier',
			name: 'tier',
			type: 'options',
			default: 'plugin',
			options: [
				{ name: 'Plugin', value: 'plugin', description: 'A Marketplace plugin token: works on every website that installed the plugin' },
				{ name: 'Website', value: 'website', description: 'A website token (Settings → Workspace Settings → Advanced configuration → API Token)' },
				{ name: 'User', value: 'user', description: 'A legacy user session token' },
			],
		},
		secretProperty('identifier', 'Token Identifier', 'The identifier half of the token (looks like a UUID)'),
		secretProperty('key', 'Token Key', 'The key half of the token'),
		{
			displayName: 'Default Website ID',
			name: 'websiteId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 8c842203-7ed8-4e29-a608-7cf78a7d2fcc',
			description: 'Used when a node does not choose another website (Settings → Workspace Settings → Setup instructions shows it)',
		},
		{ ...baseUrlProperty('https://api.crisp.chat/v1', 'Change only for a proxy or a test server'), required: false },
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const basic = basicAuthValue(credentials.identifier, credentials.key);
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Basic ${basic}`, 'X-Crisp-Tier': String(credentials.tier || 'plugin') },
		};
	}

	// A route that checks the token itself: the plugin's account for plugin tokens, the default
	// website otherwise (a website or user token cannot read the plugin account).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://api.crisp.chat/v1"}}',
			url: '={{$credentials.tier === "plugin" || !$credentials.websiteId ? "/plugin/connect/account" : "/website/" + encodeURIComponent($credentials.websiteId)}}',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'invalid_session: Crisp refused this token (check the identifier, the key and the tier)' },
			},
		],
	};
}
