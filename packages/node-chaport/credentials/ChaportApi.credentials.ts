import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { secretProperty } from '@leadchat/core/src/credentials';

/** Chaport's API base URL in each region (docs.chaport.com and docs.chaport.ru, "Base URLs"). */
export const CHAPORT_REGION_URLS = {
	global: 'https://app.chaport.com/api/v1',
	ru: 'https://app.chaport.ru/api/v1',
} as const;

/**
 * A Chaport access token (Settings → API in the Chaport app), sent as `Authorization: Bearer`, and
 * the region the account lives in, or a custom base URL (a proxy or a test server). The type name
 * carries the project's prefix so that it cannot collide with another Chaport package's.
 */
export class ChaportApi implements ICredentialType {
	name = 'leadchatChaportApi';

	displayName = 'Chaport API';

	icon = { light: 'file:../icons/chaport.svg', dark: 'file:../icons/chaport.dark.svg' } as const;

	documentationUrl = 'https://docs.chaport.com/';

	properties: INodeProperties[] = [
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			default: 'global',
			options: [
				{ name: 'Global (app.chaport.com)', value: 'global', description: CHAPORT_REGION_URLS.global },
				{ name: 'Russia (app.chaport.ru)', value: 'ru', description: CHAPORT_REGION_URLS.ru },
				{ name: 'Custom Base URL', value: 'custom', description: 'A proxy or a test server' },
			],
			description: 'Where the Chaport account lives: the address you sign in at',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://chaport-proxy.example.com/api/v1',
			description: 'The API base URL including its path (e.g. ending in /api/v1); routes such as /operators are appended to it',
			required: true,
			displayOptions: { show: { region: ['custom'] } },
		},
		secretProperty('accessToken', 'Access Token', 'The API access token (Chaport app: Settings → API)'),
	];

	authenticate = {
		type: 'generic' as const,
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};

	// `GET /me.json` answers with the token's own operator: it checks the token and nothing else.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.region === "custom" ? String($credentials.baseUrl || "").trim().replace(/\\/+$/, "") : $credentials.region === "ru" ? "${CHAPORT_REGION_URLS.ru}" : "${CHAPORT_REGION_URLS.global}"}}`,
			url: '/me.json',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'Chaport refused this access token (401): check the token (Settings → API) and that the region matches the account' },
			},
		],
	};
}
