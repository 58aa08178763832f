/**
 * Checks a request against the route table: the path's parameters (ids in Crisp's formats), the
 * query parameters the client sends for that method, and the body shape. Problems become
 * violations (`fake.violations`, failing `assertNoViolations()`), and in strict mode a 400
 * invalid_data answer.
 */
import { matchPath, type FakeRequest } from '../../fake-server';
import { PER_PAGE, PER_PAGE_ROUTES } from './fixtures';
import { CRISP_ROUTES, type CrispMethod, type CrispRouteSpec } from './routes';
import { check, checkPathParam, checkQueryValue, S } from './schema';

/** Deepest helpdesk tree path the fake routes when the client sends it unencoded (`a/b/c`). */
export const MAX_TREE_DEPTH = 6;

/** The routes sharing one method and path (e.g. batchRemoveConversations and batchRemovePeople). */
export interface RouteGroup {
	method: CrispMethod;
	/** Appendix A path, e.g. `/v1/website/{websiteID}/batch/remove`. */
	path: string;
	/** Route name in the request log: the client method names joined with `|`. */
	name: string;
	specs: CrispRouteSpec[];
	/** Framework patterns (`:param`), several when the path ends in `{path*}`. */
	patterns: string[];
}

export function toPatterns(path: string): string[] {
	const base = path.replace(/\{([^}*]+)\}/g, ':$1');
	if (!base.includes('{path*}')) return [base];
	const patterns: string[] = [];
	for (let depth = 1; depth <= MAX_TREE_DEPTH; depth++) {
		const rest = Array.from({ length: depth }, (_, i) => (i === 0 ? ':path' : `:path__${i + 1}`)).join('/');
		patterns.push(base.replace('{path*}', rest));
	}
	return patterns;
}

export function buildGroups(specs: readonly CrispRouteSpec[] = CRISP_ROUTES): RouteGroup[] {
	const groups = new Map<string, RouteGroup>();
	for (const spec of specs) {
		const key = `${spec.method} ${spec.path}`;
		const group = groups.get(key);
		if (group) {
			group.specs.push(spec);
			group.name = group.specs.map((s) => s.client).join('|');
		} else {
			groups.set(key, { method: spec.method, path: spec.path, name: spec.client, specs: [spec], patterns: toPatterns(spec.path) });
		}
	}
	return [...groups.values()];
}

/** Route params with a multi-segment `{path*}` joined back into `path`. */
export function joinParams(params: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	const rest: string[] = [];
	for (const [key, value] of Object.entries(params)) {
		const m = /^path__(\d+)$/.exec(key);
		if (m) rest[Number(m[1])] = value;
		else out[key] = value;
	}
	if (out.path !== undefined && rest.length) out.path = [out.path, ...rest.filter((v) => v !== undefined)].join('/');
	return out;
}

function queryProblems(spec: CrispRouteSpec, req: FakeRequest): string[] {
	const problems: string[] = [];
	const allowed = spec.query ?? {};
	for (const [name, value] of Object.entries(req.query)) {
		const kind = allowed[name];
		if (!kind) {
			problems.push(`unknown query parameter "${name}" for ${spec.client}`);
			continue;
		}
		if (Array.isArray(value)) {
			problems.push(`query ${name}: repeated`);
			continue;
		}
		problems.push(...checkQueryValue(kind, String(value), name));
	}
	for (const name of spec.requiredQuery ?? []) if (req.query[name] === undefined) problems.push(`query ${name}: required`);
	// JSON filters: an array of {model, criterion, operator, query} [C-client FilterSearchQuery, C-go PeopleFilter].
	const filters = spec.client === 'listPeopleProfiles' ? req.query.search_filter : req.query.search_type === 'filter' ? req.query.search_query : undefined;
	if (typeof filters === 'string') problems.push(...filterProblems(filters, spec.client === 'listPeopleProfiles' ? 'search_filter' : 'search_query'));
	if ((PER_PAGE_ROUTES as readonly string[]).includes(spec.client) && typeof req.query.per_page === 'string' && /^-?\d+$/.test(req.query.per_page)) {
		const n = Number(req.query.per_page);
		if (n < PER_PAGE.min || n > PER_PAGE.max) problems.push(`query per_page: must be ${PER_PAGE.min}–${PER_PAGE.max}, got ${n}`);
	}
	return problems;
}

const FILTER_ITEM = S.obj({ model: S.str, criterion: S.str, operator: S.enum('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), query: S.any }, ['criterion', 'operator']);

function filterProblems(raw: string, name: string): string[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return [`query ${name}: expected JSON`];
	}
	return check(S.arr(FILTER_ITEM), parsed, `query ${name}`);
}

function bodyProblems(spec: CrispRouteSpec, req: FakeRequest): string[] {
	const hasBody = req.rawBody.length > 0;
	if (spec.body === undefined) return hasBody ? [`unexpected request body for ${spec.method} ${spec.client}`] : [];
	if (spec.body === 'empty') {
		// The client sends its `null` body as `{}` [C-client `body || {}`].
		const body = req.body;
		const empty = !hasBody || (body !== null && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) && Object.keys(body).length === 0);
		return empty ? [] : [`${spec.client} takes no body (or {}), got ${req.rawBody.toString('utf8').slice(0, 80)}`];
	}
	if (!hasBody) return [`${spec.client}: missing JSON body`];
	const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json') return [`${spec.client}: body must be sent as application/json, got "${type}"`];
	return check(spec.body, req.body, 'body');
}

export interface Validation {
	spec: CrispRouteSpec;
	params: Record<string, string>;
	problems: string[];
}

/** Picks the route of a group the request matches best (by body shape) and lists its problems. */
export function validateRequest(req: FakeRequest, group: RouteGroup): Validation {
	const params = joinParams(req.params);
	const pathProblems = Object.entries(params).flatMap(([name, value]) => checkPathParam(name, value));
	let best: Validation | undefined;
	for (const spec of group.specs) {
		const problems = [...pathProblems, ...queryProblems(spec, req), ...bodyProblems(spec, req)];
		if (!best || problems.length < best.problems.length) best = { spec, params, problems };
		if (problems.length === 0) break;
	}
	return best as Validation;
}

/** Methods that serve this path (for 405 versus 404 on an unknown route). */
export function methodsForPath(groups: RouteGroup[], rawPath: string): CrispMethod[] {
	const methods = new Set<CrispMethod>();
	for (const group of groups) if (group.patterns.some((p) => matchPath(p, rawPath))) methods.add(group.method);
	return [...methods];
}
