/**
 * A minimal client for poking the fake (tests, demos): plain Node 20 `fetch`, returns status,
 * headers, raw text and the parsed JSON body (when the response is JSON).
 */
export interface ApiResult {
	status: number;
	headers: Headers;
	text: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
}

export interface ApiOptions {
	method?: string;
	/** Access token; `null` sends none. Defaults to the client's token. */
	token?: string | null;
	/** Header name used for the token (default `api_access_token`; Chatwoot also reads `Api-Access-Token`). */
	tokenHeader?: string;
	/** Object → JSON; string / FormData / URLSearchParams → sent as is. */
	body?: unknown;
	headers?: Record<string, string>;
}

export type ChatwootApi = (path: string, options?: ApiOptions) => Promise<ApiResult>;

export function chatwootClient(baseUrl: string, defaultToken?: string): ChatwootApi {
	return async (path, options = {}) => {
		const headers: Record<string, string> = { ...(options.headers ?? {}) };
		const token = options.token === undefined ? defaultToken : options.token;
		if (token !== undefined && token !== null) headers[options.tokenHeader ?? 'api_access_token'] = token;
		let body: BodyInit | undefined;
		if (options.body !== undefined) {
			if (typeof options.body === 'string' || options.body instanceof FormData || options.body instanceof URLSearchParams) {
				body = options.body as BodyInit;
			} else {
				body = JSON.stringify(options.body);
				if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
			}
		}
		const response = await fetch(baseUrl + path, { method: options.method ?? 'GET', headers, body });
		const text = await response.text();
		let parsed: unknown = text;
		if (text && (response.headers.get('content-type') ?? '').includes('json')) {
			try {
				parsed = JSON.parse(text);
			} catch {
				parsed = text;
			}
		}
		return { status: response.status, headers: response.headers, text, body: parsed };
	};
}
