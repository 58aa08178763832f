import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiPath, apiRequest, basicAuthValue, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';

export const CRISP_BASE_URL = 'https://api.crisp.chat/v1';
export const CRISP_CREDENTIAL = 'leadchatCrispApi';

/** Crisp's API families: routes of one website (the default), and the rest (plugin, plans, bucket…). */
export type CrispFamily = 'website' | 'root';

/** n8n's getNodeParameter: with an item index in an action's execute, without one in dropdowns and triggers. */
type ParamReader = {
	getNodeParameter(name: string, itemIndex: number, fallback?: unknown, options?: { extractValue?: boolean }): unknown;
	getNodeParameter(name: string, fallback?: unknown, options?: { extractValue?: boolean }): unknown;
};

/** The website chosen on the node (a resource locator), else the credential's default. */
export async function resolveWebsiteId(ctx: RequestContext, itemIndex: number | undefined, credentials?: ICredentialDataDecryptedObject): Promise<string> {
	let chosen: unknown = '';
	try {
		const reader = ctx as unknown as ParamReader;
		// A dropdown's or a trigger's context takes no item index (the first argument is the fallback).
		chosen = itemIndex === undefined ? reader.getNodeParameter('websiteId', '', { extractValue: true }) : reader.getNodeParameter('websiteId', itemIndex, '', { extractValue: true });
	} catch {
		chosen = '';
	}
	if (chosen === '' || chosen === undefined || chosen === null) {
		chosen = (credentials ?? (await ctx.getCredentials(CRISP_CREDENTIAL, itemIndex))).websiteId;
	}
	const text = String(chosen ?? '').trim();
	if (text === '') {
		throw new NodeOperationError(
			ctx.getNode(),
			`${itemIndex !== undefined ? `Item ${itemIndex + 1}: ` : ''}"Website" is required: choose a website, or set a Default Website ID in the Crisp API credential`,
			{ itemIndex },
		);
	}
	return text;
}

/** Crisp's errors: `{error: true, reason: "invalid_session", data: {message?}}`. */
function crispMessage(body: unknown): string | undefined {
	const o = (body ?? {}) as { reason?: unknown; data?: { message?: unknown } };
	const reason = typeof o.reason === 'string' && o.reason !== '' ? o.reason : undefined;
	const detail = typeof o.data?.message === 'string' && o.data.message !== '' ? o.data.message : undefined;
	if (reason && detail) return `${reason}: ${detail}`;
	return reason ?? detail;
}

export const crisp: PlatformSpec<CrispFamily> = {
	name: 'Crisp',
	credentialType: CRISP_CREDENTIAL,
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CRISP_BASE_URL),
	secretFields: ['identifier', 'key'],
	// The token travels as HTTP Basic (base64 of identifier:key): a server or proxy echoing the
	// Authorization header would show the whole token in that form.
	wireSecrets: (credentials) => [basicAuthValue(credentials.identifier, credentials.key)],
	messageOf: crispMessage,
	// Crisp answers 429 or 420 ("Enhance Your Calm") when limited, having done nothing, and documents
	// no Retry-After: both are throttles, retried (writes too) for core's default minute, then the
	// request fails with Crisp's reason. Its quotas are daily.
	retry: { throttleStatuses: [420, 429] },
	// Every success is `{error: false, reason, data}`: operations see `data`.
	readBody: (body) => (body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? (body as { data: unknown }).data : body),
	families: {
		website: {
			async prefix(req, credentials) {
				return apiPath`/website/${await resolveWebsiteId(this, req.itemIndex, credentials)}`;
			},
		},
		root: { prefix: '' },
	},
	defaultFamily: 'website',
};

/** The one way node code reaches Crisp. */
export async function crispRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, crisp, req) as Promise<ApiResponse<T>>;
}
