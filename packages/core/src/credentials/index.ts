import type { INodeProperties } from 'n8n-workflow';

/** A base URL with a cloud default, for platforms that can be self-hosted. */
export function baseUrlProperty(defaultUrl: string, description: string): INodeProperties {
	return {
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: defaultUrl,
		placeholder: defaultUrl,
		description,
		required: true,
	};
}

/** A secret token or key, masked in the editor. */
export function secretProperty(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description,
	};
}

/** Removes trailing slashes so paths can be appended. */
export function normalizeBaseUrl(url: unknown, fallback: string): string {
	const text = typeof url === 'string' && url.trim() !== '' ? url.trim() : fallback;
	return text.replace(/\/+$/, '');
}

/** The value of an HTTP Basic Authorization header (`base64(user:password)`, without "Basic "). */
export function basicAuthValue(user: unknown, password: unknown): string {
	return Buffer.from(`${String(user ?? '')}:${String(password ?? '')}`).toString('base64');
}
