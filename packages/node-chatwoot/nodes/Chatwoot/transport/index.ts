import { NodeOperationError } from 'n8n-workflow';
import { apiPath, apiRequest, credentialsOf, type CredentialReads, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';
import { enterpriseMessage, isEnterpriseRoute } from './enterprise';

export const CHATWOOT_CLOUD_URL = 'https://app.chatwoot.com';

/**
 * Chatwoot's API families, each under its own prefix:
 * - account: /api/v1/accounts/{accountId} (default), accountV2: /api/v2/accounts/{accountId} (reports)
 * - root: /api/v1 (profile)
 * - platform: /platform/api/v1 (the Chatwoot Platform node, a Platform App token)
 * - public: /public/api/v1/inboxes/{inbox identifier} (the Chatwoot Client API node: the inbox of its
 *   credential, no token), publicRoot: /public/api/v1, same credential (the public routes outside
 *   an inbox, e.g. the CSAT survey /public/api/v1/csat_survey/{conversation uuid}).
 */
type ChatwootFamily = 'account' | 'accountV2' | 'root' | 'platform' | 'public' | 'publicRoot';

export const CLIENT_CREDENTIAL = 'leadchatChatwootClientApi';

type ParamReader = {
	getNodeParameter(name: string, itemIndex?: number, fallback?: unknown): unknown;
};

/**
 * The value of a field that became a resource locator (the Account, the trigger's Inbox): a resource locator (`{ __rl, mode, value }`) since the field
 * became one, or the plain id that workflows saved before hold.
 */
export function locatorValue(raw: unknown): unknown {
	if (raw !== null && typeof raw === 'object' && 'value' in raw) return (raw as { value: unknown }).value;
	return raw;
}

/** The account chosen on the node, else the credential's default. */
async function resolveAccountId(ctx: RequestContext, itemIndex: number | undefined, reads?: CredentialReads): Promise<string> {
	let chosen: unknown;
	try {
		const reader = ctx as unknown as ParamReader;
		chosen = locatorValue(itemIndex === undefined ? reader.getNodeParameter('accountId', undefined as never, '') : reader.getNodeParameter('accountId', itemIndex, ''));
	} catch {
		chosen = '';
	}
	if (typeof chosen === 'string' && chosen.trim() === '') chosen = '';
	if (chosen === '' || chosen === undefined || chosen === null) {
		const credentials = await credentialsOf(ctx, 'leadchatChatwootApi', itemIndex, reads);
		chosen = credentials.accountId;
	}
	const text = String(chosen ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw new NodeOperationError(ctx.getNode(), `${itemIndex !== undefined ? `Item ${itemIndex + 1}: ` : ''}"Account" must be a numeric ID, got "${text}"`, { itemIndex });
	}
	return text;
}

export const chatwoot: PlatformSpec<ChatwootFamily> = {
	name: 'Chatwoot',
	credentialType: 'leadchatChatwootApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CHATWOOT_CLOUD_URL),
	// A 404 from an Enterprise-only route that is not a missing record says the edition is missing,
	// for every request (operations, list searches, dropdowns); otherwise Chatwoot's own message.
	messageOf: (body, status, request) => (request?.family === 'account' && isEnterpriseRoute(request.method, request.path) ? enterpriseMessage(body, status) : undefined),
	arrayFormat: 'brackets',
	// The user and platform credentials keep their token in `accessToken`; the Client API's key is its inbox identifier.
	secretFields: ['accessToken', 'inboxIdentifier'],
	// rack-attack throttles per minute and sends no Retry-After: a 429 is retried for a whole minute.
	retry: { rateLimitWindowMs: 60_000 },
	families: {
		account: {
			async prefix(req) {
				return `/api/v1/accounts/${await resolveAccountId(this, req.itemIndex, req.credentialReads)}`;
			},
		},
		accountV2: {
			async prefix(req) {
				return `/api/v2/accounts/${await resolveAccountId(this, req.itemIndex, req.credentialReads)}`;
			},
		},
		root: { prefix: '/api/v1' },
		platform: { prefix: '/platform/api/v1', credentialType: 'leadchatChatwootPlatformApi' },
		public: {
			credentialType: CLIENT_CREDENTIAL,
			prefix(req, credentials) {
				const identifier = String(credentials.inboxIdentifier ?? '').trim();
				if (identifier === '') {
					const item = req.itemIndex !== undefined ? `Item ${req.itemIndex + 1}: ` : '';
					throw new NodeOperationError(this.getNode(), `${item}"Inbox Identifier" of the Chatwoot Client API credential is empty`, { itemIndex: req.itemIndex });
				}
				return `/public/api/v1${apiPath`/inboxes/${identifier}`}`;
			},
		},
		publicRoot: { prefix: '/public/api/v1', credentialType: CLIENT_CREDENTIAL },
	},
	defaultFamily: 'account',
};

/** The one way node code reaches Chatwoot: core adds the family's prefix and picks its credential. */
export async function chatwootRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, chatwoot, req) as Promise<ApiResponse<T>>;
}
