import { NodeOperationError } from 'n8n-workflow';
import { apiRequest, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';

export const CHATWOOT_CLOUD_URL = 'https://app.chatwoot.com';

/**
 * Chatwoot's API families, each under its own prefix:
 * - account: /api/v1/accounts/{accountId} (default), accountV2: /api/v2/accounts/{accountId} (reports)
 * - root: /api/v1 (profile), platform: /platform/api/v1 (Platform App token), public: /public/api/v1
 *   (client API: identified by the inbox identifier), none: no prefix (pages served at the root of
 *   the install, e.g. /survey/responses/{uuid}).
 */
type ChatwootFamily = 'account' | 'accountV2' | 'root' | 'platform' | 'public' | 'none';

type ParamReader = {
	getNodeParameter(name: string, itemIndex?: number, fallback?: unknown): unknown;
};

/** The account chosen on the node, else the credential's default. */
async function resolveAccountId(ctx: RequestContext, itemIndex: number | undefined): Promise<string> {
	let chosen: unknown;
	try {
		const reader = ctx as unknown as ParamReader;
		chosen = itemIndex === undefined ? reader.getNodeParameter('accountId', undefined as never, '') : reader.getNodeParameter('accountId', itemIndex, '');
	} catch {
		chosen = '';
	}
	if (chosen === '' || chosen === undefined || chosen === null) {
		const credentials = await ctx.getCredentials('leadchatChatwootApi', itemIndex);
		chosen = credentials.accountId;
	}
	const text = String(chosen ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(ctx.getNode(), `${itemIndex !== undefined ? `Item ${itemIndex + 1}: ` : ''}"Account ID" must be a numeric ID, got "${text}"`, { itemIndex });
	}
	return text;
}

export const chatwoot: PlatformSpec<ChatwootFamily> = {
	name: 'Chatwoot',
	credentialType: 'leadchatChatwootApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CHATWOOT_CLOUD_URL),
	arrayFormat: 'brackets',
	// Both credential types (user and platform) keep their token in `accessToken`.
	secretFields: ['accessToken'],
	// rack-attack throttles per minute and sends no Retry-After: a 429 is retried for a whole minute.
	retry: { rateLimitWindowMs: 60_000 },
	families: {
		account: {
			async prefix(req) {
				return `/api/v1/accounts/${await resolveAccountId(this, req.itemIndex)}`;
			},
		},
		accountV2: {
			async prefix(req) {
				return `/api/v2/accounts/${await resolveAccountId(this, req.itemIndex)}`;
			},
		},
		root: { prefix: '/api/v1' },
		platform: { prefix: '/platform/api/v1', credentialType: 'leadchatChatwootPlatformApi' },
		public: { prefix: '/public/api/v1' },
		none: { prefix: '' },
	},
	defaultFamily: 'account',
};

/** The one way node code reaches Chatwoot: core adds the family's prefix and picks its credential. */
export async function chatwootRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, chatwoot, req) as Promise<ApiResponse<T>>;
}
