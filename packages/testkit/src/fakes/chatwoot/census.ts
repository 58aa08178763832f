/**
 * The census of Chatwoot's server routes (census.json beside this file, written by the test kit's scripts/census.js from the
 * census of upstream a61a8bf's routes.rb) and a request recogniser that works as Rails' router does:
 * the first census route, in drawing order, whose verb matches and whose pattern matches the path
 * segment by segment (a `:param` segment matches any one non-empty segment; query and trailing
 * slash ignored).
 */
import census from './census.json';

export interface CensusEndpoint {
	family: string;
	controller: string;
	verbs: string[];
	path: string;
	action: string;
	ee: boolean;
	useful: 'yes' | 'maybe' | 'no' | null;
	why?: string;
}

export const endpoints = census.endpoints as CensusEndpoint[];

/** The families in the order the coverage table lists them. */
export const FAMILIES = ['Application v1', 'Application v1 (account-independent)', 'Profile', 'Application v2 (reports)', 'Enterprise (billing)', 'Platform', 'Public (client)'] as const;

const segments = (path: string) => path.split('?')[0].split('/').filter((s) => s !== '');
const compiled = endpoints.map((e) => ({ endpoint: e, parts: segments(e.path) }));

/** The census endpoint Rails would route this request to, or undefined. */
export function recognise(method: string, path: string): CensusEndpoint | undefined {
	const parts = segments(path);
	const verb = method.toUpperCase();
	for (const { endpoint, parts: pattern } of compiled) {
		if (!endpoint.verbs.includes(verb) || pattern.length !== parts.length) continue;
		if (pattern.every((p, i) => (p.startsWith(':') ? parts[i] !== '' : p === parts[i]))) return endpoint;
	}
	return undefined;
}

/** `VERB path` of an endpoint, as the census writes it. */
export const endpointKey = (e: CensusEndpoint) => `${e.verbs.join('/')} ${e.path}`;
