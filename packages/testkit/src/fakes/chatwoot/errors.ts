/**
 * Error bodies exactly as Chatwoot renders them (`shared/api/chatwoot.md` §2 and §7).
 * There is no single envelope: `{error}`, `{errors:[…]}` and `{message, attributes}` all occur.
 *
 * Handlers throw `HttpError`; the route wrapper in `dsl.ts` turns it into the response.
 */
import type { FakeResponse } from '../../fake-server';

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers?: Record<string, string>,
	) {
		super(typeof body === 'object' && body !== null ? JSON.stringify(body) : String(body));
		this.name = 'HttpError';
	}

	toResponse(): FakeResponse {
		return { status: this.status, body: this.body, headers: this.headers };
	}
}

export const MESSAGES = {
	/** devise_token_auth default for `authenticate_user!` [I, §2]. */
	signIn: 'You need to sign in or sign up before continuing.',
	invalidToken: 'Invalid Access Token',
	notInAccount: 'You are not authorized to access this account',
	suspended: 'Account is suspended',
	botForbidden: 'Access to this endpoint is not authorized for bots',
	pundit: 'You are not authorized to do this action',
	notFound: 'Resource could not be found',
	searchWithoutQ: 'Specify search string with parameter q',
	messageStatusApiOnly: 'Message status update is only allowed for API inboxes',
	/** Platform API [C-doc] "Non permissible resource". */
	nonPermissible: 'Non permissible resource',
	/** Platform API token that is missing or is not a platform app token [I: mirrors the platform base controller]. */
	platformInvalidToken: 'Invalid access_token',
} as const;

/** 404 `{"error":"Resource could not be found"}` (ActiveRecord::RecordNotFound). */
export function notFound(): HttpError {
	return new HttpError(404, { error: MESSAGES.notFound });
}

/** 401 `{"error":"You are not authorized to do this action"}` (Pundit). */
export function forbiddenByPolicy(): HttpError {
	return new HttpError(401, { error: MESSAGES.pundit });
}

/** 422 `{"error":"param is missing or the value is empty: <name>"}` (ActionController::ParameterMissing). */
export function paramMissing(name: string): HttpError {
	return new HttpError(422, { error: `param is missing or the value is empty: ${name}` });
}

/** 422 `{"error":"<message>"}` (`render_could_not_create_error`). */
export function couldNotCreate(message: string): HttpError {
	return new HttpError(422, { error: message });
}

/** One failed model validation: `attribute` plus the message suffix Rails appends to the humanized attribute name. */
export interface FieldError {
	attribute: string;
	message: string;
}

/** `"phone_number"` -> `"Phone number"` (ActiveModel's `human_attribute_name`). */
export function humanize(attribute: string): string {
	const text = attribute.replace(/_id$/, '').replace(/_/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 422 `{"message":"Email has already been taken, …","attributes":["email",…]}` (ActiveRecord::RecordInvalid). */
export function recordInvalid(errors: FieldError[]): HttpError {
	const attributes: string[] = [];
	for (const e of errors) if (!attributes.includes(e.attribute)) attributes.push(e.attribute);
	return new HttpError(422, {
		message: errors.map((e) => `${humanize(e.attribute)} ${e.message}`).join(', '),
		attributes,
	});
}
