/**
 * What the fault suite needs to know about one platform: its fake, its action node and credentials,
 * and its fault profile (which operations take a path id or a number, which GET, create and list to
 * break, how its fake throttles). Every test file iterates over `PLATFORMS` (platforms/index.ts), so a
 * new platform joins the in-process suite and the real-n8n suite by adding one `Platform` there.
 */
import type { PlatformSpec } from '@leadchat/core';
import type { FakeResponse, FakeServer, LoggedRequest } from '@leadchat/testkit';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeType } from 'n8n-workflow';

/** Node parameters as the editor stores them (resource, operation and the operation's fields). */
export type Parameters = Record<string, unknown>;

/** An operation whose path carries an id typed by the user. */
export interface IdOperation<F> {
	resource: string;
	operation: string;
	/** The parameter holding the id, and whether it is a resource locator ({ __rl, mode: 'id', value }). */
	parameter: string;
	locator?: boolean;
	/** Display name the input error must name: `Item 1: "<field>" …`. */
	field: string;
	/** Only digits are a valid id (anything else must be refused before a request). */
	numeric?: boolean;
	/** The operation's other parameters. */
	parameters?: (fake: F) => Parameters;
	/** The fake's route (its name in the request log) the request must reach, and the route parameter holding the id. */
	route: string;
	routeParam: string;
	/** A valid id, for the control case (one request to `route`). */
	validId: (fake: F) => string;
}

/** An operation with a number field. */
export interface NumberOperation<F> {
	resource: string;
	operation: string;
	/** Display name the input error must name. */
	field: string;
	integer: boolean;
	/** The field must have a value (so "" is an input error, not "not given"). */
	required?: boolean;
	/** The operation's parameters with `value` in the number field. */
	parameters: (fake: F, value: unknown) => Parameters;
	/** A valid value, for the control case (one request to `route`). */
	validValue: number;
	route: string;
}

/** An idempotent read (one GET), broken by the HTTP faults. */
export interface ReadTarget<F> {
	parameters: (fake: F) => Parameters;
	route: string;
	/** Checks the output of a successful read (after the fault cleared). */
	expectOutput: (fake: F, json: IDataObject[]) => void;
}

/** A create (one POST), broken by the HTTP faults; `tag` makes its record findable. */
export interface CreateTarget<F> {
	parameters: (fake: F, tag: string) => Parameters;
	route: string;
	/** How many records with this tag the fake holds. */
	count: (fake: F, tag: string) => number;
}

/** A Return All list read page by page (page numbers or offsets). */
export interface ListTarget<F> {
	parameters: (fake: F) => Parameters;
	route: string;
	/** Makes sure the list spans at least three pages. */
	prepare: (fake: F) => void;
	/** The ids of every record the list holds now. */
	ids: (fake: F) => string[];
	/** The ids a page response carries, in order. */
	pageIds: (body: unknown) => string[];
	/** The id of an output item. */
	idOf: (json: IDataObject) => string;
	remove: (fake: F, id: string) => void;
	/** Adds a record that sorts first (so it shifts every later page); returns its id. */
	insert: (fake: F) => string;
	/**
	 * Whether the list's answers carry a total (default true). Without one, a record shifted back
	 * onto a page already read (records before it were deleted) cannot be seen by the node: the
	 * cases where read records are deleted then allow a loss of at most the records deleted, and
	 * only of records that sat just past the read position; every other case stays exact.
	 */
	total?: boolean;
}

export interface Platform<F = any> {
	name: string;
	/** A fresh fake (seeded, not started). */
	createFake: () => F;
	start: (fake: F) => Promise<unknown>;
	stop: (fake: F) => Promise<void>;
	/** The fake's server: request log, fault injection, interceptors. */
	server: (fake: F) => FakeServer<any>;
	/** The transport's PlatformSpec (the suite shortens its request timeout for the timeout cases). */
	spec: PlatformSpec;
	node: () => INodeType;
	credentialTypes: () => ICredentialType[];
	/** Decrypted credential data by credential type, pointing at the fake. */
	credentials: (fake: F) => Record<string, ICredentialDataDecryptedObject>;
	/** Every secret credential value: none may appear in an error, an output item or a log line. */
	secrets: (fake: F) => string[];
	/**
	 * The secrets in the form they travel when that is none of the credential's values (HTTP Basic's
	 * base64 of identifier:key): a server could echo it, so it may appear nowhere either.
	 */
	wireSecrets?: (fake: F) => string[];
	/** Non-secret credential settings (a header name, a key location) that errors may show as they are. */
	settings: (fake: F) => string[];
	/** The platform's error body with this message (what its API answers with a 4xx). */
	errorBody: (message: string) => unknown;
	/** How the platform answers a throttled request (429, without Retry-After unless it sends one). */
	tooManyRequests: FakeResponse;
	/** The message the node must show for `tooManyRequests`. */
	tooManyRequestsMessage: string;
	/** How long the platform's rate-limit window lasts: a throttle this long must be outlived. */
	rateLimitWindowMs: number;
	/**
	 * Throttles the fake like the platform does: at most `limit` requests per `windowMs` (per token),
	 * then `tooManyRequests` until the window ends. Returns the removal.
	 */
	throttle: (fake: F, limit: number, windowMs: number, clock?: () => number) => () => void;

	ids: IdOperation<F>[];
	numbers: NumberOperation<F>[];
	read: ReadTarget<F>;
	create: CreateTarget<F>;
	list: ListTarget<F>;

	/** How real n8n knows the node and its credentials (packages/e2e/test/faults.e2e.ts). */
	n8n: {
		/** `<package name>.<node name>`. */
		nodeType: string;
		typeVersion: number;
		/** Credentials to import, each with a fixed id and name the workflows reference. */
		credentials: (fake: F) => Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
	};
}

/** A resource locator in "ID" mode, as the editor stores a typed id. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The route and id parameter of each logged request, for exact comparisons. */
export const routesOf = (requests: LoggedRequest[], param?: string) =>
	requests.map((r) => (param === undefined ? { method: r.method, route: r.route } : { method: r.method, route: r.route, id: r.params[param] }));
