/**
 * What a route handler gets: the request, its route spec, the store and the fake's settings, plus
 * the envelope helpers (`ok`, `fail`) and lookups that answer 404 not_found by themselves.
 */
import type { FakeRequest, FakeResponse } from '../../fake-server';
import { ERRORS, type ErrorKind, type SuccessKind } from './fixtures';
import { successKind, type CrispRouteSpec } from './routes';
import type { CrispStore, CrispToken, WebsiteState } from './store';
import type { Conversation, Json, PeopleProfile } from './types';

/** Thrown by handlers; the route wrapper answers it with the error envelope. */
export class CrispError extends Error {
	constructor(
		readonly kind: ErrorKind,
		readonly detail = '',
	) {
		super(`${ERRORS[kind].reason}${detail ? `: ${detail}` : ''}`);
		this.name = 'CrispError';
	}
}

/** `{error:true, reason, data:{}}` [C-client envelope]. */
export function errorResponse(kind: ErrorKind, head = false): FakeResponse {
	const { status, reason } = ERRORS[kind];
	return head ? { status } : { status, body: { error: true, reason, data: {} } };
}

/** Settings of one fake that the handlers read (from `CrispFakeOptions`, defaults in fixtures.ts). */
export interface RouteEnv {
	messageBatchSize: number;
	messagesPartialStatus: number;
	includeEmptyByDefault: boolean;
	conversationDateField: 'created_at' | 'updated_at';
	pageSize: number;
	reasons: Record<SuccessKind, string>;
	successStatus: Record<string, number>;
}

export type Handler = (ctx: Ctx) => FakeResponse | Promise<FakeResponse>;

export class Ctx {
	/** Path params; a multi-segment helpdesk `{path*}` is joined back into `path`. */
	readonly params: Record<string, string>;

	constructor(
		readonly req: FakeRequest,
		readonly spec: CrispRouteSpec,
		readonly store: CrispStore,
		readonly env: RouteEnv,
		readonly token: CrispToken,
		params: Record<string, string>,
	) {
		this.params = params;
	}

	get websiteId(): string {
		return this.params.websiteID;
	}

	/** The website of the route (the wrapper already answered 404 when it does not exist). */
	get site(): WebsiteState {
		const site = this.store.site(this.params.websiteID);
		if (!site) throw new CrispError('notFound', `website ${this.params.websiteID}`);
		return site;
	}

	/** The JSON body as an object (`{}` when there is none). */
	get body(): Json {
		const body = this.req.body;
		return body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) ? (body as Json) : {};
	}

	/** A query parameter (the last one when repeated). */
	q(name: string): string | undefined {
		const value = this.req.query[name];
		return Array.isArray(value) ? value[value.length - 1] : value;
	}

	flag(name: string): boolean {
		return this.q(name) === '1';
	}

	get page(): number {
		return Number(this.params.pageNumber ?? '1');
	}

	conversation(): Conversation {
		const conversation = this.store.conversation(this.websiteId, this.params.sessionID);
		if (!conversation) throw new CrispError('notFound', `conversation ${this.params.sessionID}`);
		return conversation;
	}

	/** The profile named by `{peopleID}`: a people_id, or the email in its place [3P]. */
	profile(): PeopleProfile {
		const profile = this.store.profile(this.websiteId, this.params.peopleID);
		if (!profile) throw new CrispError('notFound', `people ${this.params.peopleID}`);
		return profile;
	}

	/** A record of a map or 404. */
	need<T>(map: Map<string, T>, id: string, what: string): T {
		const found = map.get(id);
		if (found === undefined) throw new CrispError('notFound', `${what} ${id}`);
		return found;
	}

	/** The success envelope `{error:false, reason, data}` [C-doc]; HEAD answers have no body. */
	ok(data: unknown = {}, opts: { kind?: SuccessKind; status?: number } = {}): FakeResponse {
		const status = opts.status ?? this.env.successStatus[this.spec.client] ?? 200;
		if (this.spec.method === 'HEAD') return { status };
		const reason = this.env.reasons[opts.kind ?? successKind(this.spec)];
		return { status, body: { error: false, reason, data: JSON.parse(JSON.stringify(data ?? {})) as unknown } };
	}

	/** One page (1-based) of `items`, `pageSize` per page; past the end an empty array [I]. */
	paged<T>(items: readonly T[], size = this.env.pageSize): FakeResponse {
		const start = (this.page - 1) * size;
		return this.ok(items.slice(start, start + size), { kind: 'list' });
	}

	invalid(detail: string): never {
		throw new CrispError('invalidData', detail);
	}
}
